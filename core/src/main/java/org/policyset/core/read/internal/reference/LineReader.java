package org.policyset.core.read.internal.reference;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines of at most a given length; a longer line is skipped to its end without being held in
 * memory, and reported as {@link #TOO_LONG}. Lines end at {@code \n} (a {@code \r} before it is
 * dropped); {@link #line()} tells where each starts as an editor counts lines, where a lone
 * {@code \r} inside a line also starts a new one, as it does for the JSON parser.
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
  private int startLine;
  private int nextLine = 1;

  /** Returns the editor line on which the line last returned starts. */
  int line() {
    return startLine;
  }

  LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** Returns the next line without its terminator, {@link #TOO_LONG}, or null at the end. */
  @Nullable String next() throws IOException {
    line.setLength(0);
    startLine = nextLine;
    boolean tooLong = false;
    boolean any = false;
    int breaks = 0;
    boolean lastCr = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          if (!any) {
            return null;
          }
          nextLine = startLine + breaks;
          return tooLong ? TOO_LONG : stripCr();
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        lastCr = buf[pos] == '\r';
        if (lastCr) {
          breaks++;
        }
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
        // A \r right before the \n ends this line with it, rather than starting another.
        nextLine = startLine + breaks + (lastCr ? 0 : 1);
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
