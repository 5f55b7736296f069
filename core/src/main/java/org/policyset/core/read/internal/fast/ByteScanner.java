package org.policyset.core.read.internal.fast;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Walks a file's bytes, checking UTF-8 and counting lines and columns as Jackson's character
 * parser does (a column counts UTF-16 units; {@code \r}, {@code \n} and {@code \r\n} end a line).
 *
 * <p>The slicers drive it: {@link #object} consumes one record of a document and {@link #lineEnd}
 * one JSON Lines line, both eight bytes at a time where they can, and {@link #keep} holds a record's
 * bytes in {@link #buf} while it is consumed. Anything it does not expect throws {@link Fallback}.
 * The per-byte loops stay whole in those two methods, so that the JIT compiles each as one.
 */
final class ByteScanner {
  /** Bytes read at a time. */
  private static final int CHUNK = 1 << 20;
  /** A record or line longer than this is left to the reference reader, which streams it. */
  private static final int MAX_SLICE = 32 << 20;

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;

  /**
   * Whether a word of eight bytes may hold a byte that ends a run of plain string content: a
   * non-ASCII byte (its top bit), or, in a word of ASCII bytes, a control below 0x20, a quote or a
   * backslash: subtracting one from each byte sets the top bit of a byte that was zero, and a byte
   * below 0x20 sets it once 0x20 is subtracted. A borrow can only flag a word that has such a byte
   * anyway, so no byte that matters is ever skipped.
   */
  private static boolean stringSpecial(long w) {
    long t = w | (w - 0x20 * ONES) | ((w ^ ('"' * ONES)) - ONES) | ((w ^ ('\\' * ONES)) - ONES);
    return (t & HIGH) != 0;
  }

  /** Reads eight bytes of an array as one long. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** Bytes the record scanner must look at: controls, non-ASCII, quotes, backslashes, brackets. */
  private static final boolean[] SPECIAL = new boolean[256];

  static {
    for (int c = 0; c < 256; c++) {
      SPECIAL[c] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || c == '{' || c == '}'
          || c == '[' || c == ']';
    }
  }

  private final InputStream in;
  /** The bytes read and not yet dropped; the slicers copy records out of it. */
  byte[] buf = new byte[CHUNK];
  /** The index in {@link #buf} of the next byte. */
  int pos;
  private int limit;
  /** The file offset of {@code buf[0]}. */
  private long base;
  private boolean eof;
  /** Bytes from this index on are kept when the buffer is refilled; -1 for none. */
  private int keep = -1;
  /** The line of the next byte, from 1. */
  int line = 1;
  /** The file offset where the current line starts. */
  private long lineStart;
  /** Characters less bytes on the current line so far (negative with multi-byte characters). */
  private int adjust;
  /** The file offset of the last {@code \r} consumed, which a {@code \n} right after joins. */
  private long lastCr = -2;

  /** The number of {@code \r} in the line {@link #lineEnd} last consumed. */
  int returns;
  /** Lines longer than this many bytes are left to the reference reader. */
  private final long maxLine;

  /**
   * Creates a scanner of {@code in}, whose JSON Lines lines longer than {@code maxLine} bytes are
   * left to the reference reader.
   */
  ByteScanner(InputStream in, long maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** The file offset of the next byte. */
  long offset() {
    return base + pos;
  }

  /** The column of the next byte, from 1, in UTF-16 units. */
  int column() {
    return (int) (offset() - lineStart) + adjust + 1;
  }

  /** Keeps the bytes from the next one on in {@link #buf} until {@link #release}. */
  void keep() {
    keep = pos;
  }

  /** The index in {@link #buf} where the kept bytes start. */
  int kept() {
    return keep;
  }

  /** Lets the kept bytes go. */
  void release() {
    keep = -1;
  }

  /** Reads more bytes; false at the end of the file. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int from = keep >= 0 ? keep : pos;
    if (from > 0) {
      System.arraycopy(buf, from, buf, 0, limit - from);
      base += from;
      pos -= from;
      limit -= from;
      if (keep >= 0) {
        keep = 0;
      }
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /** Returns the next byte without consuming it, or -1 at the end. */
  int peek() throws IOException {
    while (pos >= limit) {
      if (!fill()) {
        return -1;
      }
    }
    return buf[pos] & 0xFF;
  }

  /** Consumes one ASCII frame byte; returns it, or -1 at the end. */
  int next() throws IOException, Fallback {
    int b = peek();
    if (b >= 0x80) {
      throw Fallback.INSTANCE;
    }
    if (b >= 0) {
      consume(b);
    }
    return b;
  }

  /** Consumes the ASCII byte {@code c}, or gives up. */
  void expect(char c) throws IOException, Fallback {
    if (next() != c) {
      throw Fallback.INSTANCE;
    }
  }

  /** Consumes an ASCII byte, counting lines. */
  private void consume(int b) {
    pos++;
    if (b == '\n') {
      if (lastCr != offset() - 2) {
        line++;
      }
      lineStart = offset();
      adjust = 0;
    } else if (b == '\r') {
      line++;
      lastCr = offset() - 1;
      lineStart = offset();
      adjust = 0;
    }
  }

  /** Consumes JSON white space. */
  void skipWs() throws IOException {
    while (true) {
      int b = peek();
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
        consume(b);
      } else {
        return;
      }
    }
  }

  /**
   * Whether the {@code u} at {@link #pos} starts an escape of a UTF-16 surrogate ({@code \\uD800}
   * to {@code \\uDFFF}): the reference path reads those, and reports one left unpaired. A {@code u}
   * whose four hex digits are not yet in the buffer is sent there too.
   */
  private boolean surrogateEscape() {
    if (pos + 3 > limit) {
      return true;
    }
    int h = buf[pos + 1] | 0x20;
    return h == 'd' && (buf[pos + 2] >= '8' && buf[pos + 2] <= '9' || (buf[pos + 2] | 0x20) >= 'a'
        && (buf[pos + 2] | 0x20) <= 'f');
  }

  /** Reads a string of plain ASCII without escapes; anything else is left to the reference. */
  String simpleString() throws IOException, Fallback {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      int b = peek();
      if (b == '"') {
        consume(b);
        return sb.toString();
      }
      if (b < 0x20 || b >= 0x80 || b == '\\') {
        throw Fallback.INSTANCE;
      }
      consume(b);
      sb.append((char) b);
    }
  }

  /** Consumes a string, checking its UTF-8 and escapes. */
  void skipString() throws IOException, Fallback {
    expect('"');
    while (true) {
      int b = peek();
      if (b < 0) {
        throw Fallback.INSTANCE;
      }
      if (b >= 0x80) {
        utf8(b);
      } else if (b == '"') {
        consume(b);
        return;
      } else if (b == '\\') {
        consume(b);
        int e = peek();
        if (e < 0x20 || e >= 0x80 || e == 'u' && surrogateEscape()) {
          throw Fallback.INSTANCE;
        }
        consume(e);
      } else if (b < 0x20) {
        throw Fallback.INSTANCE;
      } else {
        consume(b);
      }
    }
  }

  /** Consumes one object or array, checking nesting no deeper than {@code maxDepth}. */
  void object(int maxDepth) throws IOException, Fallback {
    int depth = 0;
    boolean string = false;
    while (true) {
      if (pos >= limit && (pos - keep > MAX_SLICE || !fill())) {
        throw Fallback.INSTANCE;
      }
      byte[] b = buf;
      int p = pos;
      int end = limit;
      if (string) {
        // Inside a string only a quote, a backslash, a control or a non-ASCII byte matters:
        // eight bytes at a time while a word has none (see stringSpecial).
        while (p + 8 <= end && !stringSpecial((long) LONGS.get(b, p))) {
          p += 8;
        }
      }
      // The common case: printable ASCII that is neither a quote, a backslash nor a bracket.
      while (p < end && !SPECIAL[b[p] & 0xFF]) {
        p++;
      }
      pos = p;
      if (p == end) {
        continue;
      }
      int c = b[p] & 0xFF;
      if (c >= 0x80) {
        utf8(c);
      } else if (string) {
        if (c == '"') {
          string = false;
          consume(c);
        } else if (c == '\\') {
          consume(c);
          int e = peek();
          if (e < 0x20 || e >= 0x80 || e == 'u' && surrogateEscape()) {
            throw Fallback.INSTANCE;
          }
          consume(e);
        } else if (c < 0x20) {
          throw Fallback.INSTANCE; // a control character in a string: a syntax error
        } else {
          consume(c);
        }
      } else if (c == '"') {
        string = true;
        consume(c);
      } else if (c == '{' || c == '[') {
        if (++depth > maxDepth) {
          throw Fallback.INSTANCE;
        }
        consume(c);
      } else if (c == '}' || c == ']') {
        consume(c);
        if (--depth == 0) {
          return;
        }
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        consume(c);
      } else {
        throw Fallback.INSTANCE;
      }
    }
  }

  /** Consumes a line and its end; returns the index where its content ends. */
  int lineEnd() throws IOException, Fallback {
    returns = 0;
    while (true) {
      if (pos >= limit && pos - keep > Math.min(MAX_SLICE, maxLine)) {
        throw Fallback.INSTANCE;
      }
      if (pos >= limit && !fill()) {
        return pos;
      }
      byte[] b = buf;
      int p = pos;
      int end = limit;
      while (p < end) {
        // Eight bytes at a time while none is a control up to \r, a non-ASCII byte or a
        // backslash: a byte below 0x0E sets its top bit once 0x0E is taken from it, and a
        // non-ASCII byte has it set already (a borrow can only flag a word that has such a byte
        // anyway); a backslash is a zero byte of w ^ 0x5C.. (the exact zero-byte test).
        if (p + 8 <= end) {
          long w = (long) LONGS.get(b, p);
          long x = w ^ 0x5C5C5C5C5C5C5C5CL;
          if ((((w - 0x0E0E0E0E0E0E0E0EL) | w | ((x - 0x0101010101010101L) & ~x))
              & 0x8080808080808080L) == 0) {
            p += 8;
            continue;
          }
        }
        byte c = b[p];
        if (c <= '\r') {
          if (c < 0 || c == '\n') {
            break;
          }
          if (c == '\r') {
            returns++;
          }
        } else if (c == '\\' && (p + 3 >= end || b[p + 1] == 'u' && (b[p + 2] | 0x20) == 'd'
            && (b[p + 3] >= '8' && b[p + 3] <= '9' || (b[p + 3] | 0x20) >= 'a' && (b[p + 3] | 0x20) <= 'f'))) {
          // Maybe an escaped surrogate (or an escape cut by the buffer's end): the reference
          // path reads the line and reports one left unpaired.
          throw Fallback.INSTANCE;
        }
        p++;
      }
      pos = p;
      if (p == end) {
        continue;
      }
      int c = b[p] & 0xFF;
      if (c == '\n') {
        int contentEnd = p;
        pos++;
        line++;
        lineStart = offset();
        adjust = 0;
        return contentEnd;
      }
      utf8(c);
    }
  }

  /** Checks and consumes one multi-byte UTF-8 character starting with {@code lead}. */
  private void utf8(int lead) throws IOException, Fallback {
    int n;
    int min = 0x80;
    int max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      n = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      n = 2;
      if (lead == 0xE0) {
        min = 0xA0;
      } else if (lead == 0xED) {
        max = 0x9F;
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      n = 3;
      if (lead == 0xF0) {
        min = 0x90;
      } else if (lead == 0xF4) {
        max = 0x8F;
      }
    } else {
      throw Fallback.INSTANCE;
    }
    while (limit - pos < n + 1) {
      if (!fill()) {
        throw Fallback.INSTANCE;
      }
    }
    for (int i = 1; i <= n; i++) {
      int c = buf[pos + i] & 0xFF;
      if (c < (i == 1 ? min : 0x80) || c > (i == 1 ? max : 0xBF)) {
        throw Fallback.INSTANCE;
      }
    }
    pos += n + 1;
    adjust += (n == 3 ? 2 : 1) - (n + 1);
  }
}
