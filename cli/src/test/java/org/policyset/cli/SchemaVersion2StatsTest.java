package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.JsonNode;

/**
 * {@code stats} on schema version 2 data: stances per attribution and per reporting source, and
 * the undated stances and events counted as such (the fixture has four undated stances and two
 * undated events); version 1 output keeps its sections.
 */
class SchemaVersion2StatsTest {

  static final String V2 = SchemaVersion2MergeTest.V2.toString();

  @Test
  void textCountsAttributionReportersAndUndatedRecords() {
    Cli r = Cli.run("stats", "--", V2);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("""
        Stances per attribution
          reported +3
          analysis +1
          prediction +1
          proposal +1
          stated +1
        """)
        .containsPattern("Stances per reporting source\n  src-commentary +3  Harbour talks and the southern states\n")
        .containsPattern("Undated \\(no date anywhere\\)\n  stances +4\n  events +2\n")
        .containsPattern("Events per year\n  2024 +1\n  2025 +1\n");
  }

  @Test
  void markdownAndJsonCarryTheSameCounts() {
    Cli md = Cli.run("stats", "--format", "markdown", "--", V2);
    assertThat(md.out()).contains("## Stances per attribution\n\n| Attribution | Stances |\n|---|---:|\n| reported | 3 |\n")
        .contains("## Undated records\n\n| Type | Undated |\n|---|---:|\n| stances | 4 |\n| events | 2 |\n");
    Cli json = Cli.run("stats", "--format", "json", "--", V2);
    JsonNode root = JsonMapper.shared().readTree(json.out());
    assertThat(root.get("stancesPerAttribution").get(0).get("key").asString()).isEqualTo("reported");
    assertThat(root.get("stancesPerReporter").get(0).get("name").asString())
        .isEqualTo("Harbour talks and the southern states");
    assertThat(root.get("undated").get("stances").asInt()).isEqualTo(4);
    assertThat(root.get("undated").get("events").asInt()).isEqualTo(2);
  }

  @Test
  void aVersion1DatasetHasNoVersion2Sections() {
    assertThat(Cli.run("stats", "--", Fixture.PATH).out()).doesNotContain("attribution").doesNotContain("Undated");
    assertThat(Cli.run("stats", "--format", "json", "--", Fixture.PATH).out()).doesNotContain("undated");
  }
}
