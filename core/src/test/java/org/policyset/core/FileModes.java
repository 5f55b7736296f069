package org.policyset.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The modes of files as {@code ls -l} shows them ({@code rw-r--r--}), and the modes this process
 * gives new files and folders: {@code 0666} and {@code 0777} less its umask. Tests that use them
 * are skipped where the platform has no POSIX modes or does not tell the umask.
 */
public final class FileModes {
  private FileModes() {}

  /** Returns the mode of {@code p} (a link is followed). */
  public static String of(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  /** Sets the mode of {@code p}, as {@code rw-r-----}. */
  public static void set(Path p, String mode) throws IOException {
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
  }

  /** Returns the mode a new file of this process gets. */
  public static String newFile() throws IOException {
    return masked(0666);
  }

  /** Returns the mode a new folder of this process gets. */
  public static String newFolder() throws IOException {
    return masked(0777);
  }

  /** Skips the calling test unless {@code dir} has POSIX modes and this process's umask is known. */
  public static void assumePosix(Path dir) throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
    assumeTrue(umask() >= 0, "the umask (from /proc/self/status)");
  }

  private static String masked(int mode) throws IOException {
    int m = mode & ~umask();
    StringBuilder sb = new StringBuilder();
    String letters = "rwxrwxrwx";
    for (int bit = 8; bit >= 0; bit--) {
      sb.append((m & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
    }
    return sb.toString();
  }

  /** Returns this process's umask, or -1 if the platform does not tell it. */
  private static int umask() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("Umask:")) {
        return Integer.parseInt(line.substring("Umask:".length()).trim(), 8);
      }
    }
    return -1;
  }
}
