package org.policyset.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Dataset;
import org.policyset.core.query.QueryFixture;

/**
 * Every link and record table of the export, row by row, against the fixture dataset: a table that
 * came out empty or lost a column would go unnoticed by a spreadsheet user until it was too late.
 */
class ExportTablesTest {

  private static final Dataset DATA = QueryFixture.load();

  private static Table table(String name) {
    return TableExport.tables(DATA).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  @Test
  void actorAliases() {
    assertThat(table("actor_aliases").columns()).containsExactly("actor", "ordinal", "alias");
    assertThat(table("actor_aliases").rows()).containsExactly(
        row("kl", 1, "Klopstokian Republic"),
        row("southern-forum", 1, "the Forum of the South"));
  }

  @Test
  void topics() {
    assertThat(table("topics").columns()).containsExactly("id", "name", "parent", "description");
    assertThat(table("topics").rows()).containsExactly(
        row("border-ceasefire", "Border ceasefire", "regional-security", null),
        row("ceasefire-monitoring", "Ceasefire monitoring", "border-ceasefire", null),
        row("maritime-law", "Maritime law", null, null),
        row("regional-security", "Regional security", null, null),
        row("trade-corridors", "Trade corridors", null, null),
        row("water-sharing", "Water sharing", null, "Sharing the waters of the Vltava basin."));
  }

  @Test
  void principles() {
    assertThat(table("principles").columns()).containsExactly("id", "name", "description");
    assertThat(table("principles").rows()).containsExactly(
        row("common-security", "Common security", "No state is secure unless its neighbours are."),
        row("non-interference", "Non-interference", "No state meddles in another's internal affairs."),
        row("solidarity", "Solidarity", "States of the South stand together."),
        row("sovereignty", "Sovereignty", "Each state decides its own affairs."),
        row("transparency", "Transparency", "Decisions are taken in the open."));
  }

  @Test
  void eventTopics() {
    assertThat(table("event_topics").columns()).containsExactly("event", "ordinal", "topic");
    assertThat(table("event_topics").rows()).containsExactly(
        row("ev-accord-2025-02-28", 1, "water-sharing"),
        row("ev-accord-2025-02-28", 2, "trade-corridors"),
        row("ev-clashes-2023-12", 1, "border-ceasefire"),
        row("ev-declaration-2024-03-01", 1, "regional-security"),
        row("ev-forum-2025-01-31", 1, "trade-corridors"),
        row("ev-mission-2025-03-04", 1, "ceasefire-monitoring"),
        row("ev-resolution-2025-03", 1, "border-ceasefire"),
        row("ev-resolution-2025-03", 2, "ceasefire-monitoring"),
        row("ev-summit-2024-02-29", 1, "regional-security"),
        row("ev-talks-2025", 1, "border-ceasefire"));
  }

  @Test
  void stancePrinciplesAndSupersedes() {
    assertThat(table("stance_principles").columns()).containsExactly("stance", "ordinal", "principle");
    assertThat(table("stance_principles").rows()).containsExactly(
        row("bd-ceasefire-2024", 1, "sovereignty"),
        row("bd-monitoring-2025-03-04", 1, "common-security"),
        row("fd-monitoring-2025", 1, "non-interference"),
        row("forum-water-2025-02", 1, "solidarity"),
        row("joint-water-2025-02-28", 1, "common-security"),
        row("pact-security-2024-02-29", 1, "solidarity"),
        row("pact-security-2024-02-29", 2, "common-security"),
        row("sy-ceasefire-2023", 1, "sovereignty"),
        row("sy-ceasefire-2024", 1, "common-security"),
        row("sy-ceasefire-2024", 2, "non-interference"),
        row("sy-water-2025-01-31", 1, "sovereignty"));
    assertThat(table("stance_supersedes").columns()).containsExactly("stance", "ordinal", "supersedes");
    assertThat(table("stance_supersedes").rows()).containsExactly(row("sy-ceasefire-2024", 1, "sy-ceasefire-2023"));
  }

  @Test
  void citationsOfPrinciplesAndEvents() {
    List<List<Object>> rows = table("citations").rows();
    assertThat(rows.stream().filter(r -> !r.get(0).equals("stance")).toList()).containsExactly(
        row("principle", "common-security", "/sources/0", 1, "src-paper", null, "p. 12"),
        row("principle", "common-security", "/sources/1", 2, "src-communique", null, null),
        row("principle", "non-interference", "/sources/0", 1, "src-paper", null, "p. 4"),
        row("principle", "non-interference", "/relations/0/sources/0", 1, "src-paper",
            "solidarity strains the rule of non-interference", "p. 9"),
        row("principle", "solidarity", "/sources/0", 1, "src-communique", null, null),
        row("principle", "sovereignty", "/sources/0", 1, "src-paper", null, "p. 3"),
        row("principle", "transparency", "/sources/0", 1, "src-undated", null, null),
        row("event", "ev-accord-2025-02-28", "/sources/0", 1, "src-news", null, "day 40"),
        row("event", "ev-clashes-2023-12", "/sources/0", 1, "src-news", "fighting along the river", "day 1"),
        row("event", "ev-declaration-2024-03-01", "/sources/0", 1, "src-undated", null, null),
        row("event", "ev-forum-2025-01-31", "/sources/0", 1, "src-news", null, null),
        row("event", "ev-mission-2025-03-04", "/sources/0", 1, "src-council-res", null, "annex"),
        row("event", "ev-resolution-2025-03", "/sources/0", 1, "src-council-res", null, null),
        row("event", "ev-summit-2024-02-29", "/sources/0", 1, "src-communique", null, null),
        row("event", "ev-talks-2025", "/sources/0", 1, "src-news", null, null));
    // One row per citation of every stance, in stance order.
    assertThat(rows.stream().filter(r -> r.get(0).equals("stance")).count())
        .isEqualTo(DATA.stances().stream().mapToInt(s -> s.sources().size()).sum());
  }

  @Test
  void everyRecordTableHasARowPerRecord() {
    assertThat(table("actors").rows()).hasSize(DATA.actors().size());
    assertThat(table("topics").rows()).hasSize(DATA.topics().size());
    assertThat(table("principles").rows()).hasSize(DATA.principles().size());
    assertThat(table("events").rows()).hasSize(DATA.events().size());
    assertThat(table("stances").rows()).hasSize(DATA.stances().size());
    assertThat(table("sources").rows()).hasSize(DATA.sources().size());
  }
}
