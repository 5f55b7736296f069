package org.policyset.core.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files atomically: the content goes to a temporary file in the target's folder, which then
 * replaces the target in one rename, so a reader never sees half a file and a failed write leaves
 * the old file as it was.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes text to a writer; may fail with an I/O error. */
  @FunctionalInterface
  public interface Body {
    /** Writes the content. */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes {@code target} as UTF-8 from {@code body}, atomically.
   *
   * @throws IOException if the folder is not writable or the body fails; the target is then unchanged
   */
  public static void write(Path target, Body body) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    String name = absolute.getFileName().toString();
    Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
    boolean moved = false;
    try {
      permissions(tmp, absolute);
      try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
          StandardCharsets.UTF_8))) {
        body.writeTo(out);
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** Gives the temporary file the target's permissions, or rw-r--r-- for a new file, not 0600. */
  private static void permissions(Path tmp, Path target) throws IOException {
    try {
      Set<PosixFilePermission> perms = Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, perms);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the default permissions of a new file apply
    }
  }
}
