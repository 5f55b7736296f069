package org.policyset.core.internal.fs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * The atomic file writes behind {@code org.policyset.core.write.AtomicFiles}, which layers below
 * {@code write} (a baseline, say) use too: content to a locked temporary file in the target's
 * folder, flushed to the device, an optional last check, then one rename over the target.
 */
public final class AtomicWrites {
  private AtomicWrites() {}

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
   * A last check made after the new content is on the device and just before it replaces the
   * target, such as that the target is still the version a command read.
   *
   * 
   */
  @FunctionalInterface
  public interface Precondition {
    /**
     * Checks that the target may be replaced.
     *
     * @throws IOException to leave the target as it is; the new content is then discarded
     */
    void check() throws IOException;
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
    write(target, content, () -> { });
  }

  /**
   * Replaces {@code target} with what {@code content} writes, atomically, if {@code precondition}
   * still holds once the content is written: a command that read the target passes a check that it
   * is unchanged, so that an edit saved in the meantime is never overwritten.
   *
   * @param target the file
   * @param content writes the new content
   * @param precondition checked just before the replacement; its exception leaves the target as is
   * @throws IOException if the content cannot be written or the precondition fails; the target is
   *     then unchanged
   */
  public static void write(Path target, Content content, Precondition precondition)
      throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null) {
      throw new IOException("cannot write " + target + ": it has no parent folder");
    }
    Files.createDirectories(dir);
    StagedOutput.removeStaleTemporaryFiles(dir);
    Path tmp = null;
    FileChannel ch = null;
    try {
      // The temporary file is locked while it exists under its name, so that a later run can tell
      // one that a killed process left (free) from one that a live writer is writing.
      while (ch == null) {
        tmp = dir.resolve(StagedOutput.temporaryName(target.getFileName().toString()));
        try {
          ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
          // another name
        }
      }
      ch.lock();
      // A new file keeps the mode the umask gave it; the loop above named it.
      TempFiles.keepPermissions(target, Objects.requireNonNull(tmp));
      OutputStream out = new java.io.BufferedOutputStream(
          java.nio.channels.Channels.newOutputStream(ch), 1 << 16);
      content.writeTo(out);
      out.flush();
      ch.force(true);
      precondition.check();
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      syncDirectory(dir);
    } catch (IOException | RuntimeException | Error e) {
      try {
        if (tmp != null) {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    } finally {
      if (ch != null) {
        ch.close();
      }
    }
  }

  /** Flushes a folder's entries (a rename in it) to the device, where the platform can. */
  static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // Not every platform can sync a directory; the rename itself is still atomic.
    }
  }
}
