package org.policyset.core.validation.internal.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whether a quote stands in an archived text, after folding what typesetting changes, and the hint
 * a user gets when it does not: how far the quote matches and where it departs from the text.
 */
class QuoteMatcherTest {

  private static final String TEXT = "We, the peoples of the United Nations, determined to save succeeding\n"
      + "generations from the scourge of war \u2014 which twice in our lifetime has brought untold sorrow"
      + " \u2026 to mankind, and to reaffirm \u201Cfaith in fundamental human rights\u201D.";

  @Test
  void typographicMarksAndWhiteSpaceRunsAreFolded() {
    QuoteMatcher m = new QuoteMatcher(TEXT);

    assertThat(m.contains("succeeding generations")).isTrue();
    assertThat(m.contains("succeeding \t\u00A0 generations")).isTrue();
    assertThat(m.contains("war - which")).isTrue();
    assertThat(m.contains("sorrow ... to mankind")).isTrue();
    assertThat(m.contains("reaffirm \"faith in fundamental human rights\"")).isTrue();
    assertThat(m.contains("We, the peoples of the United States")).isFalse();
    assertThat(QuoteMatcher.normalize("  a\u2018b\u2019 \u2013 c\u2026 ")).isEqualTo("a'b' - c...");
  }

  @Test
  void theHintSaysHowFarTheQuoteMatchesAndWhatTheTextSaysInstead() {
    QuoteMatcher m = new QuoteMatcher(TEXT);

    assertThat(m.nearest("determined to save later generations"))
        .isEqualTo("the quote matches the source up to \"determined to save \"; then the quote has"
            + " \"later generations\" where the source has \"succeeding generations from the scourge \"");
  }

  @Test
  void aMatchOfFewerThanEightCharactersIsNoMatch() {
    QuoteMatcher m = new QuoteMatcher("abcdefgh and more");

    assertThat(m.nearest("abcdefgX")).isNull();
    assertThat(m.nearest("abcdefghX")).isEqualTo(
        "the quote matches the source up to \"abcdefgh\"; then the quote has \"X\" where the source has \" and more\"");
    assertThat(m.nearest("abX")).isNull();
    assertThat(m.nearest("xyz")).isNull();
    // A quote shorter than eight characters needs to match wholly; then it stands in the text.
    assertThat(new QuoteMatcher("abc").nearest("abcd")).isNull();
  }

  @Test
  void longMatchesShowTheirLastFortyCharactersAndTheDepartureUpToForty() {
    String start = "x".repeat(30) + "0123456789ABCDEFGHIJ";   // 50 characters
    QuoteMatcher m = new QuoteMatcher(start + "y".repeat(50));

    assertThat(m.nearest(start + "z".repeat(50))).isEqualTo("the quote matches the source up to \"\u2026"
        + start.substring(10) + "\"; then the quote has \"" + "z".repeat(40)
        + "\" where the source has \"" + "y".repeat(40) + "\"");
    String forty = start.substring(10);
    assertThat(new QuoteMatcher(forty + "y").nearest(forty + "z")).isEqualTo(
        "the quote matches the source up to \"" + forty + "\"; then the quote has \"z\" where the source has \"y\"");
  }
}
