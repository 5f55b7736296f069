package org.policyset.core.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level difference of two long values, shown as {@code git diff --word-diff} does: the
 * removed words as {@code [-…-]}, the added as <code>{+…+}</code>, with a few unchanged words of
 * context on each side of every change and {@code …} where unchanged words are left out. Words are
 * runs of characters between white space; the white space is kept as it is. Used by {@code diff}
 * for long values and by the provenance layer for a quote against the closest passage of its source.
 */
public final class WordDiff {
  private WordDiff() {}

  /** Unchanged words shown on each side of a change. */
  public static final int CONTEXT = 6;

  /** Above this many cells, the middle of two values is shown as one replacement, not aligned. */
  private static final long MAX_CELLS = 4_000_000;

  /** One run of the difference: {@code '='} unchanged, {@code '-'} removed, {@code '+'} added. */
  public record Run(char kind, List<String> tokens) {
    /** Whether the run is only white space. */
    public boolean blank() {
      return tokens.stream().allMatch(WordDiff::isSpace);
    }
  }

  private static boolean isSpace(String token) {
    return Character.isWhitespace(token.charAt(0));
  }

  /**
   * What a word kept unchanged counts for, white space counting 1: more than all the white space
   * of a middle, so that the fewest words are marked changed (white space matched instead of a word
   * would show a kept word as removed and added again). The shorter side of a middle aligned has at
   * most 2,000 tokens (n * m is at most MAX_CELLS), so the sums stay below 2,000 * (2^16 + 1).
   */
  private static final int WORD = 1 << 16;

  private static int weight(String token) {
    return isSpace(token) ? 1 : WORD;
  }

  public static List<String> tokens(String s) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      boolean space = Character.isWhitespace(s.charAt(i));
      int j = i;
      while (j < s.length() && Character.isWhitespace(s.charAt(j)) == space) {
        j++;
      }
      tokens.add(s.substring(i, j));
      i = j;
    }
    return tokens;
  }

  /** Returns the runs that turn {@code a} into {@code b}, word by word. */
  public static List<Run> diff(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    int start = 0;
    while (start < x.size() && start < y.size() && x.get(start).equals(y.get(start))) {
      start++;
    }
    int endX = x.size();
    int endY = y.size();
    while (endX > start && endY > start && x.get(endX - 1).equals(y.get(endY - 1))) {
      endX--;
      endY--;
    }
    List<Run> runs = new ArrayList<>();
    add(runs, '=', x.subList(0, start));
    int n = endX - start;
    int m = endY - start;
    if ((long) n * m > MAX_CELLS) {
      add(runs, '-', x.subList(start, endX));
      add(runs, '+', y.subList(start, endY));
    } else {
      // Heaviest common subsequence of the middles (words first, then white space), then walked
      // from the front.
      int[][] lcs = new int[n + 1][m + 1];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          lcs[i][j] = x.get(start + i).equals(y.get(start + j))
              ? lcs[i + 1][j + 1] + weight(x.get(start + i))
              : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      int i = 0;
      int j = 0;
      while (i < n || j < m) {
        if (i < n && j < m && x.get(start + i).equals(y.get(start + j))) {
          add(runs, '=', List.of(x.get(start + i)));
          i++;
          j++;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
          add(runs, '-', List.of(x.get(start + i)));
          i++;
        } else {
          add(runs, '+', List.of(y.get(start + j)));
          j++;
        }
      }
    }
    add(runs, '=', x.subList(endX, x.size()));
    return absorbSpaces(runs);
  }

  private static void add(List<Run> runs, char kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
      List<String> joined = new ArrayList<>(runs.get(runs.size() - 1).tokens());
      joined.addAll(tokens);
      runs.set(runs.size() - 1, new Run(kind, joined));
    } else {
      runs.add(new Run(kind, new ArrayList<>(tokens)));
    }
  }

  /**
   * Shows each change as one removal then one addition: the removed and added words between two
   * unchanged words are gathered, and unchanged white space that stands alone between two changes
   * joins both, so that {@code [-a b-]{+c d+}} reads as one replacement rather than four pieces;
   * white space that both sides begin or end with stays outside.
   */
  private static List<Run> absorbSpaces(List<Run> runs) {
    List<Run> out = new ArrayList<>();
    List<String> minus = new ArrayList<>();
    List<String> plus = new ArrayList<>();
    for (Run r : runs) {
      if (r.kind() == '-') {
        minus.addAll(r.tokens());
      } else if (r.kind() == '+') {
        plus.addAll(r.tokens());
      } else if ((!minus.isEmpty() || !plus.isEmpty()) && r.blank()) {
        minus.addAll(r.tokens());
        plus.addAll(r.tokens());
      } else {
        flush(out, minus, plus);
        add(out, '=', r.tokens());
      }
    }
    flush(out, minus, plus);
    return out;
  }

  /**
   * Emits a gathered change: its removals, its additions, and the white space both end with as
   * unchanged after them. (Nothing is needed for white space both begin with: the walk keeps equal
   * tokens unchanged, and white space is taken in only after a change.)
   */
  private static void flush(List<Run> out, List<String> minus, List<String> plus) {
    List<String> trail = new ArrayList<>();
    while (!minus.isEmpty() && !plus.isEmpty() && minus.get(minus.size() - 1).equals(plus.get(plus.size() - 1))
        && isSpace(minus.get(minus.size() - 1))) {
      trail.add(0, minus.remove(minus.size() - 1));
      plus.remove(plus.size() - 1);
    }
    add(out, '-', minus);
    add(out, '+', plus);
    add(out, '=', trail);
    minus.clear();
    plus.clear();
  }

  /** Returns the difference on one line: {@code [-removed-]{+added+}} with context. */
  public static String inline(List<Run> runs) {
    return render(runs, true, true);
  }

  /** Returns one side: the context with the removed words marked, or with the added ones. */
  public static String side(List<Run> runs, boolean before) {
    return render(runs, before, !before);
  }

  private static String render(List<Run> runs, boolean removed, boolean added) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < runs.size(); k++) {
      Run r = runs.get(k);
      switch (r.kind()) {
        case '-' -> {
          if (removed) {
            sb.append("[-").append(String.join("", r.tokens())).append("-]");
          }
        }
        case '+' -> {
          if (added) {
            sb.append("{+").append(String.join("", r.tokens())).append("+}");
          }
        }
        default -> sb.append(context(r.tokens(), k == 0, k == runs.size() - 1));
      }
    }
    return sb.toString();
  }

  /** Keeps {@link #CONTEXT} words next to each change; the words between are left out as {@code …}. */
  private static String context(List<String> tokens, boolean first, boolean last) {
    List<Integer> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!isSpace(tokens.get(i))) {
        words.add(i);
      }
    }
    int keepHead = first ? 0 : CONTEXT;
    int keepTail = last ? 0 : CONTEXT;
    if (words.size() <= keepHead + keepTail + 1 || first && last) {
      return String.join("", tokens);
    }
    StringBuilder sb = new StringBuilder();
    if (keepHead > 0) {
      sb.append(String.join("", tokens.subList(0, words.get(keepHead - 1) + 1)));
      sb.append(' ');
    }
    sb.append('…');
    if (keepTail > 0) {
      sb.append(' ');
      sb.append(String.join("", tokens.subList(words.get(words.size() - keepTail), tokens.size())));
    }
    return sb.toString();
  }
}
