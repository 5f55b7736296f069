package org.policyset.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The paragraph model a maintainer's locators are checked against: paragraph N is line N, items
 * and their headings are named as the dataset names them, quotes are found whatever their white
 * space and marks, and a fragment is found from a few changed words but never guessed between
 * two equal places.
 */
class SourceTextTest {

  /** The shape of the bundled commentary: prose, numbered items with headings, lettered ones. */
  static final String TEXT = """
      Security issues are part of \u201Csolidarity\u201D and \u201Cnon-interference,\u201D as China calls it.
      The principles of solidarity and non-interference lie in:
      1) Addressing Common Challenges:
      Countries face common security challenges such as terrorism and climate change.
      2) Reconciling solidarity and non-interference, through the following mechanisms:
      A) Solidarity in the context of development:
      Solidarity is the support of countries of the South for each other.
      B) Consultation mechanisms:
      Consultation helps to better understand common threats.
      Based on the above analysis, the positions are due to what is happening in Gaza.
      """;

  @Test
  void locatorsNameTheLineAndTheItemAsTheDatasetWritesThem() {
    SourceText t = SourceText.of(TEXT);
    assertThat(t.paragraphs()).isEqualTo(10);
    assertThat(t.locator(1)).isEqualTo("para. 1");
    assertThat(t.locator(2)).isEqualTo("para. 2");
    assertThat(t.locator(3)).isEqualTo("para. 3 (item 1, heading)");
    assertThat(t.locator(4)).isEqualTo("para. 4 (item 1)");
    assertThat(t.locator(5)).isEqualTo("para. 5 (item 2)");
    assertThat(t.locator(6)).isEqualTo("para. 6 (item 2 A, heading)");
    assertThat(t.locator(7)).isEqualTo("para. 7 (item 2 A)");
    assertThat(t.locator(8)).isEqualTo("para. 8 (item 2 B, heading)");
    assertThat(t.locator(9)).isEqualTo("para. 9 (item 2 B)");
    assertThat(t.locator(10)).isEqualTo("para. 10");
  }

  @Test
  void quotesAreFoundWhateverTheirWhiteSpaceAndMarksAndMappedBackVerbatim() {
    SourceText t = SourceText.of(TEXT);
    List<SourceText.Span> at = t.find("part of \"solidarity\"   and \"non-interference,\"", false, 2);
    assertThat(at).hasSize(1);
    assertThat(t.verbatim(at.get(0))).isEqualTo("part of \u201Csolidarity\u201D and \u201Cnon-interference,\u201D");
    assertThat(at.get(0).first()).isEqualTo(1);
    assertThat(t.find("Part of", false, 2)).isEmpty();
    assertThat(t.find("Part of", true, 2)).hasSize(1);
    List<SourceText.Span> across = t.find("as China calls it. The principles", false, 2);
    assertThat(across).hasSize(1);
    assertThat(t.locator(across.get(0))).isEqualTo("paras. 1\u20132");
    assertThat(t.find("common", false, 5)).hasSize(2);
    assertThat(t.find("common", true, 5)).hasSize(3);
    assertThat(SourceText.normalize("  a\u2018b\u2019 \u2013 c\u2026 ")).isEqualTo("a'b' - c...");
  }

  @Test
  void aLocatorNamesThePlaceWhenItsParagraphAndItemAreTheQuotes() {
    SourceText t = SourceText.of(TEXT);
    SourceText.Span span = t.find("each other", false, 2).get(0);
    assertThat(t.mismatch(SourceText.parseLocator("para. 7"), span)).isNull();
    assertThat(t.mismatch(SourceText.parseLocator("para. 7 (item 2 A)"), span)).isNull();
    assertThat(t.mismatch(SourceText.parseLocator("paras. 6\u20138"), span)).isNull();
    assertThat(t.mismatch(SourceText.parseLocator("para. 9"), span))
        .isEqualTo("the quote stands in paragraph 7");
    assertThat(t.mismatch(SourceText.parseLocator("para. 7 (item 2 B)"), span))
        .isEqualTo("paragraph 7 is (item 2 A)");
    assertThat(t.mismatch(SourceText.parseLocator("para. 10 (item 3)"), t.find("Gaza", false, 2).get(0)))
        .isEqualTo("paragraph 10 is not an item");
    assertThat(SourceText.parseLocator("p. 12")).isNull();
    assertThat(SourceText.parseLocator("annex")).isNull();
    assertThat(SourceText.parseLocator("para. 0")).isNull();
    assertThat(SourceText.parseLocator("paras. 5-3")).isNull();
    assertThat(SourceText.parseLocator("para. 99999999999")).isNull();
    assertThat(SourceText.parseLocator(" para.3 ")).isEqualTo(new SourceText.Locator(3, 3, null));
  }

  @Test
  void aFragmentIsFoundExactlyCloselyOrNotAtAllAndNeverGuessed() {
    SourceText t = SourceText.of(TEXT);
    Passages.Result exact = Passages.find(t, "SUPPORT OF COUNTRIES of the sou");
    assertThat(exact.kind()).isEqualTo(Passages.Kind.EXACT);
    assertThat(t.verbatim(exact.places().get(0))).isEqualTo("support of countries of the South");

    Passages.Result close = Passages.find(t, "Countries face shared security challenges such as terrorism");
    assertThat(close.kind()).isEqualTo(Passages.Kind.CLOSE);
    assertThat(close.distance()).isEqualTo(1);
    assertThat(t.verbatim(close.places().get(0)))
        .isEqualTo("Countries face common security challenges such as terrorism");
    assertThat(t.locator(close.places().get(0))).isEqualTo("para. 4 (item 1)");

    Passages.Result twice = Passages.find(t, "solidarity and non-interference");
    assertThat(twice.kind()).isEqualTo(Passages.Kind.AMBIGUOUS);
    assertThat(twice.places()).extracting(SourceText.Span::first).containsExactly(2, 5);

    Passages.Result far = Passages.find(t, "China has always demanded an immediate ceasefire in Gaza");
    assertThat(far.kind()).isEqualTo(Passages.Kind.NOT_FOUND);
  }

  @Test
  void theClosestPassageOfAFailedQuoteIsTheOneSharingMostWordsInOrder() {
    SourceText t = SourceText.of(TEXT);
    SourceText.Span s = Passages.closest(t, "Consultation helps to understand the common threats.");
    assertThat(s).isNotNull();
    assertThat(t.verbatim(s)).isEqualTo("Consultation helps to better understand common threats.");
    assertThat(Passages.closest(t, "Nothing of this stands anywhere at all")).isNull();
  }

  /** A long text of random words, each paragraph 40 words. */
  private static String randomText(int paragraphs, java.util.Random random) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      for (int k = 0; k < 40; k++) {
        sb.append(k == 0 ? "" : " ").append((char) ('a' + random.nextInt(6)))
            .append((char) ('a' + random.nextInt(6))).append((char) ('a' + random.nextInt(26)));
      }
      sb.append(".\n");
    }
    return sb.toString();
  }

  @Test
  void anIndexedTextFindsWhatAScanFinds() {
    java.util.Random random = new java.util.Random(7);
    String text = randomText(300, random);
    SourceText t = SourceText.of(text);
    String normalized = SourceText.normalize(text);
    for (int i = 0; i < 400; i++) {
      // Short passages of few letters stand many times; some are cut mid-word, some are absent.
      int from = random.nextInt(normalized.length() - 20);
      String q = i % 7 == 0 ? "zz" + normalized.substring(from, from + 9)
          : normalized.substring(from, from + 5 + random.nextInt(12)).strip();
      List<Integer> scanned = new java.util.ArrayList<>();
      for (int at = normalized.indexOf(q); at >= 0 && scanned.size() < 3; at = normalized.indexOf(q, at + 1)) {
        scanned.add(at);
      }
      assertThat(t.find(q, false, 3)).as(q).extracting(SourceText.Span::start).containsExactlyElementsOf(scanned);
    }
  }

  @Test
  void theClosestPassageOfALongTextIsFoundAroundItsWords() {
    java.util.Random random = new java.util.Random(11);
    String text = randomText(2_000, random);
    SourceText t = SourceText.of(text);
    String line = t.paragraph(1234);
    String[] words = line.split(" ");
    String[] quote = java.util.Arrays.copyOfRange(words, 10, 22);
    quote[5] = "xyzzy";
    SourceText.Span s = Passages.closest(t, String.join(" ", quote));
    assertThat(s).isNotNull();
    assertThat(s.first()).isEqualTo(1234);
    assertThat(t.verbatim(s)).isEqualTo(String.join(" ", java.util.Arrays.copyOfRange(words, 10, 22)));
  }
}
