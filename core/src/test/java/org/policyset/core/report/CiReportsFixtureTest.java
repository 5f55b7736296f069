package org.policyset.core.report;

import org.policyset.core.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.Suppressions;
import org.policyset.core.validation.ValidationReport;

/**
 * Every fixture of broken (and valid) data, written in every CI format: the SARIF log validates
 * against the official SARIF 2.1.0 schema, each GitHub annotation names the same file, line, column
 * and rule as the text report, and the JUnit XML has one failure per error (its well-formedness is
 * checked by the command-line tests).
 */
class CiReportsFixtureTest {

  private static final Schema SARIF = sarifSchema();

  @TempDir
  Path work;

  static Schema sarifSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
            .schemaLoader(l -> l.fetchRemoteResources(false)));
    try (InputStream in = CiReportsFixtureTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return registry.getSchema(in, InputFormat.JSON);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Returns the schema errors of a SARIF log, empty when it conforms. */
  static List<Error> sarifErrors(String log) {
    return SARIF.validate(log, InputFormat.JSON);
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureInEveryCiFormat() throws Exception {
    List<Path> folders = Fixtures.folders();
    assertThat(folders).hasSizeGreaterThan(40);
    return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private void check(Path fixture) throws Exception {
    Path copy = work.resolve(fixture.getFileName().toString());
    Fixtures.copyDataset(fixture, copy);
    Path suppressions = copy.resolve(Suppressions.DEFAULT_FILE_NAME);
    ValidationReport report = DatasetValidator.create()
        .withSuppressions(Files.exists(suppressions) ? Suppressions.read(suppressions) : Suppressions.none())
        .validate(List.of(copy));
    boolean broken = fixture.getFileName().toString().startsWith("PS");
    assertThat(report.findings().isEmpty()).as("findings of %s", fixture.getFileName()).isNotEqualTo(broken);

    StringWriter sarif = new StringWriter();
    new SarifReport("0.1.0-SNAPSHOT", copy).write(report, new PrintWriter(sarif));
    assertThat(sarifErrors(sarif.toString())).as("SARIF of %s:\n%s", fixture.getFileName(), sarif)
        .isEmpty();

    StringWriter text = new StringWriter();
    new TextReport(false).write(report, null, new PrintWriter(text));
    StringWriter github = new StringWriter();
    new GithubReport().write(report, new PrintWriter(github));
    assertThat(parseGithub(github.toString())).as("GitHub annotations of %s", fixture.getFileName())
        .containsExactlyElementsOf(parseText(text.toString()))
        .hasSize(report.findings().size());

    String xml = new JunitReport().render(report);
    assertThat(xml.split("<failure ", -1)).hasSize((int) report.errors() + 1);
    assertThat(xml.split("<testcase ", -1).length - 1).isGreaterThanOrEqualTo(report.files().size());
  }

  private static final Pattern COMMAND = Pattern.compile(
      "^::(error|warning) file=([^,]*)(?:,line=(\\d+))?(?:,col=(\\d+))?,title=(PS\\d{3}) [a-z-]+::(.*)$");

  /** Parses GitHub workflow commands into "file line column severity code". */
  static List<String> parseGithub(String out) {
    List<String> parsed = new ArrayList<>();
    for (String line : out.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = COMMAND.matcher(line);
      assertThat(m.matches()).as("a workflow command: %s", line).isTrue();
      String file = unescapeProperty(m.group(2));
      parsed.add(file + " " + (m.group(3) == null ? 0 : m.group(3)) + " "
          + (m.group(4) == null ? 0 : m.group(4)) + " " + m.group(1) + " " + m.group(5));
      assertThat(m.group(6)).doesNotContain("\r").doesNotContain("\n");
    }
    return parsed;
  }

  /** Undoes GitHub's property escaping, as the Actions runner does. */
  static String unescapeProperty(String s) {
    return s.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r")
        .replace("%25", "%");
  }

  private static final Pattern TEXT_FINDING = Pattern.compile(
      "^  (?:(\\d+):(\\d+)|-)\\s+(error|warning)\\s+(PS\\d{3}) .*$");

  /** Parses the text report into "file line column severity code", in report order. */
  static List<String> parseText(String out) {
    List<String> parsed = new ArrayList<>();
    String file = null;
    for (String line : out.split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("✔") || line.startsWith("✖")) {
        continue;
      }
      if (!line.startsWith(" ")) {
        file = line;
        continue;
      }
      Matcher m = TEXT_FINDING.matcher(line);
      if (m.matches()) {
        parsed.add(file + " " + (m.group(1) == null ? 0 : m.group(1)) + " "
            + (m.group(2) == null ? 0 : m.group(2)) + " " + m.group(3) + " " + m.group(4));
      }
    }
    return parsed;
  }
}
