package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.export.Table;
import org.policyset.core.export.TableExport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every table of an export read by DuckDB itself (its JDBC driver, test scope) with the column
 * types of the export's {@code datapackage.json}: DuckDB sees those types, the row counts of
 * {@code stats}, and every cell exactly as the dataset holds it, for CSV and JSON Lines, on the
 * bundled dataset, the query fixture and datasets made to trip type sniffing (partial dates that
 * look like years, an all-empty {@code inEffectUntil}, empty tables, formula-like text). The
 * README's DuckDB examples run against the export too.
 */
class ExportDuckDbTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> DUCKDB_TYPES =
      Map.of(Table.STRING, "VARCHAR", Table.INTEGER, "INTEGER", Table.DATE, "DATE");

  @TempDir
  static Path dir;

  /** The Frictionless Data Package profiles 1.0 and 2.0, vendored (see the folder's NOTICE). */
  private static final List<com.networknt.schema.Schema> PROFILES = List.of(profile("datapackage-1.0.json"),
      profile("datapackage-2.0.json"));

  private static com.networknt.schema.Schema profile(String name) {
    com.networknt.schema.SchemaRegistry registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(
        com.networknt.schema.SpecificationVersion.DRAFT_7,
        b -> b.schemaRegistryConfig(com.networknt.schema.SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true).build())
            .schemaLoader(l -> l.fetchRemoteResources(false)));
    try (java.io.InputStream in = Files.newInputStream(
        Path.of("src", "test", "resources", "datapackage", name))) {
      return registry.getSchema(in, com.networknt.schema.InputFormat.JSON);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Connection duckdb;

  @BeforeAll
  static void open() throws Exception {
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void close() throws Exception {
    duckdb.close();
  }

  private static final String CONTEXT = """
      "actors": [{"id": "cn", "name": "China", "kind": "state"}],
      "topics": [{"id": "2024", "name": "A topic whose id looks like a year"}],
      "sources": [{"id": "seed", "title": "=HYPERLINK(\\"http://example.invalid\\")", "kind": "commentary"}],
      """;

  private static String stance(String id, String date, String until) {
    return "{\"id\": \"" + id + "\", \"holders\": [\"cn\"], \"topic\": \"2024\", \"position\": \"supports\","
        + " \"statement\": \"-1 is how " + id + " begins, @ and + too.\", \"date\": \"" + date + "\""
        + (until == null ? "" : ", \"until\": \"" + until + "\"")
        + ", \"sources\": [{\"source\": \"seed\", \"locator\": \"3\"}]}";
  }

  /** Stances whose until values are years in every row but the last, and one past them all. */
  static Path yearsThenMonth() throws Exception {
    List<String> stances = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      stances.add(stance("s" + String.format("%02d", i), "20" + (10 + i % 10), "2030"));
    }
    stances.add(stance("z-last", "2024-03", "2099-05"));
    Path p = dir.resolve("years-then-month/data.json");
    Files.createDirectories(p.getParent());
    Files.writeString(p, "{" + CONTEXT + "\"stances\": [" + String.join(",\n", stances) + "]}");
    return p.getParent();
  }

  /** Stances in effect to this day: inEffectUntil empty everywhere; most link tables empty. */
  static Path openEnded() throws Exception {
    Path p = dir.resolve("open-ended/data.json");
    Files.createDirectories(p.getParent());
    Files.writeString(p, "{" + CONTEXT + "\"stances\": [" + stance("a", "2024", null) + ", "
        + stance("b", "2025-01-02", null) + "]}");
    return p.getParent();
  }

  @TestFactory
  Stream<DynamicTest> duckDbReadsEveryTableWithTheDescriptorsTypesExactly() throws Exception {
    Map<String, Path> datasets = Map.of("bundled", Path.of("..", "dataset", "data"),
        "query fixture", Path.of(Fixture.PATH), "years then a month", yearsThenMonth(),
        "open-ended", openEnded(), "version 2 fixture", SchemaVersion2MergeTest.V2);
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Path> d : datasets.entrySet()) {
      for (String format : List.of("csv", "jsonl")) {
        tests.add(DynamicTest.dynamicTest(d.getKey() + " as " + format, () -> check(d.getValue(), format)));
      }
    }
    return tests.stream();
  }

  private static void check(Path data, String format) throws Exception {
    Path out = Files.createTempDirectory(dir, "out-");
    Cli export = Cli.run("export", "-o", out.toString(), "--format", format, "--", data.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    List<Table> tables = TableExport.tables(DatasetReader.create().load(List.of(data)).dataset());
    JsonNode stats = JSON.readTree(Cli.run("stats", "--format", "json", "--", data.toString()).out());
    String descriptor = Files.readString(out.resolve("datapackage.json"));
    for (com.networknt.schema.Schema profile : PROFILES) {
      assertThat(profile.validate(descriptor, com.networknt.schema.InputFormat.JSON))
          .as("datapackage.json against the Data Package profile:\n%s", descriptor).isEmpty();
    }
    JsonNode pkg = JSON.readTree(descriptor);
    assertThat(pkg.at("/resources").size()).isEqualTo(tables.size());
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      JsonNode resource = pkg.at("/resources/" + t);
      assertThat(resource.at("/name").asString()).isEqualTo(table.name());
      List<String> columns = new ArrayList<>();
      List<String> types = new ArrayList<>();
      resource.at("/schema/fields").forEach(f -> {
        columns.add(f.at("/name").asString());
        types.add(DUCKDB_TYPES.get(f.at("/type").asString()));
      });
      assertThat(columns).isEqualTo(table.columns());
      String path = out.resolve(resource.at("/path").asString()).toString().replace("'", "''");
      String sql = format.equals("csv")
          ? "SELECT * FROM read_csv('" + path + "', header = true, all_varchar = true"
              + typesOf(columns, types, false) + ")"
          : "SELECT * FROM read_json('" + path + "', format = 'newline_delimited'"
              + typesOf(columns, types, true) + ")";
      List<List<String>> rows = new ArrayList<>();
      try (Statement s = duckdb.createStatement(); ResultSet r = s.executeQuery(sql)) {
        ResultSetMetaData m = r.getMetaData();
        List<String> seenColumns = new ArrayList<>();
        List<String> seenTypes = new ArrayList<>();
        for (int i = 1; i <= m.getColumnCount(); i++) {
          seenColumns.add(m.getColumnName(i));
          seenTypes.add(m.getColumnTypeName(i));
        }
        assertThat(seenColumns).as("DuckDB's columns of %s", table.name()).isEqualTo(columns);
        assertThat(seenTypes).as("DuckDB's types of %s", table.name()).isEqualTo(types);
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns.size(); i++) {
            row.add(r.getString(i));
          }
          rows.add(row);
        }
      }
      List<List<String>> expected = new ArrayList<>();
      for (List<Object> row : table.rows()) {
        expected.add(row.stream().map(v -> v == null ? null : v.toString()).toList());
      }
      assertThat(rows).as("the cells of %s as DuckDB reads them", table.name()).isEqualTo(expected);
      JsonNode count = stats.at("/recordsPerType/" + table.name());
      if (!count.isMissingNode()) {
        assertThat(rows).as("rows of %s against stats", table.name()).hasSize(count.asInt());
      }
    }
  }

  @Test
  void aVersion2ExportAnswersQuestionsOfTheNewFieldsInDuckDb() throws Exception {
    Path out = Files.createTempDirectory(dir, "v2-");
    Cli export = Cli.run("export", "-o", out.toString(), "--", SchemaVersion2MergeTest.V2.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    String csv = out.toString().replace("'", "''");
    assertThat(sql("SELECT attribution || ' ' || count(*) FROM read_csv('" + csv + "/stances.csv')"
        + " GROUP BY attribution ORDER BY count(*) DESC, attribution"))
        .containsExactly("reported 3", "analysis 1", "prediction 1", "proposal 1", "stated 1");
    assertThat(sql("SELECT s.id || ' ' || t.actor || ' ' || s.attestedStart || ' ' || s.attestedEnd || ' ' || s.inEffect"
        + " FROM read_csv('" + csv + "/stances.csv') s JOIN read_csv('" + csv + "/stance_targets.csv') t"
        + " ON t.stance = s.id"))
        .containsExactly("vd-rejects-blockade om 2025-03-01 2025-03-05 2025-03/..");
    assertThat(sql("SELECT stance || ' ' || actor || ' ' || scope FROM read_csv('" + csv
        + "/stance_holder_scopes.csv') ORDER BY stance"))
        .containsExactly("south-conditional-patrols southern-states unspecified",
            "vd-south-welcome-accord southern-states some");
    assertThat(sql("SELECT event || ' ' || kind || ' ' || related || ' ' || coalesce(within, '-') FROM read_csv('"
        + csv + "/event_relations.csv') ORDER BY event"))
        .containsExactly("coastal-summit-2025 invokes tidewater-declaration -",
            "tidewater-declaration follows river-dispute-outbreak P2M");
    assertThat(sql("SELECT topic || ' ' || kind || ' ' || related FROM read_csv('" + csv + "/topic_relations.csv')"))
        .containsExactly("piracy threatens fisheries");
    assertThat(sql("SELECT source || ' ' || actor FROM read_csv('" + csv + "/source_authors.csv') ORDER BY source"))
        .containsExactly("src-commentary commentary-author", "src-ministry vd");
    assertThat(sql("SELECT stance || ' ' || source FROM read_csv('" + csv + "/stance_reported_by.csv') ORDER BY stance"))
        .containsExactly("south-conditional-patrols src-commentary", "vd-open-lanes src-commentary",
            "vd-south-welcome-accord src-commentary");
    assertThat(sql("SELECT recordType || ' ' || record || ' ' || pointer || ' ' || coalesce(basis, '-') FROM read_csv('"
        + csv + "/citations.csv') WHERE recordType IN ('actor', 'topic') OR basis IS NOT NULL ORDER BY ALL"))
        .contains("actor commentary-author /sources/0 -", "topic piracy /relations/0/sources/0 -",
            "event tidewater-declaration /relations/0/sources/0 inferred",
            "stance vd-rejects-blockade /sources/1 inferred");
  }

  private static List<String> sql(String query) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement s = duckdb.createStatement(); ResultSet r = s.executeQuery(query)) {
      while (r.next()) {
        rows.add(r.getString(1));
      }
    }
    return rows;
  }

  private static String typesOf(List<String> columns, List<String> types, boolean all) {
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (all || !types.get(i).equals("VARCHAR")) {
        entries.add("'" + columns.get(i) + "': '" + types.get(i) + "'");
      }
    }
    if (entries.isEmpty()) {
      return "";
    }
    return (all ? ", columns = {" : ", types = {") + String.join(", ", entries) + "}";
  }

  @Test
  void theDataPackageProfilesRejectWhatTheStandardForbids() {
    String bad = "{\"resources\": [{\"name\": \"Bad Name!\", \"path\": \"x.csv\","
        + " \"schema\": {\"fields\": [{\"name\": \"a\", \"type\": \"varchar\"}]}}]}";
    for (com.networknt.schema.Schema profile : PROFILES) {
      assertThat(profile.validate(bad, com.networknt.schema.InputFormat.JSON)).isNotEmpty();
    }
    assertThat(PROFILES.get(1).validate("{\"resources\": []}", com.networknt.schema.InputFormat.JSON))
        .as("a package needs a resource").isNotEmpty();
  }

  @Test
  void theReadmesDuckDbExamplesRunOnAnExport() throws Exception {
    Path out = dir.resolve("readme");
    Path jsonl = dir.resolve("readme-jsonl");
    assertThat(Cli.run("export", "-o", out.toString(), "--", "../dataset/data").exit()).isZero();
    assertThat(Cli.run("export", "-o", jsonl.toString(), "--format", "jsonl", "--", "../dataset/data").exit())
        .isZero();
    String readme = Files.readString(Path.of("..", "README.md"));
    List<String> queries = new ArrayList<>();
    Matcher sql = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (sql.find()) {
      for (String q : sql.group(1).split(";")) {
        if (!q.isBlank()) {
          queries.add(q);
        }
      }
    }
    Matcher sh = Pattern.compile("duckdb -c \"(.*?)\"\n", Pattern.DOTALL).matcher(readme);
    while (sh.find()) {
      queries.add(sh.group(1));
    }
    assertThat(queries).as("the README's DuckDB queries").hasSizeGreaterThanOrEqualTo(4);
    for (String q : queries) {
      String runnable = q.replace("'out/", "'" + out + "/").replace("'" + out + "/stance_supersedes.jsonl",
          "'" + jsonl + "/stance_supersedes.jsonl");
      try (Statement s = duckdb.createStatement(); ResultSet r = s.executeQuery(runnable)) {
        int n = 0;
        while (r.next()) {
          n++;
        }
        assertThat(n).as("rows of %s", q).isGreaterThanOrEqualTo(q.contains("supersedes.jsonl") ? 0 : 1);
      }
    }
  }

  @Test
  void formulaCellsAreExactByDefaultAndEscapedForSpreadsheetsOnRequest() throws Exception {
    Path data = openEnded();
    Path raw = dir.resolve("raw");
    Cli r = Cli.run("export", "-o", raw.toString(), "--", data.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("3 cells (stances 2, sources 1) begin with = + - @")
        .contains("--csv-formulas escape");
    assertThat(Files.readString(raw.resolve("sources.csv")))
        .contains("seed,\"=HYPERLINK(\"\"http://example.invalid\"\")\",commentary");
    Path escaped = dir.resolve("escaped");
    Cli e = Cli.run("export", "-o", escaped.toString(), "--csv-formulas", "escape", "--", data.toString());
    assertThat(e.exit()).isZero();
    assertThat(e.err()).isEmpty();
    assertThat(Files.readString(escaped.resolve("sources.csv")))
        .contains("seed,\"'=HYPERLINK(\"\"http://example.invalid\"\")\",commentary");
    assertThat(Files.readString(escaped.resolve("stances.csv"))).contains(",\"'-1 is how a begins, @ and + too.\",")
        .contains("a,2024,2024-01-01,2024-12-31,year,2024,supports,");
    assertThat(JSON.readTree(Files.readString(escaped.resolve("datapackage.json")))
        .at("/policyset:csvFormulas").asString()).isEqualTo("escape");
  }
}
