package org.policyset.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Source;
import org.policyset.core.model.SourceKind;
import org.policyset.core.model.Stance;

class TextDiffTest {

  @Test
  void paragraphsAreLinesNumberedFromOneBlankLinesCounted() {
    assertThat(TextDiff.lines("a\r\n\nb\n")).containsExactly("a", "", "b");
    assertThat(TextDiff.lines("a")).containsExactly("a");
    assertThat(TextDiff.lines("")).isEmpty();
  }

  @Test
  void alignsByCommonLinesAndPairsChangedOnes() {
    List<ParagraphChange> p = TextDiff.paragraphs(List.of("a", "b", "c", "d"), List.of("a", "new", "b", "C", "d"));
    assertThat(p).containsExactly(new ParagraphChange(0, 2, null, "new"), new ParagraphChange(3, 4, "c", "C"));
    assertThat(TextDiff.paragraphs(List.of("a", "b"), List.of("a"))).containsExactly(new ParagraphChange(2, 0, "b", null));
  }

  private static Dataset dataset(String quote) {
    Source s = Source.builder().id("src").title("Src").kind(SourceKind.NEWS).text("texts/t.txt").build();
    Stance st = Stance.builder().id("s1").holders(List.of("cn")).topic("t").position(org.policyset.core.model.Position.SUPPORTS).statement("S.").date(org.policyset.core.model.PartialDate.parse("2025"))
        .sources(List.of(new Citation("src", quote, "para. 2"))).build();
    return Dataset.of(null, List.of(s, st));
  }

  private static Map<String, byte[]> text(String t) {
    return Map.of("src", t.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCitationIsBrokenOnlyWhenItsQuoteStoodInTheOldTextAndNotInTheNew() {
    Dataset d = dataset("the “ceasefire” must hold");
    DatasetDiff diff = DatasetDiff.between(d, text("Title\nthe \"ceasefire\" must hold.\n"), d,
        text("Title\nthe truce must hold.\n"));
    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.texts()).containsExactly(new TextChange("src", "texts/t.txt", TextChange.Kind.CHANGED,
        List.of(new ParagraphChange(2, 2, "the \"ceasefire\" must hold.", "the truce must hold."))));
    assertThat(diff.brokenCitations()).containsExactly(
        new BrokenCitation("stance:s1", "src", "the “ceasefire” must hold", "para. 2"));

    // Already broken before: the text change did not break it.
    Dataset wrong = dataset("words that never stood");
    assertThat(DatasetDiff.between(wrong, text("a\n"), wrong, text("b\n")).brokenCitations()).isEmpty();
    // Same text: no difference at all.
    assertThat(DatasetDiff.between(d, text("x\n"), d, text("x\n")).isEmpty()).isTrue();
  }
}
