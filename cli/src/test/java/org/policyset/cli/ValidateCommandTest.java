package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

  @TempDir
  Path dir;

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  @Test
  void theBundledDatasetIsValid() {
    Cli r = Cli.run("validate", "--color=never");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("bundled dataset").contains("no errors, no warnings");
    assertThat(r.exit()).isZero();
  }

  @Test
  void aDanglingReferenceFailsWithItsLocationAndAHint() throws Exception {
    write("d/stances.json", """
        {
          "stances": [
            {
              "id": "s1",
              "holders": ["cn"],
              "topic": "gaza-cesefire",
              "position": "supports",
              "statement": "A statement.",
              "date": "2025",
              "sources": [{"source": "src"}]
            }
          ],
          "topics": [{"id": "gaza-ceasefire", "name": "Gaza ceasefire"}],
          "actors": [{"id": "cn", "name": "China", "kind": "state"}],
          "sources": [{"id": "src", "title": "A source", "kind": "news"}]
        }
        """);
    Cli r = Cli.run("validate", "--color=never", dir.resolve("d/stances.json").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains(dir.resolve("d/stances.json").toString())
        .contains("6:7")
        .contains("PS302")
        .contains("stance 's1' refers to unknown topic 'gaza-cesefire'")
        .contains("hint: did you mean 'gaza-ceasefire'?")
        .contains("1 error");
  }

  @Test
  void jsonReportIsVersionedAndComplete() throws Exception {
    Path f = write("x.json", "{\"topics\": [{\"id\": \"Bad\", \"name\": \"x\"}]}");
    Cli r = Cli.run("validate", "--format", "json", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode report = JsonMapper.builder().build().readTree(r.out());
    assertThat(report.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(report.at("/summary/errors").asInt()).isEqualTo(1);
    assertThat(report.at("/summary/recordsByType/topics").asInt()).isEqualTo(1);
    JsonNode finding = report.at("/findings/0");
    assertThat(finding.get("code").asString()).isEqualTo("PS206");
    assertThat(finding.get("rule").asString()).isEqualTo("invalid-id");
    assertThat(finding.get("line").asInt()).isEqualTo(1);
    assertThat(finding.get("column").asInt()).isEqualTo(14);
    assertThat(finding.get("pointer").asString()).isEqualTo("/topics/0/id");
    assertThat(finding.get("hint").asString()).contains("'bad'");
  }

  @Test
  void warningsPassUnlessStrict() throws Exception {
    Path f = write("w.json", "{\"sources\": [{\"id\": \"s\", \"title\": \"T\", \"kind\": \"news\"}]}");
    assertThat(Cli.run("validate", f.toString()).exit()).isZero();
    assertThat(Cli.run("validate", "--strict", f.toString()).exit()).isEqualTo(1);
    Cli ignored = Cli.run("validate", "--strict", "--ignore", "unused-source", f.toString());
    assertThat(ignored.exit()).isZero();
  }

  @Test
  void unreadableInputExitsThree() {
    Cli r = Cli.run("validate", dir.resolve("missing.json").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).contains("PS001").contains("no such file or folder");
  }

  @Test
  void aFolderWithoutDatasetFilesExitsThree() throws Exception {
    write("empty/readme.txt", "nothing here");
    Cli r = Cli.run("validate", dir.resolve("empty").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).contains("PS002");
  }

  @Test
  void usageErrorsExitTwoWithAMessageNotAStackTrace() {
    Cli r = Cli.run("validate", "--no-such-option");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--no-such-option'").doesNotContain("Exception");
    Cli bad = Cli.run("validate", "--ignore", "PS999");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown rule 'PS999'");
    Cli format = Cli.run("validate", "--format", "yaml");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("text, json");
  }

  @Test
  void helpDocumentsExitCodes() {
    Cli r = Cli.run("validate", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Exit codes:").contains("3   An input could not be read");
  }
}
