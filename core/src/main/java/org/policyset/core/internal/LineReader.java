package org.policyset.core.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most a given length; a longer line is skipped to its end without being held in
 * memory, and reported as {@link #TOO_LONG}.
 */
final class LineReader {
  /** Returned in place of a line longer than the limit. */
  static final String TOO_LONG = new String("\u0000too long");

  private final Reader in;
  private final int maxLength;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private final StringBuilder line = new StringBuilder();

  LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** Returns the next line without its terminator, {@link #TOO_LONG}, or null at the end. */
  String next() throws IOException {
    line.setLength(0);
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          if (!any) {
            return null;
          }
          return tooLong ? TOO_LONG : stripCr();
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      if (!tooLong) {
        if (line.length() + (pos - start) > maxLength) {
          tooLong = true;
          line.setLength(0);
        } else {
          line.append(buf, start, pos - start);
        }
      }
      if (pos < len) {
        pos++;
        return tooLong ? TOO_LONG : stripCr();
      }
    }
  }

  private String stripCr() {
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r') {
      line.setLength(n - 1);
    }
    return line.toString();
  }
}
