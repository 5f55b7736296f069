package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.query.Query;
import org.policyset.core.query.QueryException;
import org.policyset.core.read.DatasetReader;

/**
 * {@code validate}'s hint for a dangling reference and {@code query}'s error for an unknown id come
 * from one engine: for an unknown actor {@code egypt}, validate suggested nothing while query
 * suggested {@code 'eg' (Egypt)}.
 */
class OneSuggestionEngineTest {

  @TempDir
  Path dir;

  static String dataset(String holder, String topic) {
    return """
        {
          "actors": [
            {"id": "eg", "name": "Egypt", "kind": "state"},
            {"id": "cn", "name": "China", "kind": "state", "aliases": ["Beijing"]},
            {"id": "arab-states", "name": "Arab states", "kind": "grouping"}
          ],
          "topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}],
          "stances": [
            {
              "id": "s-1",
              "holders": ["%s"],
              "topic": "%s",
              "position": "calls-for",
              "statement": "A stance.",
              "date": "2023",
              "sources": [{"source": "seed"}]
            }
          ],
          "sources": [{"id": "seed", "title": "Commentary", "kind": "commentary"}]
        }
        """.formatted(holder, topic);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "egypt|did you mean 'eg' (Egypt)?",
      "beijing|did you mean 'cn' (China)?",
      "arab-state|did you mean 'arab-states'?",
      "egipt|did you mean 'eg' (Egypt)?",
      "chn|did you mean 'cn'?"})
  void validateAndQuerySuggestTheSameActor(String wrong, String expected) throws IOException {
    Path file = dir.resolve("data.json");
    Files.writeString(file, dataset(wrong, "gaza-ceasefire"));
    ValidationReport report = DatasetValidator.create().validate(List.of(file));
    Finding dangling = report.findings().stream().filter(f -> f.rule() == Rule.DANGLING_REFERENCE)
        .findFirst().orElseThrow(() -> new AssertionError(report.findings().toString()));

    Files.writeString(file, dataset("eg", "gaza-ceasefire"));
    QueryException e = catchThrowableOfType(QueryException.class,
        () -> Query.stances().actor(wrong).run(DatasetReader.create(), List.of(file)));

    assertThat(dangling.hint()).isEqualTo(expected);
    assertThat(e.hint()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ceasefire in gaza|did you mean 'gaza-ceasefire' (Ceasefire in Gaza)?",
      "gaza-cesefire|did you mean 'gaza-ceasefire'?",
      "trade|add a topic with id 'trade' to 'topics', or fix the reference"})
  void aTopicIsSuggestedByNameToo(String wrong, String expected) throws IOException {
    Path file = dir.resolve("data.json");
    Files.writeString(file, dataset("eg", wrong));
    ValidationReport report = DatasetValidator.create().validate(List.of(file));
    assertThat(report.findings()).filteredOn(f -> f.rule() == Rule.DANGLING_REFERENCE)
        .singleElement().extracting(Finding::hint).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"nowhere-land|add an actor with id 'nowhere-land' to 'actors', or fix the reference"})
  void anActorNothingResemblesGetsAnActorNotAActor(String wrong, String expected) throws IOException {
    Path file = dir.resolve("data.json");
    Files.writeString(file, dataset(wrong, "gaza-ceasefire"));
    assertThat(DatasetValidator.create().validate(List.of(file)).findings())
        .filteredOn(f -> f.rule() == Rule.DANGLING_REFERENCE)
        .singleElement().extracting(Finding::hint).isEqualTo(expected);
  }
}
