package org.policyset.core.write;

import java.io.IOException;
import java.nio.file.Path;
import org.policyset.core.internal.fs.OutputLock;
import org.policyset.core.internal.fs.StagedOutput;

/**
 * Replaces a folder whole: its new content is written into a staging folder beside it, then the
 * old folder is moved aside, the new one moved in, and the old one removed. A reader, or a process
 * killed at any moment, sees the old folder or the new one, never a mix; a switch interrupted
 * between its two renames is put right by the next replacement of the folder. Writers of one folder
 * take turns.
 *
 * @since 0.1.0
 */
public final class AtomicFolders {
  private AtomicFolders() {}

  /**
   * Writes a folder's new content; may throw {@link IOException}.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the new content into {@code folder}, an empty staging folder.
     *
     * @param folder where to write
     * @throws IOException if writing fails
     */
    void writeInto(Path folder) throws IOException;
  }

  /**
   * Replaces {@code folder} (or creates it) with what {@code content} writes.
   *
   * @param folder the folder
   * @param content writes the new content
   * @throws IOException if the content cannot be written or switched in; the folder is then as it
   *     was
   */
  public static void replace(Path folder, Content content) throws IOException {
    Path out = folder.toAbsolutePath().normalize();
    try (StagedOutput staged = StagedOutput.create(out)) {
      content.writeInto(staged.folder());
      OutputLock lock = OutputLock.acquire(out);
      try {
        StagedOutput.recover(out);
        staged.replaceFolder();
      } finally {
        lock.close();
      }
    }
  }
}
