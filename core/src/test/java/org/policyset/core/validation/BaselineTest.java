package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.Location;

class BaselineTest {

  @TempDir
  Path dir;

  private static final String SOURCES = """
        "sources": [{"id": "seed", "title": "Seed commentary", "kind": "commentary"}],
        "actors": [{"id": "cn", "name": "China", "kind": "state"}],
        "topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}]""";

  private static String stance(String id, String topic) {
    return "{\"id\": \"" + id + "\", \"holders\": [\"cn\"], \"topic\": \"" + topic + "\","
        + " \"position\": \"calls-for\",\n \"statement\": \"A statement.\", \"date\": \"2023\","
        + " \"sources\": [{\"source\": \"seed\"}]}";
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("data.json");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void aBaselineHidesOldFindingsEvenWhenTheyMoveAndReportsOnlyTheNewOne() throws IOException {
    Path data = write("{\n" + SOURCES + ",\n\"stances\": [\n" + stance("old", "gaza-cesefire")
        + "\n]}\n");
    ValidationReport before = DatasetValidator.create().validate(List.of(data));
    assertThat(before.findings()).extracting(f -> f.rule().code()).containsExactly("PS302");
    int oldLine = before.findings().get(0).location().line();
    Path baselineFile = dir.resolve("baseline.json");
    Baseline.of(before.findings()).write(baselineFile);

    // Ten new lines above the old finding, and a new error in a new stance.
    String padding = "\n".repeat(10);
    write("{\n" + padding + SOURCES + ",\n\"stances\": [\n" + stance("new", "two-states") + ",\n"
        + stance("old", "gaza-cesefire") + "\n]}\n");
    ValidationReport after = DatasetValidator.create()
        .withBaseline(Baseline.read(baselineFile))
        .validate(List.of(data));

    assertThat(after.findings()).hasSize(1);
    Finding only = after.findings().get(0);
    assertThat(only.rule()).isEqualTo(Rule.DANGLING_REFERENCE);
    assertThat(only.record()).isEqualTo("stance:new");
    assertThat(after.baselined()).hasSize(1);
    Finding moved = after.baselined().get(0);
    assertThat(moved.record()).isEqualTo("stance:old");
    assertThat(moved.location().line()).isGreaterThanOrEqualTo(oldLine + 10);
    assertThat(moved.pointer()).isEqualTo("/stances/1/topic");
  }

  @Test
  void theBaselineFileHoldsRulesRecordsAndPointersButNoLineNumbers() throws IOException {
    Path data = write("{\n" + SOURCES + ",\n\"stances\": [\n" + stance("old", "gaza-cesefire")
        + "\n]}\n");
    Path file = dir.resolve("baseline.json");
    Baseline.of(DatasetValidator.create().validate(List.of(data)).findings()).write(file);
    String text = Files.readString(file);
    assertThat(text).contains("\"baselineVersion\"").contains("\"PS302\"")
        .contains("\"stance:old\"").contains("\"/topic\"").contains("\"fingerprint\"")
        .doesNotContain("\"line\"").doesNotContain("\"column\"").endsWith("}\n");
    assertThat(Baseline.read(file).entries()).singleElement()
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/topic"));
  }

  @Test
  void matchingCountsSoASecondFindingWithOneFingerprintIsNew() throws IOException {
    Location at = new Location("data.json", 3, 5);
    Finding f = Finding.of(Rule.DUPLICATE_ID, at, "topic id 'x' is already used at data.json:2:5")
        .withPointer("/topics/1/id").withRecord("topic:x");
    Finding again = f.withPointer("/topics/2/id");
    assertThat(again.fingerprint()).isEqualTo(f.fingerprint());
    ValidationReport report = new ValidationReport(List.of(f, again), List.of(), java.util.Map.of(), 0,
        true);
    ValidationReport applied = report.applying(Baseline.of(List.of(f)));
    assertThat(applied.findings()).hasSize(1);
    assertThat(applied.baselined()).hasSize(1);
  }

  @Test
  void findingsAboutNoRecordMatchByFileAndMessageIgnoringPositionsInIt() {
    Finding a = Finding.of(Rule.DUPLICATE_MANIFEST, new Location("m.json", 2, 3),
        "a second manifest; the first stands at other.json:2:3").withPointer("/manifest");
    Finding b = Finding.of(Rule.DUPLICATE_MANIFEST, new Location("m.json", 12, 3),
        "a second manifest; the first stands at other.json:9:3").withPointer("/manifest");
    Finding elsewhere = Finding.of(Rule.DUPLICATE_MANIFEST, new Location("n.json", 2, 3),
        "a second manifest; the first stands at other.json:2:3").withPointer("/manifest");
    assertThat(b.fingerprint()).isEqualTo(a.fingerprint());
    assertThat(elsewhere.fingerprint()).isNotEqualTo(a.fingerprint());
  }

  @Test
  void inputAndConfigurationFindingsAreNeverBaselined() {
    Finding missing = Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile("nope"), "no such file");
    assertThat(Baseline.of(List.of(missing)).size()).isZero();
  }

  @Test
  void aFileThatIsNotABaselineIsAnIoError() throws IOException {
    Path f = dir.resolve("b.json");
    Files.writeString(f, "{\"findings\": 3}");
    assertThatThrownBy(() -> Baseline.read(f)).isInstanceOf(IOException.class)
        .hasMessageContaining("is not a baseline");
    Files.writeString(f, "{\"baselineVersion\": 9, \"findings\": []}");
    assertThatThrownBy(() -> Baseline.read(f)).hasMessageContaining("baseline version 9");
  }
}
