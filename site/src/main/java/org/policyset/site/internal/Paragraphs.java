package org.policyset.site.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An archived text cut into paragraphs (one per line, numbered from 1 as the {@code para. N}
 * locators count them) and where each quote lies in it: in the paragraph its locator names when
 * it is there, else in the first paragraph that holds it. Quotes match as validation's quote check
 * reads them: the same words, with any run of white space between them, ignoring case.
 */
final class Paragraphs {
  private static final Pattern LOCATOR = Pattern.compile("(?i)\\bpara(?:graph)?s?\\.?\\s*(\\d{1,6})");

  private final List<String> lines;
  /** Quoted ranges per paragraph index: start, end, in order of marking. */
  private final Map<Integer, List<int[]>> marks = new LinkedHashMap<>();
  private final Map<Integer, List<Views.Part>> quotedBy = new LinkedHashMap<>();

  Paragraphs(byte[] text) {
    String s = new String(text, StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    List<String> l = new ArrayList<>(List.of(s.split("\r\n|\n|\r", -1)));
    if (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
      l.remove(l.size() - 1);
    }
    lines = l;
  }

  /** {@return the paragraph number a locator names, or 0} */
  static int paragraphOf(@Nullable String locator) {
    if (locator == null) {
      return 0;
    }
    Matcher m = LOCATOR.matcher(locator);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /**
   * Marks a quote.
   *
   * @return the number of the paragraph that holds it, or 0 if no paragraph does
   */
  int mark(String quote, @Nullable String locator, Views.Part by) {
    Pattern p = pattern(quote);
    if (p == null) {
      return 0;
    }
    int named = paragraphOf(locator);
    List<Integer> order = new ArrayList<>();
    if (named >= 1 && named <= lines.size()) {
      order.add(named - 1);
    }
    for (int i = 0; i < lines.size(); i++) {
      order.add(i);
    }
    for (int i : order) {
      Matcher m = p.matcher(lines.get(i));
      if (m.find()) {
        marks.computeIfAbsent(i, k -> new ArrayList<>()).add(new int[] {m.start(), m.end()});
        List<Views.Part> by2 = quotedBy.computeIfAbsent(i, k -> new ArrayList<>());
        if (!by2.contains(by)) {
          by2.add(by);
        }
        return i + 1;
      }
    }
    return 0;
  }

  private static @Nullable Pattern pattern(String quote) {
    String[] words = quote.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append("\\s+");
      }
      b.append(Pattern.quote(w));
    }
    return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** {@return the paragraphs, each cut into quoted and unquoted segments} */
  List<Views.Paragraph> paragraphs() {
    List<Views.Paragraph> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean[] quoted = new boolean[line.length()];
      for (int[] r : marks.getOrDefault(i, List.of())) {
        for (int k = r[0]; k < r[1]; k++) {
          quoted[k] = true;
        }
      }
      List<Views.Segment> segments = new ArrayList<>();
      int start = 0;
      for (int k = 1; k <= line.length(); k++) {
        if (k == line.length() || quoted[k] != quoted[start]) {
          segments.add(new Views.Segment(line.substring(start, k), quoted[start]));
          start = k;
        }
      }
      out.add(new Views.Paragraph(i + 1, segments, quotedBy.getOrDefault(i, List.of())));
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d paragraphs", lines.size());
  }
}
