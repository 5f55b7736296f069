package org.policyset.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The validate goal run as Maven runs it — parameters set, then {@code execute()} — on small
 * datasets in projects under {@code target/mojo-tests} (inside the folder the tests run in, as a
 * project is inside the folder Maven runs in): what the build log shows, when the build fails or
 * stops, and nothing on standard output.
 */
class ValidateMojoTest {
  final RecordingLog log = new RecordingLog();
  Path project;

  @BeforeEach
  void project(TestInfo test) throws IOException {
    project = Path.of("target", "mojo-tests", test.getTestMethod().orElseThrow().getName())
        .toAbsolutePath();
    if (Files.exists(project)) {
      try (Stream<Path> all = Files.walk(project)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(project);
  }

  ValidateMojo mojo() {
    ValidateMojo mojo = new ValidateMojo();
    mojo.basedir = project.toFile();
    mojo.buildDirectory = project.resolve("target").toFile();
    mojo.paths = List.of(project.resolve("data").toFile());
    mojo.setLog(log);
    return mojo;
  }

  String data(String file) {
    return project.resolve("data").resolve(file).toString();
  }

  @Test
  void aValidDatasetPassesAndTheLogSaysWhatWasChecked() throws Exception {
    TestDatasets.valid(project.resolve("data"));
    mojo().execute();
    assertThat(log.lines).containsExactly(
        "INFO policyset: data: 3 files, 6 records checked: no errors, no warnings");
  }

  @Test
  void eachFindingIsLoggedWithItsAbsoluteFileLineColumnAndRuleAndTheBuildFails() throws Exception {
    TestDatasets.broken(project.resolve("data"));
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("policyset: data: 3 files, 6 records checked: 2 errors, no warnings");
    assertThat(log.lines).containsExactly(
        "ERROR " + data("records.json") + ":[6,7] PS208 'country' is not a valid 'kind' [invalid-enum]",
        "ERROR     hint: allowed: state, international-organization, regional-organization, organ, "
            + "grouping, non-state, person",
        "ERROR " + data("stances.json") + ":[8,7] PS302 stance 'cn-gaza-ceasefire' refers to unknown "
            + "topic 'two-state-solution' [dangling-reference]",
        "ERROR     hint: add a topic with id 'two-state-solution' to 'topics', or fix the reference");
  }

  @Test
  void warningsAreLoggedAndPassUnlessStrict() throws Exception {
    TestDatasets.withWarning(project.resolve("data"));
    mojo().execute();
    assertThat(log.at("WARN")).first().asString()
        .startsWith(data("records.json") + ":[").contains("PS404 ").endsWith("[unused-source]");
    assertThat(log.at("INFO")).containsExactly(
        "policyset: data: 3 files, 7 records checked: no errors, 1 warning");

    log.lines.clear();
    ValidateMojo strict = mojo();
    strict.strict = true;
    assertThatThrownBy(strict::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("policyset: data: 3 files, 7 records checked: 1 error, no warnings "
            + "(strict: warnings fail the build too)");
    assertThat(log.at("ERROR")).first().asString().contains("PS404 ");
  }

  @Test
  void nothingGoesToStandardOutputOrStandardError() throws Exception {
    TestDatasets.broken(project.resolve("data"));
    ValidateMojo mojo = mojo();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(log.at("ERROR")).hasSize(4);
  }

  @Test
  void textFromTheDatasetCannotRewriteTheLog() throws Exception {
    TestDatasets.write(project.resolve("data"), "state", null, "gaza\u001b[2J\n[INFO] BUILD SUCCESS");
    assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoFailureException.class);
    String line = log.at("ERROR").stream().filter(l -> l.contains("PS302")).findFirst().orElseThrow();
    assertThat(line).contains("'gaza\\e[2J\\n[INFO] BUILD SUCCESS'").doesNotContain("\u001b", "\n");
  }

  @Test
  void aFindingAboutNoPlaceInAFileNamesOnlyThePath() throws Exception {
    Path data = TestDatasets.valid(project.resolve("data"));
    Files.delete(data.resolve("manifest.json"));
    mojo().execute();
    assertThat(log.at("WARN")).first().isEqualTo(project.resolve("data") + " PS210 dataset has no "
        + "manifest [missing-manifest]");
  }

  @Test
  void aReportIsWrittenWhereAskedAndTheLogSaysWhere() throws Exception {
    TestDatasets.broken(project.resolve("data"));
    ValidateMojo mojo = mojo();
    mojo.format = "json";
    mojo.output = project.resolve("reports/policyset.json").toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    Path report = project.resolve("reports/policyset.json");
    assertThat(report).isRegularFile();
    assertThat(Files.readString(report)).contains("\"code\" : \"PS302\"", "\"code\" : \"PS208\"");
    assertThat(log.at("INFO")).contains("policyset json report written to " + report);
  }

  @Test
  void aReportThatWouldOverwriteTheDataIsRefusedAndTheDataKept() throws Exception {
    Path data = TestDatasets.valid(project.resolve("data"));
    String before = Files.readString(data.resolve("stances.json"));
    ValidateMojo mojo = mojo();
    mojo.format = "json";
    mojo.output = data.resolve("stances.json").toFile();
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("cannot write report " + data.resolve("stances.json"));
    assertThat(Files.readString(data.resolve("stances.json"))).isEqualTo(before);
  }

  @Test
  void aDatasetThatCannotBeReadStopsTheBuildAsAnError() throws Exception {
    Files.createDirectories(project.resolve("data"));
    Files.writeString(project.resolve("data/README.md"), "no dataset files here");
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("the dataset could not be read (see the errors above)");
    assertThat(log.at("ERROR")).first().asString().contains(" PS002 ");
  }

  @Test
  void aMalformedBaselineStopsTheBuildAsAnError() throws Exception {
    TestDatasets.valid(project.resolve("data"));
    Files.writeString(project.resolve("baseline.json"), "{\"findings\": 3}");
    ValidateMojo mojo = mojo();
    mojo.baseline = project.resolve("baseline.json").toFile();
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("is not a baseline");
  }

  @Test
  void skipValidatesNothing() throws Exception {
    ValidateMojo mojo = mojo();
    mojo.skip = true;
    mojo.execute();  // the data folder does not even exist
    assertThat(log.lines).containsExactly("INFO policyset validation skipped (skip is set)");
  }
}
