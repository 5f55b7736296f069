package org.policyset.core.read.internal.reference;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.fs.FileKinds;

/**
 * Opens one input file for reading, after checking that it is a regular file within the size limit,
 * and reads at most the bytes it had when opened, so that a file another process keeps appending
 * to cannot be read forever. After reading, {@link #checkUnchanged} reports a file that grew, shrank
 * or was rewritten meanwhile.
 */
public final class GuardedInput extends FilterInputStream {
  private final InputFile file;
  private final long size;
  private final FileTime modified;
  private long read;
  private boolean ended;
  /** The checksum of the bytes read so far, when asked for (the reference reader asks). */
  private java.util.zip.@Nullable CRC32C checksum;

  private GuardedInput(InputFile file, InputStream in, long size, FileTime modified) {
    super(in);
    this.file = file;
    this.size = size;
    this.modified = modified;
  }

  /**
   * Opens {@code file}, or reports why it cannot be read and returns null: it is not a regular file
   * (a FIFO, device, socket, folder or link loop), it is larger than the limit, or opening failed.
   */
  public static @Nullable GuardedInput open(InputFile file, ReadLimits limits, Consumer<Finding> findings) {
    Path path = Objects.requireNonNull(file.path(), "a file, not input held in memory");
    Location start = Location.ofFile(file.display());
    String notRegular = FileKinds.whyNotRegular(path);
    if (notRegular != null) {
      findings.accept(Finding.of(Rule.UNREADABLE_INPUT, start, "not a regular file: " + notRegular)
          .withHint("policyset reads only regular files"));
      return null;
    }
    try {
      BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
      if (attrs.size() > limits.maxFileBytes()) {
        findings.accept(Finding.of(Rule.LIMIT_EXCEEDED, start,
                "file has " + attrs.size() + " bytes; the limit is " + limits.maxFileBytes())
            .withHint("split the file, or raise ReadLimits.maxFileBytes (--max-file-size in the command)"));
        return null;
      }
      return new GuardedInput(file, Files.newInputStream(path), attrs.size(),
          attrs.lastModifiedTime());
    } catch (IOException e) {
      findings.accept(DocumentReader.unreadable(file.display(), e));
      return null;
    }
  }

  /**
   * Keeps a checksum of the bytes read, so that {@link #checkUnchanged} can tell a file that
   * reading stopped in because it was being rewritten (whose content then differs from what was
   * read) even when its size and time say nothing.
   */
  GuardedInput withChecksum() {
    checksum = new java.util.zip.CRC32C();
    return this;
  }

  @Override
  public int read() throws IOException {
    if (read >= size) {
      return -1;
    }
    int b = super.read();
    if (b < 0) {
      ended = true;
    } else {
      read++;
      if (checksum != null) {
        checksum.update(b);
      }
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (read >= size) {
      return -1;
    }
    int n = super.read(b, off, (int) Math.min(len, size - read));
    if (n < 0) {
      ended = true;
    } else {
      read += n;
      if (checksum != null) {
        checksum.update(b, off, n);
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    if (checksum != null) {
      // Skipped bytes count for the checksum too: read them.
      long done = 0;
      byte[] buffer = new byte[8192];
      while (done < n) {
        int k = read(buffer, 0, (int) Math.min(buffer.length, n - done));
        if (k < 0) {
          break;
        }
        done += k;
      }
      return done;
    }
    long s = super.skip(Math.min(n, size - read));
    read += Math.max(0, s);
    return s;
  }

  @Override
  public int available() throws IOException {
    return (int) Math.min(super.available(), size - read);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /**
   * Does nothing: parsers close their input when done, but {@link #checkUnchanged} still needs the
   * stream; {@link #release} closes it.
   */
  @Override
  public void close() {
    // Closed by release().
  }

  /** Returns the size the file had when opened: the most this stream reads. */
  public long size() {
    return size;
  }

  /** Whether the file's first bytes, as many as were read, are the bytes read. */
  private boolean sameBytesNow(java.util.zip.CRC32C checksum) throws IOException {
    java.util.zip.CRC32C now = new java.util.zip.CRC32C();
    byte[] buffer = new byte[1 << 16];
    long left = read;
    try (InputStream in = Files.newInputStream(file.path())) {
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          return false;
        }
        now.update(buffer, 0, n);
        left -= n;
      }
    }
    return now.getValue() == checksum.getValue();
  }

  /** Closes the file. */
  public void release() {
    try {
      super.close();
    } catch (IOException ignored) {
      // Nothing was written; a failing close changes nothing that was read.
    }
  }

  /**
   * Reports (and returns false) if the file changed while it was read: it ended before the size it
   * had when opened, holds more than that, or its size or modification time differ now.
   */
  public boolean checkUnchanged(Consumer<Finding> findings) {
    return checkUnchanged(findings, true);
  }

  /**
   * Reports (and returns false) if the file changed while it was read, as {@link
   * #checkUnchanged(Consumer)} does; when reading stopped early and a checksum was kept, also if
   * the bytes read are no longer what the file holds.
   *
   * @param readToEnd whether reading reached the end without an error
   */
  public boolean checkUnchanged(Consumer<Finding> findings, boolean readToEnd) {
    String what = null;
    try {
      if (ended && read < size) {
        what = "it ended after " + read + " of the " + size + " bytes it had when opened";
      } else if (read >= size && super.read() >= 0) {
        what = "it grew past the " + size + " bytes it had when opened";
      } else {
        BasicFileAttributes now = Files.readAttributes(file.path(), BasicFileAttributes.class);
        if (now.size() != size) {
          what = "it had " + size + " bytes when opened and has " + now.size() + " now";
        } else if (!now.lastModifiedTime().equals(modified)) {
          what = "it was rewritten";
        } else if (!readToEnd && checksum != null && !sameBytesNow(checksum)) {
          what = "it was rewritten (what was read is not what it holds now)";
        }
      }
    } catch (IOException e) {
      what = "it can no longer be read (" + FileKinds.describe(e) + ")";
    }
    if (what == null) {
      return true;
    }
    findings.accept(Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(file.display()),
            "file changed while it was read: " + what)
        .withHint("its findings may not match what it holds now; read it again once nothing writes it"));
    return false;
  }
}
