package org.policyset.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV: CRLF line ends, fields quoted only when they hold a comma, quote, CR or LF. */
public final class Csv {
  private Csv() {}

  /** Writes one record; a null field is written empty. */
  public static void writeRow(Writer out, List<?> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        Object f = fields.get(i);
        out.write(field(f == null ? "" : f.toString()));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns one field, quoted and with inner quotes doubled if it needs it. */
  public static String field(String s) {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
