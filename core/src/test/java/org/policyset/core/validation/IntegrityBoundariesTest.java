package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.Finding;

/**
 * The days on which a stance stops being in effect — the day before its successor, or the last day of
 * its {@code until} — decide whether it conflicts with another; and a quote that departs from its
 * source says where.
 */
class IntegrityBoundariesTest {

  @TempDir
  Path dir;

  private static String stance(String id, String position, String date, String extra) {
    return "{\"id\": \"" + id + "\", \"holders\": [\"h\"], \"topic\": \"t\", \"position\": \"" + position
        + "\", \"statement\": \"S.\", \"date\": \"" + date + "\", \"sources\": [{\"source\": \"s\"}]"
        + extra + "}";
  }

  private List<String> conflicts(String... stances) throws IOException {
    Path f = Files.writeString(dir.resolve("data.json"), """
        {"actors": [{"id": "h", "name": "H", "kind": "state"}],
         "topics": [{"id": "t", "name": "T"}],
         "sources": [{"id": "s", "title": "S", "kind": "commentary"}],
         "stances": [%s]}""".formatted(String.join(",\n", stances)));
    ValidationReport r = DatasetValidator.create().validate(List.of(f));
    assertThat(r.findings()).allMatch(x -> x.rule() == Rule.CONFLICTING_STANCES, "only conflicts");
    return r.findings().stream().map(Finding::record).toList();
  }

  @ParameterizedTest(name = "the other stance from {0}: conflict {1}")
  @CsvSource({"2024-02-28, true", "2024-02-29, true", "2024-03-01, false", "2024-03-02, false"})
  void aSupersededStanceIsInEffectUntilTheDayBeforeItsSuccessor(String otherDate, boolean conflict)
      throws IOException {
    List<String> found = conflicts(
        stance("a", "supports", "2024-01-01", ""),
        stance("b", "opposes", "2024-03-01", ", \"supersedes\": [\"a\"]"),
        stance("c", "opposes", otherDate, ""));

    assertThat(!found.isEmpty()).isEqualTo(conflict);
  }

  @ParameterizedTest(name = "until {0}, successor from {1}, the other stance from {2}: conflict {3}")
  @CsvSource({
      "2024-02, 2024-03-15, 2024-02-29, true",
      "2024-02, 2024-03-15, 2024-03-01, false",
      "2024-03-31, 2024-03-15, 2024-03-14, true",
      "2024-03-31, 2024-03-15, 2024-03-15, false"})
  void theEarlierOfUntilAndTheSuccessorEndsAStance(String until, String successor, String otherDate,
      boolean conflict) throws IOException {
    List<String> found = conflicts(
        stance("a", "supports", "2024-01-01", ", \"until\": \"" + until + "\""),
        stance("b", "opposes", successor, ", \"supersedes\": [\"a\"]"),
        stance("c", "opposes", otherDate, ""));

    assertThat(!found.isEmpty()).isEqualTo(conflict);
  }

  @Test
  void aQuoteThatDepartsFromItsSourceSaysWhere() throws IOException {
    Files.writeString(dir.resolve("charter.txt"),
        "We the peoples of the United Nations determined to save succeeding generations from the scourge of war");
    Path f = Files.writeString(dir.resolve("data.json"), """
        {"events": [{"id": "e", "title": "E", "date": "1945", "type": "agreement",
                     "sources": [{"source": "s", "quote": "determined to save later generations"}]}],
         "sources": [{"id": "s", "title": "S", "kind": "un-document", "text": "charter.txt"}]}""");

    ValidationReport r = DatasetValidator.create().validate(List.of(f));

    assertThat(r.findings()).filteredOn(x -> x.rule() == Rule.QUOTE_NOT_FOUND).singleElement()
        .satisfies(x -> {
          assertThat(x.record()).isEqualTo("event:e");
          assertThat(x.pointer()).isEqualTo("/events/0/sources/0/quote");
          assertThat(x.hint()).isEqualTo("the closest passage, para. 1, reads \"determined to save "
              + "succeeding generations\"; quote against it, word by word: determined to save "
              + "[-later-]{+succeeding+} generations");
        });
  }
}
