package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.SourceTextProvider;

/**
 * A source with a shape error elsewhere than in its {@code text} field (a bad {@code published}
 * date, a padded title, an unknown key) keeps the quote checks of the records citing it; when the
 * {@code text} field itself is wrong, a finding names the citations left unchecked. Before, any
 * shape error of a source switched its quote checks off without a word.
 */
class ShapeErrorKeepsQuoteChecksTest {

  static final String TEXT = "China has always supported a ceasefire in Gaza.\n";
  static final String WRONG_QUOTE = "China has always opposed a ceasefire in Gaza.";

  @TempDir
  Path dir;

  static String dataset(String sourceFields, String quote) {
    return """
        {
          "actors": [{"id": "cn", "name": "China", "kind": "state"}],
          "topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}],
          "stances": [
            {
              "id": "cn-gaza-ceasefire",
              "holders": ["cn"],
              "topic": "gaza-ceasefire",
              "position": "calls-for",
              "statement": "China calls for a ceasefire in Gaza.",
              "date": "2023",
              "sources": [{"source": "seed", "quote": "%s", "locator": "para. 1"}]
            }
          ],
          "sources": [
            {
              "id": "seed",
              "title": "Commentary",
              "kind": "commentary",
              %s
            }
          ]
        }
        """.formatted(quote, sourceFields);
  }

  private ValidationReport onFiles(String json) throws IOException {
    Files.writeString(dir.resolve("data.json"), json);
    Files.createDirectories(dir.resolve("texts"));
    Files.writeString(dir.resolve("texts/seed.txt"), TEXT);
    return DatasetValidator.create().validate(List.of(dir.resolve("data.json")));
  }

  private static ValidationReport inMemory(String json) {
    return DatasetValidator.create().validate("data.json", json.getBytes(StandardCharsets.UTF_8),
        InputFormat.JSON, SourceTextProvider.of(Map.of("texts/seed.txt",
            TEXT.getBytes(StandardCharsets.UTF_8))));
  }

  /** A source with a shape error that is not in its text field, and the rule it breaks. */
  @ParameterizedTest
  @ValueSource(strings = {
      "\"published\": \"2025/09\", \"text\": \"texts/seed.txt\"|PS207",
      "\"published\": \"2025-13\", \"text\": \"texts/seed.txt\"|PS207",
      "\"kind\": \"blog\", \"text\": \"texts/seed.txt\"|PS208",
      "\"publisher\": \" padded \", \"text\": \"texts/seed.txt\"|PS209",
      "\"url\": \"ftp://example.org\", \"text\": \"texts/seed.txt\"|PS209",
      "\"publishd\": \"2025\", \"text\": \"texts/seed.txt\"|PS203"})
  void aWrongQuoteOfASourceWithAShapeErrorIsStillReported(String sourceAndRule) throws IOException {
    String[] parts = sourceAndRule.split("\\|");
    String fields = parts[0];
    String json = dataset(fields, WRONG_QUOTE);
    if (fields.contains("\"kind\"")) {
      json = json.replace("\"kind\": \"commentary\",\n", "");
    }
    for (ValidationReport report : List.of(onFiles(json), inMemory(json))) {
      assertThat(report.findings()).extracting(f -> f.rule().code())
          .as("%s", report.findings())
          .containsExactlyInAnyOrder(parts[1], "PS402");
      Finding quote = report.findings().stream().filter(f -> f.rule() == Rule.QUOTE_NOT_FOUND)
          .findFirst().orElseThrow();
      assertThat(quote.record()).isEqualTo("stance:cn-gaza-ceasefire");
      assertThat(quote.location().line()).isEqualTo(12);
      assertThat(quote.hint()).contains("supported");
    }
  }

  @Test
  void aRightQuoteOfASourceWithAShapeErrorGivesOnlyTheShapeError() throws IOException {
    String json = dataset("\"published\": \"2025/09\", \"text\": \"texts/seed.txt\"",
        "China has always supported a ceasefire");
    for (ValidationReport report : List.of(onFiles(json), inMemory(json))) {
      assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.INVALID_DATE);
    }
  }

  /** A text field that is itself wrong: the quotes citing it are named as unchecked. */
  @ParameterizedTest
  @ValueSource(strings = {
      "\"text\": \"../seed.txt\"|PS209",
      "\"text\": \"/etc/seed.txt\"|PS209",
      "\"text\": 5|PS204",
      "\"text\": [\"texts/seed.txt\"]|PS204",
      "\"text\": \"\"|PS209,PS209",
      "\"published\": \"2025/09\", \"text\": \"C:seed.txt\"|PS207,PS209"})
  void quotesLeftUncheckedByAWrongTextFieldAreNamed(String sourceAndRules) throws IOException {
    String[] parts = sourceAndRules.split("\\|");
    String json = dataset(parts[0], WRONG_QUOTE);
    for (ValidationReport report : List.of(onFiles(json), inMemory(json))) {
      List<String> expected = new java.util.ArrayList<>(List.of(parts[1].split(",")));
      expected.add("PS403");
      assertThat(report.findings()).extracting(f -> f.rule().code()).as("%s", report.findings())
          .containsExactlyInAnyOrderElementsOf(expected);
      Finding unchecked = report.findings().stream()
          .filter(f -> f.rule() == Rule.SOURCE_TEXT_UNREADABLE).findFirst().orElseThrow();
      assertThat(unchecked.message())
          .isEqualTo("1 quote citing source 'seed' went unchecked, since its 'text' field is wrong:"
              + " stance:cn-gaza-ceasefire");
      assertThat(unchecked.record()).isEqualTo("source:seed");
      assertThat(unchecked.pointer()).isEqualTo("/sources/0/text");
      assertThat(unchecked.location().line()).isEqualTo(20);
    }
  }

  @Test
  void aWrongTextFieldThatNoQuoteNeedsAddsNothing() throws IOException {
    String json = dataset("\"text\": \"../seed.txt\"", WRONG_QUOTE)
        .replace(", \"quote\": \"" + WRONG_QUOTE + "\"", "");
    assertThat(onFiles(json).findings()).extracting(Finding::rule).containsExactly(Rule.INVALID_VALUE);
  }
}
