package org.policyset.core.io;

import java.io.IOException;
import org.policyset.core.internal.fs.FileKinds;

/**
 * Says in a few words why a file could not be read or written, for a message that names the file:
 * "no such file or folder", "permission denied", "no space left on device", "read-only file
 * system".
 *
 * @since 0.1.0
 */
public final class FileErrors {
  private FileErrors() {}

  /**
   * Describes {@code e} in words, lower case, without the path it names.
   *
   * @param e the error
   * @return the description
   */
  public static String describe(IOException e) {
    return FileKinds.describe(e);
  }
}
