package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every parsing case of JSONTestSuite given to {@code policyset validate}: n_ cases fail with a
 * located syntax finding, y_ cases pass the syntax layer, and no case crashes, hangs or exits with
 * anything but 0, 1 or 3.
 */
class JsonTestSuiteTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Reliability LOG = new Reliability(JsonTestSuiteTest.class);

  /**
   * The parsing cases, kept in this module's test resources with their licence and origin
   * ({@code src/test/resources/JSONTestSuite/ORIGIN.md}), so that a fresh clone runs them.
   */
  static final Path SUITE = Path.of("src", "test", "resources", "JSONTestSuite", "test_parsing");

  @org.junit.jupiter.api.AfterAll
  static void writeLog() {
    LOG.write();
  }

  @TestFactory
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  Stream<DynamicTest> everyParsingCase() throws Exception {
    List<Path> cases;
    try (Stream<Path> s = Files.list(SUITE)) {
      cases = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    assertThat(cases).as("the JSONTestSuite parsing cases in %s", SUITE).hasSize(318);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static void check(Path file) {
    String name = file.getFileName().toString();
    Cli r = Cli.run("validate", "--format", "json", file.toString());
    assertThat(r.exit()).as("exit code of %s", name).isIn(0, 1, 3);
    assertThat(r.err()).as("stderr of %s", name).doesNotContain("Exception").doesNotContain("\tat ");
    JsonNode report = MAPPER.readTree(r.out());
    JsonNode syntax = null;
    for (JsonNode f : report.get("findings")) {
      if (f.get("layer").asString().equals("syntax")) {
        syntax = f;
        break;
      }
    }
    String category = name.startsWith("n_") ? "JSONTestSuite n_ cases (must be rejected)"
        : name.startsWith("y_") ? "JSONTestSuite y_ cases (valid JSON: must pass the syntax layer; "
            + "exit 1 when it is not a dataset document)"
        : "JSONTestSuite i_ cases (either is allowed)";
    LOG.record(category, name, (syntax != null ? syntax.get("code").asString() + " "
        + syntax.get("rule").asString() : "no syntax finding") + ", exit " + r.exit());
    if (name.startsWith("n_")) {
      assertThat(r.exit()).as("exit code of %s", name).isEqualTo(1);
      assertThat(syntax).as("a syntax finding for %s; got %s", name, r.out()).isNotNull();
      assertThat(syntax.get("file").asString()).isEqualTo(file.toString());
      assertThat(syntax.get("line").asInt()).as("line of %s", name).isPositive();
      assertThat(syntax.get("column").asInt()).as("column of %s", name).isPositive();
    } else if (name.startsWith("y_")) {
      assertThat(syntax).as("no syntax finding for %s; got %s", name, r.out()).isNull();
    }
  }
}
