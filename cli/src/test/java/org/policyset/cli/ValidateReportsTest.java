package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.report.JsonReport;
import org.policyset.core.validation.Suppressions;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CI-facing side of {@code validate}: report formats, --output, baselines, selection. */
class ValidateReportsTest {

  private static final Path FIXTURES = Path.of("..", "core", "src", "test", "resources", "fixtures");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema REPORT_SCHEMA = reportSchema();

  @TempDir
  Path dir;

  static Schema reportSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
            .schemaLoader(l -> l.fetchRemoteResources(false)));
    try (InputStream in = JsonReport.class.getClassLoader().getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
      assertThat(in).as(JsonReport.SCHEMA_RESOURCE).isNotNull();
      return registry.getSchema(in, InputFormat.JSON);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  private Path copyFixture(Path fixture) throws Exception {
    Path copy = dir.resolve(fixture.getFileName().toString());
    try (Stream<Path> s = Files.walk(fixture)) {
      for (Path p : s.toList()) {
        Path target = copy.resolve(fixture.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!(p.getFileName().toString().equals("expected.json") && p.getParent().equals(fixture))) {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }

  private String[] args(Path fixture, String... options) {
    List<String> a = new ArrayList<>(List.of("validate", "--color=never"));
    a.addAll(List.of(options));
    Path suppressions = fixture.resolve(Suppressions.DEFAULT_FILE_NAME);
    if (Files.exists(suppressions)) {
      a.add("--suppressions");
      a.add(suppressions.toString());
    }
    a.add(fixture.toString());
    return a.toArray(String[]::new);
  }

  @TestFactory
  Stream<DynamicTest> theJsonAndJunitReportsOfEveryFixtureAreValid() throws Exception {
    List<Path> fixtures;
    try (Stream<Path> s = Files.list(FIXTURES)) {
      fixtures = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(fixtures).hasSizeGreaterThan(40);
    return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      Path copy = copyFixture(f);
      Cli json = Cli.run(args(copy, "--format", "json"));
      assertThat(json.exit()).as(json.err()).isIn(0, 1);
      List<Error> errors = REPORT_SCHEMA.validate(json.out(), InputFormat.JSON);
      assertThat(errors).as("schema errors of the JSON report of %s", f.getFileName()).isEmpty();
      JsonNode report = JSON.readTree(json.out());
      assertThat(report.at("/summary/valid").asBoolean()).isEqualTo(json.exit() == 0);

      Cli junit = Cli.run(args(copy, "--format", "junit"));
      assertThat(junit.exit()).isEqualTo(json.exit());
      Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new InputSource(new StringReader(junit.out())));
      assertThat(xml.getElementsByTagName("failure").getLength())
          .isEqualTo(report.at("/summary/errors").asInt());
    }));
  }

  @Test
  void suppressedFindingsAreListedWithTheirReasonAndTheJsonStillValidates() throws Exception {
    Path copy = copyFixture(FIXTURES.resolve("valid-suppressed-unused-source"));
    Cli r = Cli.run(args(copy, "--format", "json"));
    assertThat(r.exit()).isZero();
    assertThat(REPORT_SCHEMA.validate(r.out(), InputFormat.JSON)).isEmpty();
    JsonNode report = JSON.readTree(r.out());
    assertThat(report.at("/summary/suppressed").asInt()).isEqualTo(1);
    assertThat(report.at("/suppressed/0/code").asString()).isEqualTo("PS404");
    assertThat(report.at("/suppressed/0/suppression/reason").asString())
        .isEqualTo("cited by the stances of the next release");
  }

  @Test
  void outputWritesTheReportToAFileAndTheSummaryToTheTerminal() throws Exception {
    Path copy = copyFixture(FIXTURES.resolve("PS302-dangling-reference"));
    Path out = dir.resolve("reports/policyset.sarif");
    Cli r = Cli.run(args(copy, "--format", "sarif", "--output", out.toString()));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines()).singleElement().asString()
        .startsWith("✖ ").contains("1 error").endsWith("(sarif report written to " + out + ")");
    JsonNode sarif = JSON.readTree(Files.readString(out));
    assertThat(sarif.at("/runs/0/results/0/ruleId").asString()).isEqualTo("PS302");
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).as("no temporary file is left").containsExactly(out);
    }
  }

  @Test
  void anOutputThatCannotBeWrittenExitsWithFour() throws Exception {
    Path data = write("d/x.json", "{\"topics\": []}");
    Path blocker = write("file", "not a folder");
    Cli r = Cli.run("validate", "--output", blocker.resolve("report.json").toString(), data.toString());
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err()).contains("cannot write report");
  }

  @Test
  void githubAnnotationsAreFollowedByTheSummary() throws Exception {
    Path copy = copyFixture(FIXTURES.resolve("PS302-dangling-reference"));
    Cli r = Cli.run(args(copy, "--format", "github"));
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("::error file=").contains(",line=55,col=7,title=PS302 dangling-reference::");
    assertThat(lines.get(1)).startsWith("✖ ");
  }

  @Test
  void aBaselineWrittenTodayLetsOnlyNewFindingsFail() throws Exception {
    String context = """
        "actors": [{"id": "cn", "name": "China", "kind": "state"}],
        "sources": [{"id": "seed", "title": "Seed commentary", "kind": "commentary"}],
        """;
    String old = "{\"id\": \"old\", \"holders\": [\"cn\"], \"topic\": \"gaza\", \"position\": \"supports\","
        + " \"statement\": \"S.\", \"date\": \"2023\", \"sources\": [{\"source\": \"seed\"}]}";
    String fresh = old.replace("\"old\"", "\"new\"").replace("gaza", "sudan");
    Path data = write("data.json", "{" + context + "\"stances\": [" + old + "]}");
    Path baseline = dir.resolve(".policyset-baseline.json");

    Cli written = Cli.run("validate", "--color=never", "--write-baseline", baseline.toString(), data.toString());
    assertThat(written.exit()).isZero();
    assertThat(written.out()).contains("baseline of 1 finding written to " + baseline)
        .contains("1 in the baseline not shown");

    Files.writeString(data, "{" + "\n".repeat(10) + context + "\"stances\": [" + fresh + ",\n" + old + "]}");
    Cli after = Cli.run("validate", "--color=never", "--format", "json", "--baseline", baseline.toString(),
        data.toString());
    assertThat(after.exit()).isEqualTo(1);
    JsonNode report = JSON.readTree(after.out());
    assertThat(report.at("/findings").size()).isEqualTo(1);
    assertThat(report.at("/findings/0/record").asString()).isEqualTo("stance:new");
    assertThat(report.at("/summary/baselined").asInt()).isEqualTo(1);
  }

  @Test
  void unusableBaselineOrSuppressionsFilesAreUsageErrors() throws Exception {
    Path data = write("x.json", "{\"topics\": []}");
    Cli missing = Cli.run("validate", "--baseline", dir.resolve("none.json").toString(), data.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read baseline").contains("no such file");
    Path garbage = write("garbage.json", "[1, 2]");
    assertThat(Cli.run("validate", "--baseline", garbage.toString(), data.toString()).exit()).isEqualTo(2);
    Cli noSuppressions = Cli.run("validate", "--suppressions", dir.resolve("none.json").toString(),
        data.toString());
    assertThat(noSuppressions.exit()).isEqualTo(2);
    assertThat(noSuppressions.err()).contains("cannot read suppressions");
  }

  @Test
  void selectAndIgnoreTakeCodesNamesAndLayers() throws Exception {
    Path data = write("x.json", """
        {"topics": [{"id": "Bad", "name": "x"}],
         "sources": [{"id": "s", "title": "T", "kind": "news"}]}""");
    Cli shapeOnly = Cli.run("validate", "--color=never", "--select", "shape", data.toString());
    assertThat(shapeOnly.out()).contains("PS206").doesNotContain("PS404");
    Cli provenance = Cli.run("validate", "--color=never", "--select", "PS404,invalid-id",
        "--ignore", "shape", data.toString());
    assertThat(provenance.out()).contains("PS404").doesNotContain("PS206");
    assertThat(provenance.exit()).isZero();
    assertThat(Cli.run("validate", "--strict", "--select", "provenance", data.toString()).exit()).isEqualTo(1);
    Cli unknown = Cli.run("validate", "--select", "integrty", data.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown rule 'integrty' in --select");
  }

  @Test
  void allShowsTheConsequencesThatGroupingHides() throws Exception {
    Path data = write("x.json", "{\"topics\": [{\"id\": \"gaza\", \"nmae\": \"Gaza\"}]}");
    Cli grouped = Cli.run("validate", "--color=never", data.toString());
    assertThat(grouped.out()).contains("PS203").doesNotContain("PS205").contains("1 error");
    Cli all = Cli.run("validate", "--color=never", "--all", data.toString());
    assertThat(all.out()).contains("PS203").contains("PS205").contains("2 errors");
  }

  static Schema sarifSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
            .schemaLoader(l -> l.fetchRemoteResources(false)));
    try (InputStream in = Files.newInputStream(
        Path.of("..", "core", "src", "test", "resources", "sarif", "sarif-schema-2.1.0.json"))) {
      return registry.getSchema(in, InputFormat.JSON);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aSarifReportPastGithubsLimitHoldsTheMostSevereAndSaysSoOnStandardError() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      lines.append("{\"$type\": \"source\", \"id\": \"s").append(i)
          .append("\", \"title\": \"T\", \"kind\": \"news\"}\n");
    }
    for (int i = 0; i < 4_990; i++) {
      lines.append("{\"$type\": \"topic\", \"id\": \"Bad-").append(i).append("\", \"name\": \"x\"}\n");
    }
    Path data = write("many.jsonl", lines.toString());
    Path out = dir.resolve("policyset.sarif");
    Cli r = Cli.run("validate", "--format", "sarif", "--output", out.toString(), "--", data.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("policyset: the SARIF report holds the 5,000 most severe of 5,010 "
        + "results; 10 were left out");
    String log = Files.readString(out);
    assertThat(sarifSchema().validate(log, InputFormat.JSON)).isEmpty();
    JsonNode run = JSON.readTree(log).at("/runs/0");
    assertThat(run.at("/results").size()).isEqualTo(5_000);
    int warnings = 0;
    for (JsonNode result : run.at("/results")) {
      warnings += result.at("/level").asString().equals("warning") ? 1 : 0;
    }
    assertThat(warnings).as("every error is kept; the warnings fill the rest").isEqualTo(10);
    assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asString())
        .contains("5,010 results; 10 were left out (10 warnings)");
    JsonNode artifact = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
    assertThat(artifact.at("/uri").asString()).as("a file outside the working folder")
        .isEqualTo(data.toUri().toASCIIString());
    assertThat(artifact.has("uriBaseId")).isFalse();

    Cli capped = Cli.run("validate", "--format", "sarif", "--sarif-max-results", "3", "--", data.toString());
    assertThat(JSON.readTree(capped.out()).at("/runs/0/results").size()).isEqualTo(3);
    assertThat(capped.err()).contains("holds the 3 most severe of 5,010 results; 5,007 were left out");
    Cli below = Cli.run("validate", "--format", "sarif", "--sarif-max-results", "6000", "--", data.toString());
    assertThat(below.err()).isEmpty();
    assertThat(Cli.run("validate", "--sarif-max-results", "0", "--", data.toString()).exit()).isEqualTo(2);
  }
}
