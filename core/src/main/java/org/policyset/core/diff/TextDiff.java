package org.policyset.core.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Source;
import org.policyset.core.validation.Quotes;

/**
 * The differences of the archived texts of the sources two versions share, paragraph by paragraph
 * (a paragraph is a line), and the citations of the new version that a changed text breaks.
 */
final class TextDiff {
  private TextDiff() {}

  /** Above this many cells, the changed middles of two texts are paired line by line, not aligned. */
  private static final long MAX_CELLS = 4_000_000;

  /** The texts' changes, by source id in id order, of the sources both versions declare. */
  static List<TextChange> changes(Dataset before, Map<String, byte[]> beforeTexts, Dataset after,
      Map<String, byte[]> afterTexts) {
    Map<String, Source> old = new HashMap<>();
    before.sources().forEach(s -> old.putIfAbsent(s.id(), s));
    List<TextChange> changes = new ArrayList<>();
    List<Source> sources = new ArrayList<>(after.sources());
    sources.sort(Comparator.comparing(Source::id));
    String last = null;
    for (Source s : sources) {
      if (s.id().equals(last) || !old.containsKey(s.id())) {
        continue;
      }
      last = s.id();
      byte[] o = beforeTexts.get(s.id());
      byte[] n = afterTexts.get(s.id());
      String path = s.text() != null ? s.text() : String.valueOf(Objects.requireNonNull(old.get(s.id())).text());
      if (o == null && n != null) {
        changes.add(new TextChange(s.id(), path, TextChange.Kind.ADDED, List.of()));
      } else if (o != null && n == null) {
        changes.add(new TextChange(s.id(), path, TextChange.Kind.REMOVED, List.of()));
      } else if (o != null && n != null && !java.util.Arrays.equals(o, n)) {
        changes.add(new TextChange(s.id(), path, TextChange.Kind.CHANGED,
            paragraphs(lines(decode(o)), lines(decode(n)))));
      }
    }
    return changes;
  }

  /**
   * The citations of {@code after} to a source whose text changed whose quote stands in the old text
   * and not in the new, in record order (type, then id).
   */
  static List<BrokenCitation> broken(List<TextChange> changes, Map<String, byte[]> beforeTexts,
      Dataset after, Map<String, byte[]> afterTexts) {
    Map<String, Predicate<String>> oldTexts = new HashMap<>();
    Map<String, Predicate<String>> newTexts = new HashMap<>();
    for (TextChange c : changes) {
      if (c.kind() == TextChange.Kind.CHANGED) {
        oldTexts.put(c.source(), Quotes.in(decode(Objects.requireNonNull(beforeTexts.get(c.source())))));
        newTexts.put(c.source(), Quotes.in(decode(Objects.requireNonNull(afterTexts.get(c.source())))));
      }
    }
    List<BrokenCitation> broken = new ArrayList<>();
    if (oldTexts.isEmpty()) {
      return broken;
    }
    List<PolicyRecord> records = new ArrayList<>(after.records().toList());
    records.sort(Comparator.comparing((PolicyRecord r) -> r.recordType()).thenComparing(PolicyRecord::id));
    for (PolicyRecord r : records) {
      for (Citation c : r.citations()) {
        if (c == null || c.source() == null || c.quote() == null || !newTexts.containsKey(c.source())) {
          continue;
        }
        Predicate<String> now = Objects.requireNonNull(newTexts.get(c.source()));
        Predicate<String> then = Objects.requireNonNull(oldTexts.get(c.source()));
        if (!now.test(c.quote()) && then.test(c.quote())) {
          broken.add(new BrokenCitation(r.recordType().singular() + ":" + r.id(), c.source(),
              c.quote(), c.locator()));
        }
      }
    }
    return broken;
  }

  private static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The lines of a text, without their line ends; a final line end starts no line. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? text.length() : end + 1;
      if (end < 0) {
        end = text.length();
      }
      lines.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
      start = next;
    }
    return lines;
  }

  /**
   * The paragraphs that differ: lines aligned by their longest common subsequence; within each run
   * of differing lines, removed and added lines are paired in order as changed paragraphs, and the
   * rest are removed or added.
   */
  static List<ParagraphChange> paragraphs(List<String> a, List<String> b) {
    int start = 0;
    while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
      endA--;
      endB--;
    }
    int n = endA - start;
    int m = endB - start;
    List<ParagraphChange> out = new ArrayList<>();
    List<Integer> minus = new ArrayList<>();
    List<Integer> plus = new ArrayList<>();
    if ((long) n * m > MAX_CELLS) {
      for (int i = start; i < endA; i++) {
        minus.add(i);
      }
      for (int j = start; j < endB; j++) {
        plus.add(j);
      }
    } else {
      int[][] lcs = new int[n + 1][m + 1];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          lcs[i][j] = a.get(start + i).equals(b.get(start + j)) ? lcs[i + 1][j + 1] + 1
              : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      int i = 0;
      int j = 0;
      while (i < n || j < m) {
        if (i < n && j < m && a.get(start + i).equals(b.get(start + j))) {
          flush(out, a, b, minus, plus);
          i++;
          j++;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
          minus.add(start + i++);
        } else {
          plus.add(start + j++);
        }
      }
    }
    flush(out, a, b, minus, plus);
    return out;
  }

  private static void flush(List<ParagraphChange> out, List<String> a, List<String> b,
      List<Integer> minus, List<Integer> plus) {
    int paired = Math.min(minus.size(), plus.size());
    for (int k = 0; k < Math.max(minus.size(), plus.size()); k++) {
      if (k < paired) {
        out.add(new ParagraphChange(minus.get(k) + 1, plus.get(k) + 1, a.get(minus.get(k)), b.get(plus.get(k))));
      } else if (k < minus.size()) {
        out.add(new ParagraphChange(minus.get(k) + 1, 0, a.get(minus.get(k)), null));
      } else {
        out.add(new ParagraphChange(0, plus.get(k) + 1, null, b.get(plus.get(k))));
      }
    }
    minus.clear();
    plus.clear();
  }
}
