package org.policyset.core.internal.text;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** "Did you mean" suggestions by edit distance. */
public final class Hints {
  private Hints() {}

  /**
   * Returns the candidate closest to {@code word}, or null when none is close enough to be a likely
   * misspelling (at most a third of the word's length edited, and at least one edit allowed).
   */
  public static @Nullable String closest(String word, Collection<String> candidates) {
    if (word == null) {
      return null;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    int budget = Math.max(2, lower.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c == null || Math.abs(c.length() - lower.length()) > budget) {
        continue;
      }
      int d = distance(lower, c.toLowerCase(Locale.ROOT), budget);
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        bestDistance = d;
        best = c;
      }
    }
    return bestDistance <= budget ? best : null;
  }

  /** Returns "did you mean 'x'?" or null. */
  public static @Nullable String didYouMean(String word, Collection<String> candidates) {
    String c = closest(word, candidates);
    return c == null || c.equals(word) ? null : "did you mean '" + c + "'?";
  }

  /** Optimal string alignment distance, stopping early above {@code limit}. */
  public static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
