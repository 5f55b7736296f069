package org.policyset.core.read.internal.fast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.policyset.core.io.ReadLimits;

/**
 * Cuts a JSON Lines file into one slice a line that is not blank, numbering lines as editors
 * number them (and as the reference reader does: a lone {@code \r} inside a line starts another
 * one). The slices go to an {@link OrderedPipeline}; a line or record limit reached throws
 * {@link Fallback}.
 */
final class LineSlicer {
  private final ByteScanner s;
  private final ReadLimits limits;
  private final OrderedPipeline out;

  /** Creates a slicer of the lines {@code s} scans. */
  LineSlicer(ByteScanner s, ReadLimits limits, OrderedPipeline out) {
    this.s = s;
    this.limits = limits;
    this.out = out;
  }

  /** Cuts the whole file. */
  void slice() throws IOException, Fallback {
    ByteScanner s = this.s;
    long records = 0;
    int nextLine = 1;
    while (s.peek() != -1) {
      int lineNo = nextLine;
      s.keep();
      long offset = s.offset();
      int end = s.lineEnd();
      int from = s.kept();
      int length = end - from;
      boolean endsWithReturn = length > 0 && s.buf[from + length - 1] == '\r';
      nextLine = lineNo + s.returns + (endsWithReturn ? 0 : 1);
      if (endsWithReturn) {
        length--;
      }
      if (length > limits.maxLineLength() || length > limits.maxRecordValues()) {
        throw Fallback.INSTANCE;
      }
      if (!blank(s.buf, from, length)) {
        if (++records > limits.maxRecordsPerFile()) {
          throw Fallback.INSTANCE;
        }
        out.add(null, "", offset, s.buf, from, length, lineNo, 1, lineNo, null);
      }
      s.release();
      out.rotate(s.offset());
    }
  }

  /** Whether the line holds only white space (as {@link String#isBlank} tells it). */
  private static boolean blank(byte[] buf, int from, int length) {
    boolean blank = true;
    boolean simple = true;
    for (int i = from; i < from + length && blank; i++) {
      int b = buf[i] & 0xFF;
      if (b >= 0x80) {
        simple = false;
        break;
      }
      blank = b == ' ' || b == '\t' || (b >= 0x0B && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
    }
    if (!simple) {
      blank = new String(buf, from, length, StandardCharsets.UTF_8).isBlank();
    }
    return blank;
  }
}
