package org.policyset.core.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.policyset.core.diagnostic.TerminalText;

/**
 * Lays out rows of text as columns that fit a width: columns are two spaces apart, the widest are
 * narrowed first (the first column last), and cut text ends in an ellipsis. Widths count code
 * points.
 */
public final class TextTable {
  private static final String GAP = "  ";
  private static final int MIN_COLUMN = 6;

  private TextTable() {}

  /**
   * Returns the lines of the table: the header, a rule of dashes, then the rows; no line has
   * trailing spaces. Line breaks and tabs inside cells become spaces; other control characters
   * and bidirectional formatting characters are escaped ({@link TerminalText}), so that a cell
   * cut short never leaves an escape sequence open.
   */
  public static List<String> render(List<String> header, List<List<String>> rows, int width) {
    int n = header.size();
    List<List<String>> cells = new ArrayList<>();
    cells.add(clean(header));
    for (List<String> r : rows) {
      cells.add(clean(r));
    }
    int[] w = new int[n];
    for (List<String> r : cells) {
      for (int i = 0; i < n; i++) {
        w[i] = Math.max(w[i], length(r.get(i)));
      }
    }
    fit(w, width);
    List<String> lines = new ArrayList<>();
    lines.add(line(cells.get(0), w));
    List<String> rule = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rule.add("-".repeat(w[i]));
    }
    lines.add(line(rule, w));
    for (int j = 1; j < cells.size(); j++) {
      lines.add(line(cells.get(j), w));
    }
    return lines;
  }

  /**
   * Narrows the widest columns, one character at a time, until the table fits or none can shrink.
   * The first column (the record id) is narrowed only when the others are as narrow as they go.
   */
  static void fit(int[] w, int width) {
    int total = GAP.length() * Math.max(0, w.length - 1);
    for (int x : w) {
      total += x;
    }
    while (total > width) {
      int widest = widest(w, 1);
      if (widest < 0) {
        widest = widest(w, 0);
      }
      if (widest < 0) {
        return;
      }
      w[widest]--;
      total--;
    }
  }

  private static int widest(int[] w, int from) {
    int widest = -1;
    for (int i = from; i < w.length; i++) {
      if (w[i] > MIN_COLUMN && (widest < 0 || w[i] > w[widest])) {
        widest = i;
      }
    }
    return widest;
  }

  private static String line(List<String> cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      if (i > 0) {
        b.append(GAP);
      }
      String c = truncate(cells.get(i), w[i]);
      b.append(c);
      if (i < w.length - 1) {
        b.append(" ".repeat(w[i] - length(c)));
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == ' ') {
      end--;
    }
    return b.substring(0, end);
  }

  /** Returns text cut to {@code width} code points, the last one an ellipsis if it was cut. */
  public static String truncate(String s, int width) {
    if (length(s) <= width) {
      return s;
    }
    if (width <= 0) {
      return "";
    }
    int end = s.offsetByCodePoints(0, width - 1);
    return s.substring(0, end) + "…";
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static List<String> clean(List<String> row) {
    List<String> out = new ArrayList<>(row.size());
    for (String s : row) {
      out.add(s == null ? "" : TerminalText.escape(s.replaceAll("[\\r\\n\\t]+", " ")));
    }
    return out;
  }
}
