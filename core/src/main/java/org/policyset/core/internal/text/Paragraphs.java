package org.policyset.core.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The paragraphs of an archived source text, and where a quote stands in one. A paragraph is a line
 * of the text that is not blank; they are numbered from 1, so that the locator {@code para. N}
 * names the N-th (in a text without blank lines, line N). A quote is found as validation finds it:
 * white space runs, quotation marks, apostrophes, dashes and ellipses are compared in one plain
 * form, and the span found is given in the paragraph's own characters.
 */
public final class Paragraphs {

  private static final Pattern PARA = Pattern.compile("^\\s*para(?:graph)?s?\\.?\\s*(\\d{1,9})\\b");

  private final List<String> paragraphs;

  private Paragraphs(List<String> paragraphs) {
    this.paragraphs = paragraphs;
  }

  /** A quote's place: the paragraph (1-based) and the span of its characters, end exclusive. */
  public record Span(int paragraph, int start, int end) {}

  /** Splits a text into its paragraphs. */
  public static Paragraphs of(String text) {
    List<String> list = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n", -1)) {
      if (!line.isBlank()) {
        list.add(line);
      }
    }
    return new Paragraphs(List.copyOf(list));
  }

  /** {@return the number of paragraphs} */
  public int size() {
    return paragraphs.size();
  }

  /** {@return paragraph {@code n} (1-based), or null when the text has no such paragraph} */
  public @Nullable String get(int n) {
    return n >= 1 && n <= paragraphs.size() ? paragraphs.get(n - 1) : null;
  }

  /** {@return the paragraph number a locator such as {@code para. 12 (item 4)} names, or -1} */
  public static int number(@Nullable String locator) {
    if (locator == null) {
      return -1;
    }
    Matcher m = PARA.matcher(locator.toLowerCase(Locale.ROOT));
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /**
   * Finds a quote: in paragraph {@code preferred} first, then in every paragraph in order.
   *
   * @param quote the quote
   * @param preferred the paragraph the locator names, or -1
   * @return where it stands, or null when it stands in no paragraph
   */
  public @Nullable Span find(String quote, int preferred) {
    Folded q = Folded.of(quote);
    if (q.text.isEmpty()) {
      return null;
    }
    String inPreferred = get(preferred);
    if (inPreferred != null) {
      Span s = find(q, inPreferred, preferred);
      if (s != null) {
        return s;
      }
    }
    for (int i = 1; i <= paragraphs.size(); i++) {
      Span s = i == preferred ? null : find(q, paragraphs.get(i - 1), i);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static @Nullable Span find(Folded quote, String paragraph, int number) {
    Folded p = Folded.of(paragraph);
    int at = p.text.indexOf(quote.text);
    if (at < 0) {
      return null;
    }
    int last = at + quote.text.length() - 1;
    return new Span(number, p.origin[at], p.origin[last] + 1 + p.extra(last));
  }

  /** A text in its plain form, with the index in the original of each of its characters. */
  private record Folded(String text, int[] origin, String source) {

    /** How many more original characters the plain character at {@code i} stands for. */
    int extra(int i) {
      int o = origin[i];
      // An ellipsis folds to three dots that all point at it; a surrogate pair keeps its second half.
      if (o + 1 < source.length() && Character.isHighSurrogate(source.charAt(o))
          && Character.isLowSurrogate(source.charAt(o + 1))) {
        return 1;
      }
      return 0;
    }

    static Folded of(String s) {
      StringBuilder b = new StringBuilder(s.length());
      int[] origin = new int[s.length() * 3 + 1];
      boolean space = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          space = true;
          continue;
        }
        if (space && b.length() > 0) {
          origin[b.length()] = i - 1;
          b.append(' ');
        }
        space = false;
        String plain = switch (c) {
          case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> "\"";
          case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> "'";
          case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
          case '\u2026' -> "...";
          default -> String.valueOf(c);
        };
        for (int k = 0; k < plain.length(); k++) {
          origin[b.length()] = i;
          b.append(plain.charAt(k));
        }
      }
      return new Folded(b.toString(), origin, s);
    }
  }
}
