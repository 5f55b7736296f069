package org.policyset.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The changed words of a long value, as a reader of {@code policyset diff} sees them: both values
 * can be read back from the difference, the fewest words are marked changed, white space is kept
 * as it was and stays outside a change where both sides share it, six unchanged words stand on
 * each side of a change, and a value of thousands of words still shows just what changed.
 */
class WordDiffTest {

  private static String inline(String before, String after) {
    return WordDiff.inline(WordDiff.diff(before, after));
  }

  private static String words(String prefix, int from, int to) {
    StringJoiner j = new StringJoiner(" ");
    for (int i = from; i <= to; i++) {
      j.add(prefix + i);
    }
    return j.toString();
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "a c|b d a|{+b d +}a[- c-]",
      "A Z P|R A Z Q|{+R +}A Z [-P-]{+Q+}",
      "A B|B A|[-A -]B{+ A+}",
      "x a y|x b y|x [-a-]{+b+} y",
      "a b|c d|[-a b-]{+c d+}",
      " a| b| [-a-]{+b+}",
      "a |b |[-a-]{+b+} ",
      "a\tb  c|a\tx  c|a\t[-b-]{+x+}  c",
      "a b c d|a b c|a b c[- d-]",
      "a b c|a b c d|a b c{+ d+}",
      "b c d|a b c d|{+a +}b c d",
      "a b c d|b c d|[-a -]b c d",
      "same words|same words|same words"})
  void eachChangeIsShownOnceWithTheWordsAroundIt(String before, String after, String shown) {
    assertThat(inline(before.replace("\\t", "\t"), after.replace("\\t", "\t")))
        .isEqualTo(shown.replace("\\t", "\t"));
  }

  @Test
  void eachSideShowsItsOwnChangesOnly() {
    List<WordDiff.Run> runs = WordDiff.diff("x a y", "x b y");

    assertThat(WordDiff.side(runs, true)).isEqualTo("x [-a-] y");
    assertThat(WordDiff.side(runs, false)).isEqualTo("x {+b+} y");
    assertThat(WordDiff.inline(WordDiff.diff("", "a b"))).isEqualTo("{+a b+}");
    assertThat(WordDiff.inline(WordDiff.diff("a b", ""))).isEqualTo("[-a b-]");
  }

  @Test
  void sixUnchangedWordsStandOnEachSideOfAChangeAndTheRestIsLeftOut() {
    String thirteen = words("m", 1, 13);
    String fourteen = words("m", 1, 14);

    assertThat(inline("X " + thirteen + " Y", "Q " + thirteen + " R"))
        .isEqualTo("[-X-]{+Q+} " + thirteen + " [-Y-]{+R+}");
    assertThat(inline("X " + fourteen + " Y", "Q " + fourteen + " R"))
        .isEqualTo("[-X-]{+Q+} m1 m2 m3 m4 m5 m6 … m9 m10 m11 m12 m13 m14 [-Y-]{+R+}");
    assertThat(inline(words("f", 1, 7) + " X", words("f", 1, 7) + " Y"))
        .isEqualTo(words("f", 1, 7) + " [-X-]{+Y+}");
    assertThat(inline(words("f", 1, 8) + " X", words("f", 1, 8) + " Y"))
        .isEqualTo("… " + words("f", 3, 8) + " [-X-]{+Y+}");
    assertThat(inline("X " + words("l", 1, 7), "Y " + words("l", 1, 7)))
        .isEqualTo("[-X-]{+Y+} " + words("l", 1, 7));
    assertThat(inline("X " + words("l", 1, 8), "Y " + words("l", 1, 8)))
        .isEqualTo("[-X-]{+Y+} " + words("l", 1, 6) + " …");
  }

  @Test
  void oneChangedWordInThousandsIsShownAsThatWord() {
    String before = words("w", 1, 3000);
    String after = before.replace(" w1500 ", " changed ");

    assertThat(inline(before, after)).isEqualTo("… " + words("w", 1494, 1499) + " [-w1500-]{+changed+} "
        + words("w", 1501, 1506) + " …");
  }

  @Test
  void middlesOfUpToFourMillionPairsOfTokensAreAlignedAndLongerOnesReplacedWhole() {
    // 2000 tokens on each side (a leading space that differs, then 1000 words apart by spaces),
    // with one word in common: aligned, the common word is kept. One word more on one side and
    // the middle is past the bound: shown as one replacement, so that time and memory stay bounded.
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      a.add(i == 500 ? "common" : "a" + i);
      b.add(i == 700 ? "common" : "b" + i);
    }
    String before = " " + String.join(" ", a);
    String within = "  " + String.join(" ", b);
    String past = within + " b1000";

    assertThat(WordDiff.diff(before, within)).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo('=');
      assertThat(r.tokens()).contains("common");
    });
    assertThat(WordDiff.diff(before, past)).extracting(WordDiff.Run::kind).containsExactly('-', '+');
  }

  @Test
  void bothValuesCanBeReadBackAndTheFewestWordsAreMarkedChanged() {
    Random random = new Random(20);
    String[] vocabulary = {"peace", "war", "talks", "the", "a"};
    String[] spaces = {" ", " ", " ", "  ", "\t", "\n"};
    for (int round = 0; round < 3000; round++) {
      String before = text(random, vocabulary, spaces);
      String after = text(random, vocabulary, spaces);

      List<WordDiff.Run> runs = WordDiff.diff(before, after);

      StringBuilder readBefore = new StringBuilder();
      StringBuilder readAfter = new StringBuilder();
      int kept = 0;
      for (WordDiff.Run r : runs) {
        for (String t : r.tokens()) {
          readBefore.append(r.kind() == '+' ? "" : t);
          readAfter.append(r.kind() == '-' ? "" : t);
          kept += r.kind() == '=' && !Character.isWhitespace(t.charAt(0)) ? 1 : 0;
        }
      }
      assertThat(readBefore.toString()).as("before, from %s", runs).isEqualTo(before);
      assertThat(readAfter.toString()).as("after, from %s", runs).isEqualTo(after);
      assertThat(kept).as("words kept in [%s] -> [%s]: %s", before, after, runs)
          .isEqualTo(longestCommon(wordsOf(before), wordsOf(after)));
      for (int k = 1; k < runs.size(); k++) {
        assertThat(runs.get(k).kind()).as("runs of one kind are joined").isNotEqualTo(runs.get(k - 1).kind());
      }
    }
  }

  private static String text(Random random, String[] vocabulary, String[] spaces) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(4) == 0) {
      sb.append(spaces[random.nextInt(spaces.length)]);
    }
    int n = random.nextInt(10);
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? spaces[random.nextInt(spaces.length)] : "").append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    if (random.nextInt(4) == 0) {
      sb.append(spaces[random.nextInt(spaces.length)]);
    }
    return sb.toString();
  }

  private static List<String> wordsOf(String s) {
    return List.of(s.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
  }

  /** The length of the longest common subsequence of two lists of words, by the textbook table. */
  private static int longestCommon(List<String> x, List<String> y) {
    int[][] d = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        d[i][j] = x.get(i).equals(y.get(j)) ? d[i + 1][j + 1] + 1 : Math.max(d[i + 1][j], d[i][j + 1]);
      }
    }
    return d[0][0];
  }
}
