package org.policyset.core.internal.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * What a file was when a command read it: its identity (device and inode), size, modification and
 * change times, and a checksum of its content. A command that rewrites a file it read compares the
 * version just before replacing it: an editor's save in between (a write in place, or a new file
 * renamed over it) changes the identity, a time or the checksum, and the command then refuses
 * instead of overwriting the edit. Two versions are the same when they are {@linkplain #equals
 * equal}. The checksum catches a rewrite of the same size within one tick
 * of the file system's coarse clock, which the times alone would miss.
 *
 * @param key the file system's identity of the file, or null where there is none
 * @param size the size in bytes
 * @param modified the last modification time
 * @param changed the last status change time, or null where the platform has none
 * @param checksum the CRC-32C of the content
 */
public record FileVersion(
    @Nullable Object key, long size, FileTime modified, @Nullable Object changed, long checksum) {

  /** The version of a file that does not exist. */
  private static final FileVersion MISSING = new FileVersion(null, -1, FileTime.fromMillis(0), null, 0);

  /**
   * Reads the version of {@code file} now; a missing file has a version of its own.
   *
   * @param file the file (a link is followed)
   * @return its version
   * @throws IOException if it cannot be read
   */
  public static FileVersion of(Path file) throws IOException {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return MISSING;
    }
    Object changed = null;
    try {
      Map<String, Object> unix = Files.readAttributes(file, "unix:ctime");
      changed = unix.get("ctime");
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      // No unix view on this platform: identity, size, time and checksum still tell.
    }
    CRC32C crc = new CRC32C();
    try (InputStream in = Files.newInputStream(file)) {
      in.transferTo(new CheckedOutputStream(OutputStream.nullOutputStream(), crc));
    }
    return new FileVersion(a.fileKey(), a.size(), a.lastModifiedTime(), changed, crc.getValue());
  }
}
