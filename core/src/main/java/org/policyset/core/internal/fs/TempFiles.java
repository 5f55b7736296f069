package org.policyset.core.internal.fs;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Temporary files and folders that are later moved into place as outputs, created with the mode
 * a new file or folder of the user gets: {@code 0666} or {@code 0777} less the process umask, as the
 * operating system applies it. ({@link Files#createTempFile} and {@link Files#createTempDirectory}
 * make {@code 0600} and {@code 0700}, which an output would keep after the move.) Names are random
 * and created exclusively, so an existing file or link of that name is never followed.
 */
public final class TempFiles {
  private TempFiles() {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private static String name(String prefix, String suffix) {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return prefix + HexFormat.of().formatHex(b) + suffix;
  }

  /** Creates a new empty file in {@code dir}; its mode is the umask's for new files. */
  public static Path createFile(Path dir, String prefix, String suffix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path p = dir.resolve(name(prefix, suffix));
      try {
        Files.newByteChannel(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return p;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** Creates a new empty folder in {@code dir}; its mode is the umask's for new folders. */
  public static Path createDirectory(Path dir, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path p = dir.resolve(name(prefix, ""));
      try {
        return Files.createDirectory(p);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /**
   * Gives {@code file} the permissions of {@code replaced} if that exists, so that replacing a file
   * keeps its mode; a new file keeps the mode it was created with.
   */
  public static void keepPermissions(Path replaced, Path file) throws IOException {
    if (Files.exists(replaced)
        && Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(file, Files.getPosixFilePermissions(replaced));
    }
  }
}
