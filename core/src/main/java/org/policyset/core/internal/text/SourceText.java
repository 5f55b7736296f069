package org.policyset.core.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An archived source text and its paragraphs: the one model of where a quote stands, shared by
 * {@code policyset cite}, the provenance layer (PS402 quote-not-found and its closest passage, PS408
 * locator-mismatch, PS409 ambiguous-quote) and the coverage of {@code policyset stats}.
 *
 * <p>The locator scheme is the dataset's: paragraph N is line N of the text ({@code para. N}); a
 * quote across a line break stands in {@code paras. N–M}. Numbered items ({@code 1) …}) and
 * lettered mechanisms within them ({@code A) …}) are lines of their own; a labelled line followed
 * by an unlabelled one is that item's heading and the unlabelled line its body, so the locators
 * read {@code para. 6 (item 1, heading)}, {@code para. 7 (item 1)}, {@code para. 13 (item 4 A,
 * heading)}, {@code para. 14 (item 4 A)}, and a labelled line followed by another labelled line is
 * the item itself, {@code para. 12 (item 4)}.
 *
 * <p>Quotes are found after {@link #normalize normalising} white space, quotation marks,
 * apostrophes, dashes and ellipses, on both sides; the span found is mapped back to the text's own
 * characters, so that what is shown or cited is verbatim. A text quoted often is indexed by its
 * 8-character windows, so that each quote costs about its own length rather than a scan of the
 * text. Not safe for use by several threads at once.
 */
public final class SourceText {

  /** A passage of the text: its characters {@code [start, end)} and the paragraphs it touches. */
  public record Span(int start, int end, int first, int last) {}

  /**
   * A locator as written: the paragraphs it names ({@code first} to {@code last}) and the detail
   * in parentheses after them, if any.
   */
  public record Locator(int first, int last, @Nullable String detail) {}

  private static final Pattern LOCATOR =
      Pattern.compile("paras?\\.\\s*(\\d{1,9})(?:\\s*[-\u2013]\\s*(\\d{1,9}))?(?:\\s*\\((.*)\\))?");
  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})\\)\\s.*");
  private static final Pattern LETTERED = Pattern.compile("([A-Z])\\)\\s.*");

  private final String text;
  /** The start of each line in {@link #text}: line n starts at {@code lineStarts[n - 1]}. */
  private final int[] lineStarts;
  private final String normalized;
  /** For each character of {@link #normalized}, the index of the character of the text it stands for. */
  private final int[] origin;
  /** The structural label of each line (index n - 1), or null. */
  private final @Nullable String[] labels;
  private @Nullable String folded;
  /** The text's words and their keys, made when a passage is first sought word by word. */
  private Passages.@Nullable Words words;
  private @Nullable List<String> keys;
  /** Lookups so far; the index below is built once they show the text is quoted often. */
  private int lookups;
  /**
   * An index of the normalised text's {@link #GRAM}-character windows, by hash: the first position
   * of each bucket in {@code heads}, the next position of the same bucket in {@code next}, so that
   * a quote is sought only where its first characters stand instead of by scanning the text.
   */
  private int @Nullable [] heads;
  private int @Nullable [] next;

  /** Characters of the windows the index is made of. */
  static final int GRAM = 8;
  /** Lookups of a text after which it is indexed. */
  static final int INDEX_AFTER = 8;
  /** The longest normalised text that is indexed (the index takes 6 bytes a character). */
  static final int INDEX_MAX = 8 << 20;

  private SourceText(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        if (i + 1 < text.length()) {
          starts.add(i + 1);
        }
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    StringBuilder sb = new StringBuilder(text.length());
    int[] map = new int[text.length() + 8];
    int n = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (n + 4 > map.length) {
        map = Arrays.copyOf(map, map.length * 2);
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
        map[n++] = i - 1;
      }
      space = false;
      String plain = plain(c);
      if (plain == null) {
        sb.append(c);
        map[n++] = i;
      } else {
        sb.append(plain);
        for (int k = 0; k < plain.length(); k++) {
          map[n++] = i;
        }
      }
    }
    this.normalized = sb.toString();
    this.origin = Arrays.copyOf(map, n);
    this.labels = labels();
  }

  /** {@return the model of {@code text}} */
  public static SourceText of(String text) {
    return new SourceText(text);
  }

  /** {@return the text as archived} */
  public String text() {
    return text;
  }

  /** {@return the number of paragraphs (lines)} */
  public int paragraphs() {
    return lineStarts.length;
  }

  /** {@return paragraph {@code n} (1-based), without its line break} */
  public String paragraph(int n) {
    int start = lineStarts[n - 1];
    int end = n < lineStarts.length ? lineStarts[n] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /** {@return the paragraph (1-based) that holds character {@code offset} of the text} */
  public int paragraphAt(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** {@return the structural label of paragraph {@code n}, such as {@code item 4 A, heading}, or null} */
  public @Nullable String label(int n) {
    return labels[n - 1];
  }

  /** {@return the locator of paragraph {@code n}, such as {@code para. 7 (item 1)}} */
  public String locator(int n) {
    String label = label(n);
    return "para. " + n + (label == null ? "" : " (" + label + ")");
  }

  /** {@return the locator of a passage: its paragraph's, or {@code paras. N–M} across a line break} */
  public String locator(Span span) {
    return span.first() == span.last() ? locator(span.first())
        : "paras. " + span.first() + "\u2013" + span.last();
  }

  /**
   * Parses a locator of the paragraph scheme ({@code para. N}, {@code para. N (detail)},
   * {@code paras. N–M}); null for any other scheme ({@code p. 12}, {@code annex}), which the
   * tools leave unchecked.
   */
  public static @Nullable Locator parseLocator(String locator) {
    Matcher m = LOCATOR.matcher(locator.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      int first = Integer.parseInt(m.group(1));
      int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
      return first < 1 || last < first ? null : new Locator(first, last, m.group(3));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Says whether {@code locator} names where {@code span} stands: its paragraphs include one the
   * passage stands in (a passage across a line break stands in each of its paragraphs), and its
   * detail, if it gives one for a single paragraph, is that paragraph's label.
   *
   * @return null when it does; otherwise what is wrong, as a sentence fragment
   */
  public @Nullable String mismatch(Locator locator, Span span) {
    if (locator.last() < span.first() || locator.first() > span.last()) {
      return span.first() == span.last()
          ? "the quote stands in paragraph " + span.first()
          : "the quote stands in paragraphs " + span.first() + "\u2013" + span.last();
    }
    String detail = locator.detail();
    if (detail != null && locator.first() == locator.last()) {
      String label = label(locator.first());
      if (!detail.strip().equals(label)) {
        return label == null ? "paragraph " + locator.first() + " is not an item"
            : "paragraph " + locator.first() + " is (" + label + ")";
      }
    }
    return null;
  }

  /**
   * Returns where {@code quote} stands in the text, normalised on both sides, up to {@code max}
   * places, in text order; places may overlap.
   *
   * @param ignoreCase whether letter case is forgiven too
   */
  public List<Span> find(String quote, boolean ignoreCase, int max) {
    String q = normalize(quote);
    String in = normalized;
    if (ignoreCase) {
      q = fold(q);
      in = folded();
    }
    List<Span> found = new ArrayList<>();
    if (q.isEmpty()) {
      return found;
    }
    if (!ignoreCase && q.length() >= GRAM && indexed()) {
      int[] h = Objects.requireNonNull(heads);
      int[] n = Objects.requireNonNull(next);
      for (int at = h[hash(q, 0) & (h.length - 1)]; at >= 0 && found.size() < max; at = n[at]) {
        if (normalized.startsWith(q, at)) {
          found.add(span(at, at + q.length()));
        }
      }
      return found;
    }
    int at = in.indexOf(q);
    while (at >= 0 && found.size() < max) {
      found.add(span(at, at + q.length()));
      at = in.indexOf(q, at + 1);
    }
    return found;
  }

  /** Whether the index is there, building it once the text has been sought often enough. */
  private boolean indexed() {
    if (heads != null) {
      return true;
    }
    if (++lookups < INDEX_AFTER || normalized.length() > INDEX_MAX || normalized.length() < GRAM) {
      return false;
    }
    int windows = normalized.length() - GRAM + 1;
    int size = Integer.highestOneBit(Math.max(16, windows)) << 1;
    int[] h = new int[size];
    Arrays.fill(h, -1);
    int[] n = new int[windows];
    // From the end, so that each bucket lists its positions in text order.
    for (int i = windows - 1; i >= 0; i--) {
      int b = hash(normalized, i) & (size - 1);
      n[i] = h[b];
      h[b] = i;
    }
    heads = h;
    next = n;
    return true;
  }

  /** The hash of the {@link #GRAM} characters of {@code s} from {@code at}. */
  private static int hash(String s, int at) {
    int h = 0;
    for (int i = at; i < at + GRAM; i++) {
      h = h * 31 + s.charAt(i);
    }
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    return h ^ (h >>> 16);
  }

  /** {@return the text's words, made the first time} */
  Passages.Words words() {
    Passages.Words w = words;
    if (w == null) {
      w = Passages.Words.of(normalized);
      words = w;
    }
    return w;
  }

  /** {@return the keys of the text's words, as {@link Passages} compares them, made the first time} */
  List<String> keys() {
    List<String> k = keys;
    if (k == null) {
      k = words().keys(normalized);
      keys = k;
    }
    return k;
  }

  /** {@return the passage of normalised characters {@code [from, to)}, in the text's own characters} */
  Span span(int from, int to) {
    int start = origin[from];
    int end = origin[to - 1] + 1;
    // An ellipsis folded to "..." maps each dot to the one character.
    return new Span(start, end, paragraphAt(start), paragraphAt(end - 1));
  }

  /** {@return the text normalised: what quotes are matched against} */
  String normalized() {
    return normalized;
  }

  /** {@return the normalised text in lower case, character for character} */
  String folded() {
    String f = folded;
    if (f == null) {
      f = fold(normalized);
      folded = f;
    }
    return f;
  }

  /** {@return {@code s} in lower case, character for character (so offsets stay put)} */
  public static String fold(String s) {
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      cs[i] = Character.toLowerCase(cs[i]);
    }
    return new String(cs);
  }

  /** {@return the passage's characters as the text has them} */
  public String verbatim(Span span) {
    return text.substring(span.start(), span.end());
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
      String plain = plain(c);
      if (plain == null) {
        sb.append(c);
      } else {
        sb.append(plain);
      }
    }
    return sb.toString();
  }

  private static @Nullable String plain(char c) {
    return switch (c) {
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> "\"";
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> "'";
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
      case '\u2026' -> "...";
      default -> null;
    };
  }

  /** Labels each line: numbered items, lettered items within them, headings and their bodies. */
  private @Nullable String[] labels() {
    int n = lineStarts.length;
    String[] item = new String[n];
    String number = null;
    for (int i = 0; i < n; i++) {
      String line = paragraph(i + 1).strip();
      Matcher num = NUMBERED.matcher(line);
      Matcher letter = LETTERED.matcher(line);
      if (num.matches()) {
        number = num.group(1);
        item[i] = "item " + number;
      } else if (letter.matches() && number != null) {
        item[i] = "item " + number + " " + letter.group(1);
      }
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      if (item[i] == null) {
        continue;
      }
      int next = i + 1;
      while (next < n && paragraph(next + 1).isBlank()) {
        next++;
      }
      boolean heading = next < n && item[next] == null && paragraph(i + 1).strip().endsWith(":");
      if (heading) {
        out[i] = item[i] + ", heading";
        out[next] = item[i];
      } else {
        out[i] = item[i];
      }
    }
    return out;
  }
}
