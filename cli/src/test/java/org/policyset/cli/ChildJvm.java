package org.policyset.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the policyset command in a JVM of its own, for what an in-process run cannot show: a heap
 * limit, a security manager, a kill, a race between processes, or dropped privileges.
 *
 * @param exit the exit code, or -1 if the run timed out and was killed
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record ChildJvm(int exit, String out, String err) {

  /** Whether the run finished before its timeout. */
  boolean finished() {
    return exit >= 0;
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The command line that runs {@code Main} with {@code jvmOptions} and {@code args}. */
  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBin());
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-Xshare:auto");
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.policyset.cli.Main");
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Runs {@code Main} in a child JVM with the given JVM options. */
  static ChildJvm run(List<String> jvmOptions, Duration timeout, String... args) {
    return exec(command(jvmOptions, args), timeout);
  }

  /** Starts {@code Main} in a child JVM, its output discarded. */
  static Process start(List<String> jvmOptions, String... args) throws IOException {
    return new ProcessBuilder(command(jvmOptions, args))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Runs a command line, capturing its output in files (so that no pipe can fill and block it). */
  static ChildJvm exec(List<String> command, Duration timeout) {
    return exec(command, timeout, null);
  }

  /** Runs a command line in {@code directory} (null: this process's working folder). */
  static ChildJvm exec(List<String> command, Duration timeout, Path directory) {
    return exec(command, timeout, directory, java.util.Map.of());
  }

  /** Runs a command line in {@code directory} with {@code env} added to the environment. */
  static ChildJvm exec(List<String> command, Duration timeout, Path directory,
      java.util.Map<String, String> env) {
    try {
      Path out = Files.createTempFile("child-out", ".txt");
      Path err = Files.createTempFile("child-err", ".txt");
      try {
        ProcessBuilder builder = new ProcessBuilder(command)
            .directory(directory == null ? null : directory.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        Process p = builder.start();
        int exit;
        if (p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          exit = p.exitValue();
        } else {
          p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
          exit = -1;
        }
        return new ChildJvm(exit, Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
