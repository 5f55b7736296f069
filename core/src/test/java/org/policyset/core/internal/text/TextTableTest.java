package org.policyset.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void fitsTheWidthNarrowingTheWidestColumnsAndKeepingTheFirst() {
    List<String> lines = TextTable.render(List.of("id", "statement", "n"),
        List.of(List.of("a-long-identifier", "x".repeat(80), "1"), List.of("b", "short", "22")), 40);
    assertThat(lines).allMatch(l -> l.codePointCount(0, l.length()) <= 40);
    assertThat(lines.get(2)).startsWith("a-long-identifier  xxx").contains("…");
    assertThat(lines).noneMatch(l -> l.endsWith(" "));
  }

  @Test
  void cutsByCodePointsAndFlattensLineBreaks() {
    assertThat(TextTable.truncate("ünïcödé ✓ text", 8)).isEqualTo("ünïcödé…");
    assertThat(TextTable.truncate("abc", 3)).isEqualTo("abc");
    List<String> lines = TextTable.render(List.of("a"), List.of(List.of("one\ntwo")), 100);
    assertThat(lines.get(2)).isEqualTo("one two");
  }

  @Test
  void csvQuotesOnlyWhatNeedsIt() {
    StringWriter out = new StringWriter();
    Csv.writeRow(out, Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null, 3, " spaced "));
    assertThat(out.toString())
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,3, spaced \r\n");
  }
}
