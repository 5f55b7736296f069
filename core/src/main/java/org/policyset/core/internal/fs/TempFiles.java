package org.policyset.core.internal.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * The mode of a file or folder that is put together aside and then moved over an output. It is
 * created as any new file of the user is ({@code 0666} or {@code 0777} less the process umask, as
 * the operating system applies it), which is right for a new output; an output that is replaced
 * keeps the mode it had, so that a file or folder its owner made private stays private.
 */
public final class TempFiles {
  private TempFiles() {}

  /**
   * Gives {@code file} the permissions of {@code replaced} if that exists, so that replacing a file
   * keeps its mode; a new file keeps the mode it was created with.
   *
   * @param replaced the output that {@code file} will replace
   * @param file the file or folder put together aside
   * @throws IOException if the permissions cannot be read or set
   */
  public static void keepPermissions(Path replaced, Path file) throws IOException {
    if (Files.exists(replaced)
        && Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(file, Files.getPosixFilePermissions(replaced));
    }
  }
}
