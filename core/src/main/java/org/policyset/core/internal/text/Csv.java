package org.policyset.core.internal.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: CRLF line ends, fields quoted only when they hold a comma, quote, CR or LF.
 * With formulas escaped (OWASP's guidance on CSV injection), a text cell that a spreadsheet would
 * run as a formula, one that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab, CR, LF
 * or NUL, is written with a leading {@code '} and quoted; numbers are written as they are.
 */
public final class Csv {
  private Csv() {}

  /** Writes one record, formulas as they are; a null field is written empty. */
  public static void writeRow(Writer out, List<?> fields) {
    writeRow(out, fields, false);
  }

  /** Writes one record; a null field is written empty. */
  public static void writeRow(Writer out, List<?> fields, boolean escapeFormulas) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        Object f = fields.get(i);
        if (f == null) {
          continue;
        }
        String s = f.toString();
        out.write(escapeFormulas && !(f instanceof Number) && isFormula(s)
            ? '"' + "'" + s.replace("\"", "\"\"") + '"' : field(s));
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

  /** Returns whether a spreadsheet would take a cell with this text for a formula. */
  public static boolean isFormula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
        || c == '\0' || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
  }
}
