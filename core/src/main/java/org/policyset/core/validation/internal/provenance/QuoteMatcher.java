package org.policyset.core.validation.internal.provenance;

import org.jspecify.annotations.Nullable;

/**
 * Checks that a quote stands verbatim in a text, after normalising white space, quotation marks,
 * apostrophes, dashes and ellipses, and says where a failed quote departs from the text.
 */
public final class QuoteMatcher {
  private final String normalizedText;

  /** Prepares a text for matching. */
  public QuoteMatcher(String text) {
    this.normalizedText = normalize(text);
  }

  /** Returns whether {@code quote} stands in the text. */
  public boolean contains(String quote) {
    return normalizedText.contains(normalize(quote));
  }

  /**
   * Returns a description of the nearest match: the longest beginning of the quote that stands in the
   * text, and what the text says where the quote departs from it; null if no beginning matches.
   */
  public @Nullable String nearest(String quote) {
    String q = normalize(quote);
    int lo = 0;
    int hi = q.length();
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (normalizedText.contains(q.substring(0, mid))) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    if (lo < Math.min(8, q.length())) {
      return null;
    }
    String prefix = q.substring(0, lo);
    int at = normalizedText.indexOf(prefix);
    int end = at + lo;
    String text = normalizedText.substring(end, Math.min(normalizedText.length(), end + 40));
    String rest = q.substring(lo, Math.min(q.length(), lo + 40));
    String tail = prefix.length() > 40 ? "…" + prefix.substring(prefix.length() - 40) : prefix;
    return "the quote matches the source up to \"" + tail + "\"; then the quote has \"" + rest
        + "\" where the source has \"" + text + "\"";
  }

  /** Folds white space runs to one space and typographic marks to their plain forms. */
  public static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      switch (c) {
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> sb.append('"');
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> sb.append('\'');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> sb.append('-');
        case '\u2026' -> sb.append("...");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
