package org.policyset.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unified diff of two texts, line by line, as {@code diff -u} and {@code git diff} write it and
 * {@code git apply} and {@code patch -p1} read it: {@code --- a/NAME} and {@code +++ b/NAME}, then
 * hunks with three lines of context, and {@code \ No newline at end of file} after a last line
 * without a line feed.
 *
 * <pre>{@code
 * String patch = UnifiedDiff.of("stances.json", "{\"topics\": []}", "{}\n");
 * // --- a/stances.json, +++ b/stances.json, @@ -1,1 +1,1 @@, -{"topics": []}, \ No newline …, +{}
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnifiedDiff {
  private UnifiedDiff() {}

  /** Lines of unchanged context around each change. */
  static final int CONTEXT = 3;

  /** Above this many cells, the changed middles of two texts are one replacement, not aligned. */
  private static final long MAX_CELLS = 4_000_000;

  /**
   * Returns the unified diff from {@code before} to {@code after}, both named {@code name} (the
   * headers are {@code a/NAME} and {@code b/NAME}); empty if the texts are equal.
   *
   * @param name the file's name, as given on the command line
   * @param before the old text
   * @param after the new text
   * @return the diff, each line ending with a line feed, or the empty string
   */
  public static String of(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<int[]> ops = script(a, b);
    StringBuilder sb = new StringBuilder();
    sb.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
    int k = 0;
    while (k < ops.size()) {
      if (ops.get(k)[0] == '=') {
        k++;
        continue;
      }
      int start = Math.max(0, k - CONTEXT);
      // Extend over changes whose gap of unchanged lines is at most twice the context.
      int end = k;
      int last = k;
      while (end < ops.size()) {
        if (ops.get(end)[0] != '=') {
          last = end;
        } else if (end - last > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(ops.size(), last + CONTEXT + 1);
      hunk(sb, a, b, ops.subList(start, end));
      k = end;
    }
    return sb.toString();
  }

  private static void hunk(StringBuilder sb, List<String> a, List<String> b, List<int[]> ops) {
    int oldCount = 0;
    int newCount = 0;
    for (int[] op : ops) {
      oldCount += op[0] != '+' ? 1 : 0;
      newCount += op[0] != '-' ? 1 : 0;
    }
    int[] first = ops.get(0);
    // Each op holds the index of its line, or of the next line of that side for a line it lacks.
    int oldStart = oldCount == 0 ? first[1] : first[1] + 1;
    int newStart = newCount == 0 ? first[2] : first[2] + 1;
    sb.append("@@ -").append(oldStart).append(',').append(oldCount).append(" +").append(newStart)
        .append(',').append(newCount).append(" @@\n");
    for (int[] op : ops) {
      String line = op[0] == '+' ? b.get(op[2]) : a.get(op[1]);
      sb.append((char) (op[0] == '=' ? ' ' : op[0]));
      if (line.endsWith("\n")) {
        sb.append(line);
      } else {
        sb.append(line).append("\n\\ No newline at end of file\n");
      }
    }
  }

  /** The lines of a text, each with its line feed (the last may lack one). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? text.length() : end + 1;
      lines.add(text.substring(start, next));
      start = next;
    }
    return lines;
  }

  /**
   * The edit script: {@code {kind, oldIndex, newIndex}}, kind {@code '='}, {@code '-'} or
   * {@code '+'}; a line's own index on its side, the index of the side's next line on the other.
   */
  static List<int[]> script(List<String> a, List<String> b) {
    Map<String, Integer> ids = new HashMap<>();
    int[] x = a.stream().mapToInt(s -> ids.computeIfAbsent(s, t -> ids.size())).toArray();
    int[] y = b.stream().mapToInt(s -> ids.computeIfAbsent(s, t -> ids.size())).toArray();
    int start = 0;
    while (start < x.length && start < y.length && x[start] == y[start]) {
      start++;
    }
    int endX = x.length;
    int endY = y.length;
    while (endX > start && endY > start && x[endX - 1] == y[endY - 1]) {
      endX--;
      endY--;
    }
    List<int[]> ops = new ArrayList<>();
    for (int i = 0; i < start; i++) {
      ops.add(new int[] {'=', i, i});
    }
    int n = endX - start;
    int m = endY - start;
    if ((long) n * m > MAX_CELLS) {
      for (int i = start; i < endX; i++) {
        ops.add(new int[] {'-', i, start});
      }
      for (int j = start; j < endY; j++) {
        ops.add(new int[] {'+', endX, j});
      }
    } else {
      int[][] lcs = new int[n + 1][m + 1];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          lcs[i][j] = x[start + i] == y[start + j] ? lcs[i + 1][j + 1] + 1
              : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      int i = 0;
      int j = 0;
      while (i < n || j < m) {
        if (i < n && j < m && x[start + i] == y[start + j]) {
          ops.add(new int[] {'=', start + i++, start + j++});
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
          ops.add(new int[] {'-', start + i++, start + j});
        } else {
          ops.add(new int[] {'+', start + i, start + j++});
        }
      }
    }
    for (int i = endX, j = endY; i < x.length; i++, j++) {
      ops.add(new int[] {'=', i, j});
    }
    return ops;
  }
}
