package org.policyset.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A 64 KiB tmpfs mounted on a folder, to fill up or remount read-only: a real full disk and a real
 * read-only file system for write tests. Mounting needs root (or CAP_SYS_ADMIN); {@link #mount}
 * returns null where it is not allowed, and the tests then say so and skip.
 */
final class TinyDisk implements AutoCloseable {
  final Path root;

  private TinyDisk(Path root) {
    this.root = root;
  }

  /** Mounts a tmpfs of {@code kib} KiB on {@code folder}, or returns null if not permitted. */
  static TinyDisk mount(Path folder, int kib) throws IOException {
    Files.createDirectories(folder);
    if (!run("mount", "-t", "tmpfs", "-o", "size=" + kib + "k,mode=0755", "tmpfs", folder.toString())) {
      return null;
    }
    return new TinyDisk(folder);
  }

  /** Fills the disk until at most {@code leave} bytes are free. */
  void fill(long leave) throws IOException {
    Path filler = root.resolve("filler.bin");
    byte[] chunk = new byte[4096];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (Files.getFileStore(root).getUsableSpace() > leave) {
        out.write(chunk);
        out.flush();
      }
    } catch (IOException full) {
      // Full already: that is the point.
    }
  }

  /** Remounts the disk read-only. */
  void readOnly() throws IOException {
    if (!run("mount", "-o", "remount,ro", root.toString())) {
      throw new IOException("cannot remount " + root + " read-only");
    }
  }

  @Override
  public void close() throws IOException {
    if (!run("umount", root.toString()) && !run("umount", "-l", root.toString())) {
      throw new IOException("cannot unmount " + root);
    }
  }

  private static boolean run(String... command) {
    try {
      Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
