package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.Severity;

/**
 * What a maintainer sees when a quote's place in its source goes wrong: a quote moved to another
 * paragraph (PS408), a quote that stands twice (PS409), a quote retyped wrongly (PS402 with the
 * closest passage, its locator and the words that differ), and locators of other schemes left
 * alone.
 */
class QuoteLocatorTest {

  static final String TEXT = """
      Security issues are beginning to be a part of South-South cooperation under Chinese support.
      Especially there should be a line drawn between \u201Csolidarity\u201D and \u201Cnon-interference,\u201D as China calls it.
      Throughout the years of war on the Gaza Strip, China has been insisting on the need for a ceasefire.
      4) China and the Global South agreed on the following:
      A) Rejecting displacement:
      They rejected the displacement of Palestinians from the Gaza Strip.
      """;

  @TempDir
  Path dir;

  private List<Finding> validate(String text, String quote, String locator) throws IOException {
    Files.writeString(dir.resolve("seed.txt"), text);
    Files.writeString(dir.resolve("manifest.json"), """
        {"manifest": {"id": "example", "title": "Example", "version": "1.0.0",
                      "license": "CC-BY-4.0", "schemaVersion": "1"}}""");
    Files.writeString(dir.resolve("data.json"), """
        {
          "sources": [{"id": "seed", "title": "South-South security cooperation", "kind": "commentary",
                       "text": "seed.txt"}],
          "events": [{"id": "global-south-day-2025", "title": "Global South Day 2025", "date": "2025-09-12",
                      "type": "observance",
                      "sources": [{"source": "seed", "quote": %s, "locator": %s}]}]
        }""".formatted(json(quote), json(locator)));
    return DatasetValidator.create().validate(List.of(dir)).findings();
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void aQuoteWhereItsLocatorSaysPasses() throws IOException {
    assertThat(validate(TEXT, "China has been insisting on the need for a ceasefire.", "para. 3")).isEmpty();
    assertThat(validate(TEXT, "rejected the displacement", "para. 6 (item 4 A)")).isEmpty();
    assertThat(validate(TEXT, "Rejecting displacement", "para. 5 (item 4 A, heading)")).isEmpty();
    assertThat(validate(TEXT, "as China calls it. Throughout the years", "para. 2")).isEmpty();
  }

  @Test
  void aMovedQuoteIsAWarningAtItsLocatorSayingWhereItStands() throws IOException {
    // The text gained a line above the quote: its locator still names the old paragraph.
    List<Finding> f = validate("A new first line.\n" + TEXT,
        "China has been insisting on the need for a ceasefire.", "para. 3");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo(Rule.LOCATOR_MISMATCH);
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.message()).isEqualTo("locator 'para. 3' does not name where the quote stands in "
          + "source 'seed': the quote stands in paragraph 4");
      assertThat(x.hint()).isEqualTo("write \"locator\": \"para. 4\"");
      assertThat(x.pointer()).isEqualTo("/events/0/sources/0/locator");
      assertThat(x.location().line()).isEqualTo(6);
    });
  }

  @Test
  void aWrongItemIsAWarningNamingTheParagraphsItem() throws IOException {
    List<Finding> f = validate(TEXT, "rejected the displacement", "para. 6 (item 4 B)");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo(Rule.LOCATOR_MISMATCH);
      assertThat(x.message()).endsWith(": paragraph 6 is (item 4 A)");
      assertThat(x.hint()).isEqualTo("write \"locator\": \"para. 6 (item 4 A)\"");
    });
  }

  @Test
  void aQuoteStandingTwiceIsAWarningNamingBothPlaces() throws IOException {
    List<Finding> f = validate(TEXT, "the Gaza Strip", "para. 3");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo(Rule.AMBIGUOUS_QUOTE);
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.message()).isEqualTo("quote stands more than once in the text of source 'seed': "
          + "in para. 3 and para. 6 (item 4 A)");
    });
    // The locator may name either place; naming neither is a mismatch as well.
    assertThat(validate(TEXT, "the Gaza Strip", "para. 6")).extracting(Finding::rule)
        .containsExactly(Rule.AMBIGUOUS_QUOTE);
    assertThat(validate(TEXT, "the Gaza Strip", "para. 1")).extracting(Finding::rule)
        .containsExactly(Rule.AMBIGUOUS_QUOTE, Rule.LOCATOR_MISMATCH);
  }

  @Test
  void locatorsOfOtherSchemesAreNotChecked() throws IOException {
    for (String locator : List.of("p. 12", "annex", "op. 2", "para. three", "para. 0")) {
      assertThat(validate(TEXT, "China has been insisting on the need for a ceasefire.", locator))
          .as(locator).isEmpty();
    }
  }

  @Test
  void aFailedQuoteShowsTheClosestPassageItsLocatorAndTheWordsThatDiffer() throws IOException {
    List<Finding> f = validate(TEXT, "China has always been insisting on a ceasefire.", "para. 3");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo(Rule.QUOTE_NOT_FOUND);
      assertThat(x.hint()).isEqualTo("the closest passage, para. 3, reads \"China has been insisting "
          + "on the need for a ceasefire.\"; quote against it, word by word: China has [-always -]"
          + "been insisting on{+ the need for+} a ceasefire.");
    });
    assertThat(validate(TEXT, "Nothing like this was ever written by anyone.", "para. 3"))
        .singleElement().extracting(Finding::hint).asString()
        .startsWith("no passage of the source shares even half of the quote's words");
  }

  @Test
  void aLongClosestPassageIsShownByItsEnds() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      line.append(i == 0 ? "" : " ").append("word").append(i);
    }
    String quote = line.toString().replace("word30", "changed");
    List<Finding> f = validate(line + "\n", quote, "para. 1");
    assertThat(f).singleElement().extracting(Finding::hint).asString()
        .startsWith("the closest passage, para. 1, reads \"word0 word1 ")
        .contains(" \u2026 ")
        .contains("word59\"; quote against it, word by word: ")
        .contains("[-changed-]{+word30+}");
  }
}
