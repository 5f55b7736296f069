package org.policyset.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.policyset.core.internal.TempFiles;

/**
 * Writes files so that a reader, a crash or a full disk never sees a half-written file: the content
 * goes to a temporary file in the target's folder, is flushed to the device, and is then renamed
 * over the target in one atomic step. On any failure the temporary file is removed and the target
 * is left byte-identical.
 *
 * <p>A file that is replaced keeps its permissions; a new file gets those the process umask gives
 * new files (such as {@code rw-r--r--} under umask 022 and {@code rw-------} under 077).
 *
 * @since 0.1.0
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes bytes to a stream; may throw {@link IOException}. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces {@code target} with {@code text} encoded as UTF-8, atomically.
   *
   * @param target the file
   * @param text the new content
   * @throws IOException if the content cannot be written; the target is then unchanged
   */
  public static void write(Path target, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes));
  }

  /**
   * Replaces {@code target} with what {@code content} writes, atomically.
   *
   * @param target the file
   * @param content writes the new content
   * @throws IOException if the content cannot be written; the target is then unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = TempFiles.createFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      TempFiles.keepPermissions(target, tmp);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = new java.io.BufferedOutputStream(
              java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
        content.writeTo(out);
        out.flush();
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // Not every platform can sync a directory; the rename itself is still atomic.
    }
  }
}
