package org.policyset.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.model.Dataset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.policyset.core.query.QueryFixture;

class TableExportTest {

  private static final Dataset DATA = QueryFixture.load();

  @TempDir
  Path dir;

  private static Table table(String name) {
    return TableExport.tables(DATA).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void hasOneTablePerTypeAndOneLinkTablePerList() {
    assertThat(TableExport.tables(DATA)).extracting(Table::name).containsExactly(
        "actors", "actor_aliases", "actor_member_of", "topics", "principles", "principle_relations",
        "events", "event_actors", "event_topics", "stances", "stance_holders", "stance_principles",
        "stance_supersedes", "sources", "citations");
    assertThat(table("actors").rows()).hasSize(8);
    assertThat(table("stances").rows()).hasSize(13);
    // joint-water has two holders; every other stance one.
    assertThat(table("stance_holders").rows()).hasSize(14)
        .contains(List.of("joint-water-2025-02-28", 1, "sy"), List.of("joint-water-2025-02-28", 2, "bd"));
    assertThat(table("actor_member_of").rows()).contains(List.of("bd", 2, "assembly"));
    assertThat(table("principle_relations").rows())
        .containsExactly(List.of("common-security", 1, "sovereignty", "reconciled-by"),
            List.of("non-interference", 1, "solidarity", "tension-with"));
  }

  @Test
  void datesCarryTheirRangeAndStancesTheirLastDayInEffect() {
    Table stances = table("stances");
    int id = stances.columns().indexOf("id");
    List<Object> leap = stances.rows().stream()
        .filter(r -> r.get(id).equals("bd-ceasefire-2024")).findFirst().orElseThrow();
    assertThat(stances.columns()).containsExactly("id", "date", "dateStart", "dateEnd", "datePrecision",
        "topic", "position", "statement", "respondsTo", "until", "inEffectUntil");
    assertThat(leap).containsExactly("bd-ceasefire-2024", "2024", "2024-01-01", "2024-12-31", "year",
        "border-ceasefire", "opposes", "Borduria opposes a ceasefire while its territory is contested.",
        null, "2024-03", "2024-03-31");
    Table sources = table("sources");
    assertThat(sources.rows().get(sources.rows().size() - 1))
        .containsExactly("src-undated", "Forum bulletin", "commentary", null, null, null, null, null, null,
            null, null);
  }

  @Test
  void citationsKeepTheirPointerIncludingThoseOfRelations() {
    assertThat(table("citations").rows()).contains(
        List.of("principle", "non-interference", "/relations/0/sources/0", 1, "src-paper",
            "solidarity strains the rule of non-interference", "p. 9"),
        java.util.Arrays.asList("stance", "sy-ceasefire-2024", "/sources/1", 2, "src-news", null, null));
  }

  @Test
  void writesEveryTableAtomicallyAndLeavesNoTemporaryFiles() throws Exception {
    Files.writeString(dir.resolve("stances.csv"), "old");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    List<Path> files = TableExport.write(DATA, dir, ExportFormat.CSV);
    assertThat(files).hasSize(16).allMatch(Files::isRegularFile);
    assertThat(files.get(15).getFileName()).hasToString(TableExport.DESCRIPTOR);
    try (Stream<Path> all = Files.list(dir)) {
      assertThat(all.map(p -> p.getFileName().toString()))
          .hasSize(17).contains("notes.txt").noneMatch(n -> n.endsWith(".tmp"));
    }
    String csv = Files.readString(dir.resolve("stances.csv"));
    assertThat(csv).startsWith("id,date,dateStart,dateEnd,datePrecision,topic,position,statement,"
        + "respondsTo,until,inEffectUntil\r\n");
    assertThat(Files.readString(dir.resolve("sources.csv")))
        .contains("src-news,\"Ceasefire talks, \"\"day by day\"\"\",news,A. Reporter,,2025,2025-01-01,2025-12-31,");
  }

  @Test
  void aFailedExportLeavesNoTemporaryFiles() throws Exception {
    Files.createDirectories(dir.resolve("stances.jsonl"));
    Files.writeString(dir.resolve("stances.jsonl/blocker"), "x");
    // A folder in the way of a file cannot be replaced.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TableExport.write(DATA, dir, ExportFormat.JSONL))
        .isInstanceOf(java.io.IOException.class);
    try (Stream<Path> all = Files.list(dir)) {
      assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void jsonLinesHaveNumbersForOrdinalsAndNullsForEmptyCells() throws Exception {
    StringWriter out = new StringWriter();
    TableExport.write(table("event_actors"), ExportFormat.JSONL, out);
    String first = out.toString().lines().findFirst().orElseThrow();
    JsonNode row = JsonMapper.builder().build().readTree(first);
    assertThat(row.get("ordinal").isInt()).isTrue();
    assertThat(first).isEqualTo("{\"event\":\"ev-accord-2025-02-28\",\"ordinal\":1,\"actor\":\"sy\",\"role\":\"signatory\"}");
    StringWriter sources = new StringWriter();
    TableExport.write(table("sources"), ExportFormat.JSONL, sources);
    assertThat(sources.toString()).contains("\"author\":null");
  }
}
