package org.policyset.core.internal.fs;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.jspecify.annotations.Nullable;

/**
 * Tells what a path is when it is not a regular file, so that FIFOs, devices, sockets and symbolic
 * link loops are refused with a message that names them, instead of being read forever.
 */
public final class FileKinds {
  private FileKinds() {}

  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int DIRECTORY = 0040000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int REGULAR = 0100000;
  private static final int SOCKET = 0140000;

  /**
   * Returns null if {@code path}, following links, is a regular file; otherwise what it is, such as
   * "a FIFO (named pipe)" or "a symbolic link loop".
   */
  public static @Nullable String whyNotRegular(Path path) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Files.isSymbolicLink(path) ? "a broken symbolic link" : "missing";
    } catch (FileSystemException e) {
      if (Files.isSymbolicLink(path) && isLoop(e)) {
        return "a symbolic link loop";
      }
      return "unreadable: " + describe(e);
    } catch (IOException e) {
      return "unreadable: " + describe(e);
    }
    if (attrs.isRegularFile()) {
      return null;
    }
    if (attrs.isDirectory()) {
      return "a folder";
    }
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode");
      switch (mode & TYPE_MASK) {
        case FIFO:
          return "a FIFO (named pipe)";
        case CHARACTER_DEVICE:
          return "a character device";
        case BLOCK_DEVICE:
          return "a block device";
        case SOCKET:
          return "a socket";
        case DIRECTORY:
          return "a folder";
        case REGULAR:
          return null;
        default:
          break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException
        | ClassCastException e) {
      // No unix view on this platform: fall back to the generic description.
    }
    return "not a regular file (a device, FIFO or socket)";
  }

  /** Returns whether an error from following a link means the links form a loop. */
  static boolean isLoop(FileSystemException e) {
    String reason = e.getReason() != null ? e.getReason() : e.getMessage();
    return reason != null && reason.contains("Too many levels of symbolic links");
  }

  /**
   * Returns whether {@code path}, after following every link, lies inside {@code root} (itself
   * resolved). A path that cannot be resolved lies nowhere and yields false.
   */
  public static boolean liesInside(Path path, Path root) {
    try {
      return path.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /** Returns a short, user-facing description of an I/O error, such as "no space left on device". */
  public static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return lowerFirst(f.getReason());
    }
    String m = e.getMessage();
    if (e.getClass() == IOException.class && m != null && !m.isBlank()) {
      return lowerFirst(m);
    }
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}
