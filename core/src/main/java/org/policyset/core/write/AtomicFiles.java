package org.policyset.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.policyset.core.internal.fs.AtomicWrites;

/**
 * Writes files so that a reader, a crash or a full disk never sees a half-written file: the content
 * goes to a temporary file in the target's folder, is flushed to the device, and is then renamed
 * over the target in one atomic step. On any failure the temporary file is removed and the target
 * is left byte-identical. The temporary file ({@code .NAME.policyset-ID.tmp}) is locked while it
 * exists; one that a killed process left behind is removed by a later write into its folder.
 *
 * <p>A file that is replaced keeps its permissions; a new file gets those the process umask gives
 * new files (such as {@code rw-r--r--} under umask 022 and {@code rw-------} under 077).
 *
 * @since 0.1.0
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes bytes to a stream; may throw {@link IOException}.
   *
   * @since 0.1.0
   */
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
   * @since 0.1.0
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
    AtomicWrites.write(target, text);
  }

  /**
   * Replaces {@code target} with what {@code content} writes, atomically.
   *
   * @param target the file
   * @param content writes the new content
   * @throws IOException if the content cannot be written; the target is then unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    AtomicWrites.write(target, content::writeTo);
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
    AtomicWrites.write(target, content::writeTo, precondition::check);
  }
}
