package org.policyset.core.diagnostic;

/**
 * Makes text from a dataset safe to print on a terminal or in a CI log: every control character
 * (C0, DEL, C1), every bidirectional formatting character and the Unicode line and paragraph
 * separators are shown as escapes ({@code \n}, {@code \r}, {@code \t}, {@code \e},
 * {@code \u202E}), so that a value cannot erase or rewrite what is printed before it, open a
 * hyperlink, reorder a line, or start a line that a CI runner would read as a command (a line
 * feed followed by {@code ::error}). Other characters pass as they are.
 *
 * <p>Every human format (text reports, tables, diffs, conflict lists, messages) passes values,
 * keys and file names through it; the machine formats (JSON, SARIF, JUnit XML, CSV) escape as
 * their own syntax requires instead.
 *
 * @since 0.1.0
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * Returns {@code s} with control and bidirectional formatting characters escaped. (A null, which
   * the signature does not admit, stays null, as it did before the API was null-marked.)
   *
   * @param s the text
   * @return the printable text
   */
  public static String escape(String s) {
    return escape(s, false);
  }

  /**
   * Returns {@code s} escaped as {@link #escape(String)} does, with carriage returns and line
   * feeds kept as they are when {@code keepLineBreaks} (for a format that encodes them itself, such
   * as GitHub's workflow commands).
   *
   * @param s the text, or null
   * @param keepLineBreaks whether carriage returns and line feeds stay as they are
   * @return the escaped text, or null for null
   */
  @SuppressWarnings("NullAway") // the lenient null branch below
  public static String escape(String s, boolean keepLineBreaks) {
    if (s == null) {
      return null;
    }
    int i = 0;
    int n = s.length();
    while (i < n && !unsafe(s.charAt(i), keepLineBreaks)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!unsafe(c, keepLineBreaks)) {
        sb.append(c);
        continue;
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\u001B' -> sb.append("\\e");
        default -> sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  /** Whether {@code c} must not reach a terminal as it is. */
  static boolean unsafe(char c, boolean keepLineBreaks) {
    if (keepLineBreaks && (c == '\n' || c == '\r')) {
      return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || c == '\u061C' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028' || c == '\u2029';
  }
}
