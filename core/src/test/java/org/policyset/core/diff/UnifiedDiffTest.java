package org.policyset.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.of("f", "a\nb\n", "a\nb\n")).isEmpty();
  }

  @Test
  void hunksKeepThreeLinesOfContextAndSeparateFarChanges() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
    String after = "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\nTWELVE\n";
    assertThat(UnifiedDiff.of("f.json", before, after)).isEqualTo("""
        --- a/f.json
        +++ b/f.json
        @@ -1,5 +1,5 @@
         1
        -2
        +TWO
         3
         4
         5
        @@ -9,4 +9,4 @@
         9
         10
         11
        -12
        +TWELVE
        """);
  }

  @Test
  void anInsertionAtTheStartAndAMissingFinalLineFeed() {
    assertThat(UnifiedDiff.of("f", "a", "new\na\n")).isEqualTo("""
        --- a/f
        +++ b/f
        @@ -1,1 +1,2 @@
        -a
        \\ No newline at end of file
        +new
        +a
        """);
    assertThat(UnifiedDiff.of("f", "", "x\n")).isEqualTo("--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n");
  }
}
