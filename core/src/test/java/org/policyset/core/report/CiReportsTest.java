package org.policyset.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.Suppression;
import org.policyset.core.diagnostic.SuppressedFinding;
import org.policyset.core.validation.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CiReportsTest {

  private static final Path BASE = Path.of("").toAbsolutePath();

  private static ValidationReport report(Finding... findings) {
    return new ValidationReport(List.of(findings), List.of(), Map.of(), 0, true);
  }

  @Test
  void githubCommandsEscapeDataAndPropertiesAsTheRunnerUnescapesThem() {
    Finding f = Finding.of(Rule.DANGLING_REFERENCE, new Location("a,b:c%d.json", 3, 4),
            "100% wrong\r\nsecond line").withHint("fix: it, now");
    String line = GithubReport.line(f);
    assertThat(line).isEqualTo("::error file=a%2Cb%3Ac%25d.json,line=3,col=4,"
        + "title=PS302 dangling-reference::100%25 wrong%0D%0Asecond line%0AHint: fix: it, now");
    assertThat(CiReportsFixtureTest.unescapeProperty("a%2Cb%3Ac%25d.json")).isEqualTo("a,b:c%d.json");
  }

  @Test
  void githubCommandsOmitUnknownLinesAndColumnsAndMarkWarnings() {
    Finding f = Finding.of(Rule.UNUSED_SOURCE, Location.ofFile("data"), "unused");
    assertThat(GithubReport.line(f)).isEqualTo("::warning file=data,title=PS404 unused-source::unused");
  }

  @Test
  void sarifUrisAreRelativeToTheBaseAndPercentEncoded() {
    SarifReport sarif = new SarifReport("1.0.0", BASE);
    assertThat(sarif.uri("data/my file ü.json"))
        .containsExactly("data/my%20file%20%C3%BC.json", SarifReport.SRCROOT);
    assertThat(sarif.uri(BASE.resolve("x.json").toString())).containsExactly("x.json", SarifReport.SRCROOT);
    assertThat(sarif.uri("/elsewhere/x.json")[0]).isEqualTo("file:///elsewhere/x.json");
    assertThat(sarif.uri("/elsewhere/x.json")[1]).isNull();
  }

  @Test
  void sarifResultsCarryRuleIndexLevelLocationsFingerprintsAndSuppressions() throws Exception {
    Finding f = Finding.of(Rule.DUPLICATE_ID, new Location("d.json", 9, 7), "duplicate")
        .withPointer("/topics/1/id").withRecord("topic:x")
        .withRelated(List.of(new Location("d.json", 4, 7))).withHint("rename one");
    Finding w = Finding.of(Rule.UNUSED_SOURCE, new Location("d.json", 20, 7), "unused")
        .withPointer("/sources/0/id").withRecord("source:s");
    Suppression s = new Suppression(Rule.UNUSED_SOURCE, "source:s", null, null, "kept for later",
        new Location(".policyset-suppressions.json", 2, 5));
    ValidationReport report = new ValidationReport(List.of(f), List.of(), Map.of(), 0, true,
        List.of(new SuppressedFinding(w, s)), List.of());
    StringWriter out = new StringWriter();
    new SarifReport("0.1.0-SNAPSHOT", BASE).write(report, new PrintWriter(out));
    assertThat(CiReportsFixtureTest.sarifErrors(out.toString())).isEmpty();
    JsonNode run = JsonMapper.builder().build().readTree(out.toString()).at("/runs/0");
    assertThat(run.at("/tool/driver/rules").size()).isEqualTo(Rule.values().length);
    assertThat(run.at("/tool/driver/rules/" + Rule.DUPLICATE_ID.ordinal() + "/id").asString())
        .isEqualTo("PS301");
    JsonNode r = run.at("/results/0");
    assertThat(r.at("/ruleId").asString()).isEqualTo("PS301");
    assertThat(r.at("/ruleIndex").asInt()).isEqualTo(Rule.DUPLICATE_ID.ordinal());
    assertThat(r.at("/level").asString()).isEqualTo("error");
    assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo("d.json");
    assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(9);
    assertThat(r.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(7);
    assertThat(r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString())
        .isEqualTo("/topics/1/id");
    assertThat(r.at("/locations/0/logicalLocations/1/fullyQualifiedName").asString()).isEqualTo("topic:x");
    assertThat(r.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);
    assertThat(r.at("/partialFingerprints/policyset~1v1").asString()).isEqualTo(f.fingerprint());
    assertThat(r.at("/message/text").asString()).isEqualTo("duplicate\nHint: rename one");
    JsonNode suppressed = run.at("/results/1");
    assertThat(suppressed.at("/level").asString()).isEqualTo("warning");
    assertThat(suppressed.at("/suppressions/0/kind").asString()).isEqualTo("external");
    assertThat(suppressed.at("/suppressions/0/justification").asString()).isEqualTo("kept for later");
  }

  @Test
  void theSarifSchemaCheckRejectsWhatSarifForbids() {
    String bad = "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"p\"}},"
        + " \"results\": [{\"message\": {\"text\": \"m\"}, \"level\": \"fatal\","
        + " \"locations\": [{\"physicalLocation\": {\"region\": {\"startLine\": 0}}}]}]}]}";
    assertThat(CiReportsFixtureTest.sarifErrors(bad)).isNotEmpty();
  }

  @Test
  void junitXmlEscapesMarkupAndCharactersXmlCannotHold() {
    assertThat(JunitReport.escape("a<b & \"c\" \u0001")).isEqualTo("a&lt;b &amp; &quot;c&quot; \\u0001");
    String xml = new JunitReport().render(report(
        Finding.of(Rule.INVALID_ID, new Location("x.json", 1, 2), "'<Bad>' is not a slug")));
    assertThat(xml).contains("<testcase classname=\"x.json\" name=\"PS206 invalid-id at 1:2\"")
        .contains("<failure type=\"PS206\" message=\"PS206 invalid-id: &apos;&lt;Bad&gt;&apos; is not a slug\">")
        .contains("failures=\"1\"");
  }

  @Test
  void aSarifRunPastTheCapKeepsTheMostSevereAndSaysHowManyWereLeftOut() throws Exception {
    List<Finding> findings = new java.util.ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      findings.add(Finding.of(Rule.UNUSED_SOURCE, new Location("d.json", i, 1), "warning " + i));
      if (i % 2 == 0) {
        findings.add(Finding.of(Rule.INVALID_ID, new Location("d.json", i, 3), "error " + i));
      }
    }
    ValidationReport report = report(findings.toArray(Finding[]::new));
    SarifReport sarif = new SarifReport("1.0.0", BASE).withMaxResults(4);
    assertThat(sarif.leftOut(report)).isEqualTo(5);
    StringWriter out = new StringWriter();
    sarif.write(report, new PrintWriter(out));
    assertThat(CiReportsFixtureTest.sarifErrors(out.toString())).isEmpty();
    JsonNode run = JsonMapper.builder().build().readTree(out.toString()).at("/runs/0");
    List<String> kept = new java.util.ArrayList<>();
    run.at("/results").forEach(r -> kept.add(r.at("/message/text").asString()));
    assertThat(kept).as("the three errors, then the first warning, in report order")
        .containsExactly("warning 1", "error 2", "error 4", "error 6");
    JsonNode note = run.at("/invocations/0/toolExecutionNotifications/0");
    assertThat(note.at("/descriptor/id").asString()).isEqualTo(SarifReport.RESULTS_LEFT_OUT);
    assertThat(note.at("/level").asString()).isEqualTo("warning");
    assertThat(note.at("/message/text").asString())
        .startsWith("This run holds the 4 most severe of 9 results; 5 were left out (5 warnings).");
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();

    StringWriter all = new StringWriter();
    new SarifReport("1.0.0", BASE).write(report, new PrintWriter(all));
    JsonNode full = JsonMapper.builder().build().readTree(all.toString()).at("/runs/0");
    assertThat(full.at("/results").size()).isEqualTo(9);
    assertThat(full.at("/invocations/0").has("toolExecutionNotifications")).isFalse();
    assertThat(SarifReport.DEFAULT_MAX_RESULTS).isEqualTo(5_000);
  }

  @Test
  void sarifFileLevelResultsHaveNoRegionAndOutsidePathsNoBase() throws Exception {
    ValidationReport report = report(
        Finding.of(Rule.NO_DATASET_FILES, Location.ofFile("/elsewhere/empty"), "no dataset files"),
        Finding.of(Rule.TRAILING_CONTENT, new Location("/elsewhere/x.json", 4, 0), "trailing"),
        Finding.of(Rule.INVALID_ID, new Location("in/x.json", 2, 9), "bad id"));
    StringWriter out = new StringWriter();
    new SarifReport("1.0.0", BASE).write(report, new PrintWriter(out));
    assertThat(CiReportsFixtureTest.sarifErrors(out.toString())).isEmpty();
    JsonNode results = JsonMapper.builder().build().readTree(out.toString()).at("/runs/0/results");
    JsonNode folder = results.at("/0/locations/0/physicalLocation");
    assertThat(folder.at("/artifactLocation/uri").asString()).isEqualTo("file:///elsewhere/empty");
    assertThat(folder.at("/artifactLocation").has("uriBaseId")).isFalse();
    assertThat(folder.has("region")).as("a file-level result has no region").isFalse();
    JsonNode line = results.at("/1/locations/0/physicalLocation/region");
    assertThat(line.at("/startLine").asInt()).isEqualTo(4);
    assertThat(line.has("startColumn")).isFalse();
    JsonNode inside = results.at("/2/locations/0/physicalLocation/artifactLocation");
    assertThat(inside.at("/uri").asString()).isEqualTo("in/x.json");
    assertThat(inside.at("/uriBaseId").asString()).isEqualTo(SarifReport.SRCROOT);
  }
}
