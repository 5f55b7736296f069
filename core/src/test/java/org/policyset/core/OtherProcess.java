package org.policyset.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Another process holding an operating-system lock on a file, as a second policyset writing the
 * same output would: a JVM of its own (a lock taken by this process looks different to the code
 * that tests it), started with only the JDK and this class. It locks the file, says so, and holds
 * the lock until told to let go; then it removes the file if asked to, as a writer removes its lock
 * file, and exits, which frees the lock.
 */
public final class OtherProcess implements AutoCloseable {
  private final Process process;

  private OtherProcess(Process process) {
    this.process = process;
  }

  /** The child's side: {@code FILE [remove]}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE)) {
      ch.lock();
      System.out.println("locked");
      System.out.flush();
      System.in.read();   // a line, or the end of the pipe: let go
      if (args.length > 1 && args[1].equals("remove")) {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * Starts a process that locks {@code file} (creating it if missing) and returns once it holds it.
   *
   * @param file the file to lock
   * @param removeOnRelease whether the process removes the file before it lets go of the lock
   * @return the process
   * @throws IOException if it cannot be started or did not take the lock
   */
  public static OtherProcess lock(Path file, boolean removeOnRelease) throws IOException {
    Path classes;
    try {
      classes = Path.of(OtherProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    List<String> command = Stream.concat(Stream.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx32m",
            "-cp", classes.toString(), OtherProcess.class.getName(), file.toString()),
        removeOnRelease ? Stream.of("remove") : Stream.empty()).toList();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (!"locked".equals(line)) {
      p.destroyForcibly();
      throw new IOException("the other process did not lock " + file + ": " + line);
    }
    return new OtherProcess(p);
  }

  /** Tells the process to let go of its lock and waits until it has exited. */
  public void release() throws IOException, InterruptedException {
    process.getOutputStream().write('\n');
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("the other process did not let go of its lock");
    }
  }

  /** Ends the process if it still runs (a test that failed before releasing it). */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
    try {
      process.getInputStream().close();
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // The process is gone either way.
    }
  }

  /** Returns the number of files this process has open, where the platform tells ({@code /proc}). */
  public static long openFiles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
      return s.count();
    }
  }

  /** Returns whether {@link #openFiles} can tell. */
  public static boolean canCountOpenFiles() {
    return Files.isDirectory(Path.of("/proc/self/fd"));
  }
}
