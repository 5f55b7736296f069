package org.policyset.core.validation;

import org.policyset.core.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.Layer;
import org.policyset.core.diagnostic.Finding;

/**
 * One broken dataset per rule under {@code fixtures/}, each with an {@code expected.json} listing
 * the exact findings (code, file, line, column) the validator must report — no more, no fewer. A
 * fixture's {@code .policyset-suppressions.json}, when present, is applied as the command line
 * applies it.
 */
class FixtureTest {

  @TempDir
  Path work;

  @TestFactory
  Stream<DynamicTest> everyFixtureReportsExactlyItsExpectedFindings() throws Exception {
    List<Path> folders = Fixtures.folders();
    assertThat(folders).hasSizeGreaterThan(40);
    List<String> coveredCodes = new ArrayList<>();
    folders.forEach(f -> coveredCodes.add(f.getFileName().toString().split("-")[0]));
    for (Rule rule : Rule.values()) {
      if (rule.layer() != Layer.INPUT) {
        assertThat(coveredCodes).as("a fixture for %s", rule.code()).contains(rule.code());
      }
    }
    return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private void check(Path fixture) throws IOException {
    Path copy = work.resolve(fixture.getFileName().toString());
    Fixtures.copyDataset(fixture, copy);
    Path suppressions = copy.resolve(Suppressions.DEFAULT_FILE_NAME);
    ValidationReport report = DatasetValidator.create()
        .withSuppressions(Files.exists(suppressions) ? Suppressions.read(suppressions) : Suppressions.none())
        .validate(List.of(copy));
    List<String> actual = new ArrayList<>();
    for (Finding f : report.findings()) {
      String file = f.location().file().equals(copy.toString()) ? "."
          : copy.relativize(Path.of(f.location().file())).toString();
      actual.add(f.rule().code() + " " + file + ":" + f.location().line() + ":" + f.location().column());
    }
    List<String> expected = new ArrayList<>();
    for (JsonNode e : JsonMapper.builder().build().readTree(fixture.resolve("expected.json").toFile())) {
      expected.add(e.get("code").asString() + " " + e.get("file").asString() + ":"
          + e.get("line").asInt() + ":" + e.get("column").asInt());
    }
    assertThat(actual).as("findings of %s: %s", fixture.getFileName(), report.findings())
        .containsExactlyInAnyOrderElementsOf(expected);
  }
}
