package org.policyset.core.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds a passage of a {@link SourceText} from a fragment that may differ from it: in white space,
 * quote marks, dashes and case (forgiven outright), and in a few words (forgiven by aligning the
 * fragment's words with the text's, the fewest words added, dropped or changed). Used by
 * {@code policyset cite} to find what to cite, and by PS402 to show the passage closest to a quote
 * that does not stand in the text.
 */
public final class Passages {
  private Passages() {}

  /** Above this many cells (fragment words times text words), no alignment is tried. */
  static final long MAX_CELLS = 200_000_000L;

  /** How a fragment was found. */
  public enum Kind {
    /** It stands in the text once, as written (white space, marks and case aside). */
    EXACT,
    /** It stands once with a few words changed, added or dropped. */
    CLOSE,
    /** It stands in several places equally well. */
    AMBIGUOUS,
    /** No passage is close enough. */
    NOT_FOUND
  }

  /**
   * What a search found.
   *
   * @param kind how it was found
   * @param places the passages, in text order: one for {@code EXACT} and {@code CLOSE}, several
   *     for {@code AMBIGUOUS}, and for {@code NOT_FOUND} the closest passage if any word matched
   * @param distance words changed, added or dropped between the fragment and the passage
   * @param words the fragment's words
   */
  public record Result(Kind kind, List<SourceText.Span> places, int distance, int words) {}

  /** A passage aligned with a fragment: its words {@code [from, to)} and the words that differ. */
  record Alignment(int from, int to, int distance) {}

  /**
   * Finds the passage {@code fragment} stands for: the exact places first (a fragment cut inside a
   * word is extended to the whole word), then the closest alignment of words, which counts only if
   * at most a quarter of the fragment's words differ.
   */
  public static Result find(SourceText text, String fragment) {
    String q = SourceText.fold(SourceText.normalize(fragment));
    Words t = text.words();
    List<String> qw = Words.of(q).keys(q);
    if (q.isEmpty()) {
      return new Result(Kind.NOT_FOUND, List.of(), 0, 0);
    }
    String folded = text.folded();
    List<SourceText.Span> exact = new ArrayList<>();
    int at = folded.indexOf(q);
    int lastEnd = -1;
    while (at >= 0 && exact.size() < 10) {
      int from = at;
      int to = at + q.length();
      while (from > 0 && Character.isLetterOrDigit(folded.charAt(from - 1))
          && Character.isLetterOrDigit(folded.charAt(from))) {
        from--;
      }
      while (to < folded.length() && Character.isLetterOrDigit(folded.charAt(to))
          && Character.isLetterOrDigit(folded.charAt(to - 1))) {
        to++;
      }
      if (from >= lastEnd) {
        exact.add(text.span(from, to));
        lastEnd = to;
      }
      at = folded.indexOf(q, at + 1);
    }
    if (exact.size() == 1) {
      return new Result(Kind.EXACT, exact, 0, qw.size());
    }
    if (exact.size() > 1) {
      return new Result(Kind.AMBIGUOUS, exact, 0, qw.size());
    }
    List<Alignment> best = align(text.keys(), qw);
    if (best.isEmpty()) {
      return new Result(Kind.NOT_FOUND, List.of(), qw.size(), qw.size());
    }
    int distance = best.get(0).distance();
    List<SourceText.Span> places = new ArrayList<>();
    for (Alignment a : best) {
      places.add(span(text, t, a, fragment));
    }
    if (distance > qw.size() / 4) {
      return new Result(Kind.NOT_FOUND, distance < qw.size() ? places.subList(0, 1) : List.of(),
          distance, qw.size());
    }
    return new Result(places.size() > 1 ? Kind.AMBIGUOUS : Kind.CLOSE, places, distance, qw.size());
  }

  /**
   * Returns the passage closest to {@code quote}, word by word, when at least half of the quote's
   * words line up with it; null otherwise or when the text is too long to align against.
   */
  public static SourceText.@Nullable Span closest(SourceText text, String quote) {
    String q = SourceText.fold(SourceText.normalize(quote));
    List<String> qw = Words.of(q).keys(q);
    List<String> keys = text.keys();
    Alignment best = null;
    if ((long) keys.size() * qw.size() <= WHOLE_CELLS) {
      List<Alignment> all = align(keys, qw);
      best = all.isEmpty() ? null : all.get(0);
    } else {
      // A long text: align only around the places most of the quote's words point to.
      for (int start : candidates(text, qw)) {
        int from = Math.max(0, start - qw.size());
        int to = Math.min(keys.size(), start + 2 * qw.size());
        List<Alignment> here = align(keys.subList(from, to), qw);
        if (!here.isEmpty()) {
          Alignment a = here.get(0);
          Alignment shifted = new Alignment(a.from() + from, a.to() + from, a.distance());
          if (best == null || shifted.distance() < best.distance()) {
            best = shifted;
          }
        }
      }
    }
    if (best == null || best.distance() * 2 > qw.size()) {
      return null;
    }
    return span(text, text.words(), best, quote);
  }

  /** Above this many cells, {@link #closest} aligns around candidate places only. */
  static final long WHOLE_CELLS = 200_000;
  /** The candidate places {@link #closest} aligns around. */
  static final int CANDIDATES = 8;

  /**
   * Returns where a quote would start in the text if it stood there, for the places most of its
   * words point to: each occurrence in the text of the quote's word i votes for a start i words
   * before it. The {@link #CANDIDATES} starts with the most votes, most first.
   */
  static List<Integer> candidates(SourceText text, List<String> quote) {
    java.util.Map<String, List<Integer>> wanted = new java.util.HashMap<>();
    for (int i = 0; i < quote.size(); i++) {
      wanted.computeIfAbsent(quote.get(i), k -> new ArrayList<>()).add(i);
    }
    java.util.Map<Integer, Integer> votes = new java.util.HashMap<>();
    List<String> keys = text.keys();
    for (int p = 0; p < keys.size(); p++) {
      List<Integer> at = wanted.get(keys.get(p));
      if (at != null) {
        for (int i : at) {
          votes.merge(p - i, 1, Integer::sum);
        }
      }
    }
    return votes.entrySet().stream()
        .sorted((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
            : Integer.compare(b.getValue(), a.getValue()))
        .limit(CANDIDATES).map(java.util.Map.Entry::getKey).toList();
  }

  private static SourceText.Span span(SourceText text, Words t, Alignment a, String fragment) {
    String n = text.normalized();
    int from = t.starts[a.from()];
    int to = t.ends[a.to() - 1];
    String f = SourceText.normalize(fragment);
    // Punctuation the fragment does not begin or end with is left out of the passage.
    if (!f.isEmpty() && Character.isLetterOrDigit(f.charAt(0))) {
      while (from < to - 1 && !Character.isLetterOrDigit(n.charAt(from))) {
        from++;
      }
    }
    if (!f.isEmpty() && Character.isLetterOrDigit(f.charAt(f.length() - 1))) {
      while (to > from + 1 && !Character.isLetterOrDigit(n.charAt(to - 1))) {
        to--;
      }
    }
    return text.span(from, to);
  }

  /**
   * Aligns the fragment's words with every passage of the text's (a semi-global alignment over
   * words: the passage may start and end anywhere, the fragment is aligned whole) and returns the
   * best passages that do not overlap, in text order; empty when there is nothing to align or the
   * text is too long. A word in common scores 2, a word changed, added or dropped costs 1, so that
   * the passage sharing the most words in order wins over a shorter one with fewer edits; among
   * equal scores, the fewest edits win.
   */
  static List<Alignment> align(List<String> text, List<String> fragment) {
    int n = text.size();
    int m = fragment.size();
    if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
      return List.of();
    }
    int[] prev = new int[n + 1];
    int[] prevEdits = new int[n + 1];
    int[] prevStart = new int[n + 1];
    int[] cur = new int[n + 1];
    int[] curEdits = new int[n + 1];
    int[] curStart = new int[n + 1];
    for (int j = 0; j <= n; j++) {
      prevStart[j] = j;
    }
    for (int i = 1; i <= m; i++) {
      String w = fragment.get(i - 1);
      cur[0] = -i;
      curEdits[0] = i;
      curStart[0] = 0;
      for (int j = 1; j <= n; j++) {
        boolean same = w.equals(text.get(j - 1));
        int diag = prev[j - 1] + (same ? 2 : -1);
        int diagEdits = prevEdits[j - 1] + (same ? 0 : 1);
        int up = prev[j] - 1;
        int upEdits = prevEdits[j] + 1;
        int left = cur[j - 1] - 1;
        int leftEdits = curEdits[j - 1] + 1;
        if (better(diag, diagEdits, up, upEdits) && better(diag, diagEdits, left, leftEdits)) {
          cur[j] = diag;
          curEdits[j] = diagEdits;
          curStart[j] = prevStart[j - 1];
        } else if (better(up, upEdits, left, leftEdits)) {
          cur[j] = up;
          curEdits[j] = upEdits;
          curStart[j] = prevStart[j];
        } else {
          cur[j] = left;
          curEdits[j] = leftEdits;
          curStart[j] = curStart[j - 1];
        }
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
      swap = prevEdits;
      prevEdits = curEdits;
      curEdits = swap;
      swap = prevStart;
      prevStart = curStart;
      curStart = swap;
    }
    int best = 1;
    for (int j = 1; j <= n; j++) {
      if (better(prev[j], prevEdits[j], prev[best], prevEdits[best])) {
        best = j;
      }
    }
    List<Alignment> found = new ArrayList<>();
    for (int j = 1; j <= n; j++) {
      if (prev[j] != prev[best] || prevEdits[j] != prevEdits[best] || prevStart[j] >= j) {
        continue;
      }
      Alignment a = new Alignment(prevStart[j], j, prevEdits[j]);
      Alignment last = found.isEmpty() ? null : found.get(found.size() - 1);
      if (last != null && a.from() < last.to()) {
        // The same place, ending a word later or sooner: keep the one nearest the fragment's length.
        if (Math.abs(a.to() - a.from() - m) < Math.abs(last.to() - last.from() - m)) {
          found.set(found.size() - 1, a);
        }
      } else {
        found.add(a);
      }
    }
    return found;
  }

  /** Whether a score with its edits is at least as good as another: higher, or as high with fewer edits. */
  private static boolean better(int score, int edits, int otherScore, int otherEdits) {
    return score > otherScore || score == otherScore && edits <= otherEdits;
  }

  /** The words of a normalised string: runs between single spaces, with their bounds. */
  static final class Words {
    final int[] starts;
    final int[] ends;

    private Words(int[] starts, int[] ends) {
      this.starts = starts;
      this.ends = ends;
    }

    static Words of(String s) {
      List<int[]> bounds = new ArrayList<>();
      int i = 0;
      while (i < s.length()) {
        while (i < s.length() && s.charAt(i) == ' ') {
          i++;
        }
        int j = i;
        while (j < s.length() && s.charAt(j) != ' ') {
          j++;
        }
        if (j > i) {
          bounds.add(new int[] {i, j});
        }
        i = j;
      }
      int[] starts = new int[bounds.size()];
      int[] ends = new int[bounds.size()];
      for (int k = 0; k < starts.length; k++) {
        starts[k] = bounds.get(k)[0];
        ends[k] = bounds.get(k)[1];
      }
      return new Words(starts, ends);
    }

    /**
     * The words as compared: lower case, letters and digits only ("Gaza," matches "gaza"); a word
     * of punctuation alone is compared as it is.
     */
    List<String> keys(String s) {
      List<String> keys = new ArrayList<>(starts.length);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < starts.length; k++) {
        sb.setLength(0);
        for (int i = starts[k]; i < ends[k]; i++) {
          char c = s.charAt(i);
          if (Character.isLetterOrDigit(c)) {
            sb.append(Character.toLowerCase(c));
          }
        }
        keys.add(sb.length() == 0 ? s.substring(starts[k], ends[k]) : sb.toString());
      }
      return keys;
    }
  }
}
