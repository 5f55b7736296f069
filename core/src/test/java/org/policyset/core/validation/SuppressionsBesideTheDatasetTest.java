package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;

/**
 * The suppressions files that apply by default: the working folder's, then the one beside each
 * dataset, each once, a finding accepted by the first entry that matches; and baseline entries
 * that match no finding any more reported as stale.
 */
class SuppressionsBesideTheDatasetTest {

  @TempDir
  Path dir;

  static final String DATA = """
      {"actors": [{"id": "cn", "name": "China", "kind": "state"},
                  {"id": "us", "name": "United States", "kind": "state"}],
       "topics": [{"id": "gaza", "name": "Gaza"}],
       "sources": [{"id": "seed", "title": "Commentary", "kind": "commentary"}],
       "stances": [{"id": "s-1", "holders": ["cn"], "topic": "gaza", "position": "calls-for",
                    "statement": "A stance.", "date": "2023", "sources": [{"source": "seed"}]}]}
      """;

  static String suppression(String record, String reason) {
    return "{\"suppressions\": [{\"rule\": \"PS308\", \"record\": \"" + record
        + "\", \"reason\": \"" + reason + "\"}]}";
  }

  private Path dataset(String name) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.writeString(folder.resolve("data.json"), DATA);
    Files.writeString(folder.resolve("manifest.json"), """
        {"manifest": {"id": "m", "title": "M", "version": "1.0.0", "license": "CC-BY-4.0",
                      "schemaVersion": "1"}}""");
    return folder;
  }

  @Test
  void aDatasetsOwnSuppressionsAreFoundBesideIt() throws IOException {
    Path data = dataset("data");
    Path work = Files.createDirectories(dir.resolve("work"));
    assertThat(Suppressions.defaultFiles(work, List.of(data))).isEmpty();
    Files.writeString(data.resolve(Suppressions.DEFAULT_FILE_NAME), suppression("actor:us", "kept"));

    assertThat(Suppressions.defaultFiles(work, List.of(data)))
        .containsExactly(data.resolve(Suppressions.DEFAULT_FILE_NAME));
    // A file operand: the folder that holds it.
    assertThat(Suppressions.defaultFiles(work, List.of(data.resolve("data.json"))))
        .containsExactly(data.resolve(Suppressions.DEFAULT_FILE_NAME));
    // The working folder is the dataset's: one file, read once.
    assertThat(Suppressions.defaultFiles(data, List.of(data)))
        .containsExactly(data.resolve(Suppressions.DEFAULT_FILE_NAME));

    ValidationReport r = DatasetValidator.create()
        .withSuppressions(Suppressions.readAll(Suppressions.defaultFiles(work, List.of(data))))
        .validate(List.of(data));
    assertThat(r.findings()).isEmpty();
    assertThat(r.suppressed()).singleElement()
        .satisfies(s -> assertThat(s.finding().record()).isEqualTo("actor:us"));
  }

  @Test
  void theWorkingFoldersFileComesFirstAndARepeatedEntryIsUnused() throws IOException {
    Path data = dataset("data");
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(work.resolve(Suppressions.DEFAULT_FILE_NAME), suppression("actor:us", "here"));
    Files.writeString(data.resolve(Suppressions.DEFAULT_FILE_NAME), suppression("actor:us", "there"));

    List<Path> files = Suppressions.defaultFiles(work, List.of(data));
    assertThat(files).containsExactly(work.resolve(Suppressions.DEFAULT_FILE_NAME),
        data.resolve(Suppressions.DEFAULT_FILE_NAME));
    ValidationReport r = DatasetValidator.create().withSuppressions(Suppressions.readAll(files))
        .validate(List.of(data));
    assertThat(r.suppressed()).singleElement()
        .satisfies(s -> assertThat(s.suppression().reason()).isEqualTo("here"));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.UNUSED_SUPPRESSION);
      assertThat(f.location().file()).isEqualTo(data.resolve(Suppressions.DEFAULT_FILE_NAME).toString());
    });
  }

  @Test
  void fileTargetsStayRelativeToTheirOwnFile() throws IOException {
    Path a = dataset("a");
    Path b = dataset("b");
    Files.writeString(b.resolve(Suppressions.DEFAULT_FILE_NAME),
        "{\"suppressions\": [{\"rule\": \"PS308\", \"file\": \"data.json\", \"reason\": \"b only\"}]}");
    ValidationReport r = DatasetValidator.create()
        .withSuppressions(Suppressions.readAll(Suppressions.defaultFiles(dir, List.of(a, b))))
        .validate(List.of(a.resolve("data.json")));
    assertThat(r.findings()).extracting(Finding::rule).contains(Rule.UNUSED_RECORD);
  }

  @Test
  void aBaselineEntryThatMatchesNothingAnyMoreIsReportedStale() throws IOException {
    Path data = dataset("data");
    Path baselineFile = dir.resolve("baseline.json");
    ValidationReport before = DatasetValidator.create().validate(List.of(data));
    assertThat(before.findings()).extracting(Finding::rule).containsExactly(Rule.UNUSED_RECORD);
    Baseline.of(before.findings()).write(baselineFile);

    // The finding is fixed: its entry is stale.
    Files.writeString(data.resolve("data.json"), DATA.replace("\"holders\": [\"cn\"]",
        "\"holders\": [\"cn\", \"us\"]"));
    ValidationReport after = DatasetValidator.create().withBaseline(Baseline.read(baselineFile))
        .validate(List.of(data));
    assertThat(after.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.UNUSED_SUPPRESSION);
      assertThat(f.location().file()).isEqualTo(baselineFile.toString());
      assertThat(f.message()).isEqualTo("baseline entry PS308 of actor:us at /id matched no finding");
    });
    assertThat(DatasetValidator.create().withBaseline(Baseline.read(baselineFile)).strict(true)
        .validate(List.of(data)).isValid()).isFalse();

    // Not stale: the finding still there, or its rule not reported in this run.
    Files.writeString(data.resolve("data.json"), DATA);
    assertThat(DatasetValidator.create().withBaseline(Baseline.read(baselineFile))
        .validate(List.of(data)).findings()).isEmpty();
    Files.writeString(data.resolve("data.json"), DATA.replace("\"holders\": [\"cn\"]",
        "\"holders\": [\"cn\", \"us\"]"));
    assertThat(DatasetValidator.create().withBaseline(Baseline.read(baselineFile))
        .ignoring(java.util.Set.of(Rule.UNUSED_RECORD)).validate(List.of(data)).findings()).isEmpty();
  }
}
