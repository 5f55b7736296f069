package org.policyset.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.report.ReportFormat;
import org.policyset.core.workflow.ValidateRequest;

/**
 * The goal's parameters mapped onto the validate workflow's request, without Maven: each parameter
 * reaches the request, relative paths are the project's, and every parameter that cannot be used
 * stops the build with a message that names it.
 */
class ParameterMappingTest {
  @TempDir
  Path project;

  ValidateMojo mojo;

  @BeforeEach
  void mojo() throws IOException {
    Files.createDirectories(project.resolve("data"));
    mojo = new ValidateMojo();
    mojo.basedir = project.toFile();
    mojo.buildDirectory = project.resolve("target").toFile();
    mojo.paths = List.of(project.resolve("data").toFile());
    mojo.workingFolder = project;
  }

  @Test
  void theDefaultsValidateTheDataFolderWithEveryRuleAndWriteNoReport() throws Exception {
    ValidateRequest r = mojo.toRequest();
    assertThat(r.inputs()).containsExactly(Path.of("data"));
    assertThat(r.strict()).isFalse();
    assertThat(r.select()).isEmpty();
    assertThat(r.ignore()).isEmpty();
    assertThat(r.baseline()).isNull();
    assertThat(r.suppressions()).isNull();
    assertThat(r.output()).isNull();
  }

  @Test
  void everyParameterReachesTheRequest() throws Exception {
    Files.writeString(project.resolve("baseline.json"), "{}");
    Files.writeString(project.resolve("accepted.json"), "{}");
    mojo.strict = true;
    mojo.select = List.of("PS302,unused-source", " provenance ");
    mojo.ignore = List.of("PS402");
    mojo.baseline = new File("baseline.json");
    mojo.suppressions = new File("accepted.json");
    mojo.format = "SARIF";
    ValidateRequest r = mojo.toRequest();
    assertThat(r.strict()).isTrue();
    assertThat(r.select()).contains(Rule.DANGLING_REFERENCE, Rule.UNUSED_SOURCE)
        .allMatch(rule -> rule == Rule.DANGLING_REFERENCE
            || rule.layer() == org.policyset.core.diagnostic.Layer.PROVENANCE);
    assertThat(r.ignore()).containsExactly(Rule.lookup("PS402"));
    assertThat(r.baseline()).isEqualTo(project.resolve("baseline.json"));
    assertThat(r.suppressions()).isEqualTo(project.resolve("accepted.json"));
    assertThat(r.report().format()).isEqualTo(ReportFormat.SARIF);
    assertThat(r.output()).isEqualTo(project.resolve("target/policyset/validation.sarif"));
    assertThat(project.resolve("target/policyset")).isDirectory();
  }

  @ParameterizedTest
  @CsvSource({"sarif, validation.sarif", "junit, validation.xml", "json, validation.json",
      "text, validation.txt", "github, validation.txt"})
  void eachFormatHasItsDefaultFile(String format, String file) throws Exception {
    mojo.format = format;
    assertThat(mojo.toRequest().output()).isEqualTo(project.resolve("target/policyset").resolve(file));
  }

  @Test
  void anOutputFileIsTheProjects() throws Exception {
    mojo.format = "junit";
    mojo.output = new File("reports/TEST-policyset.xml");
    assertThat(mojo.toRequest().output()).isEqualTo(project.resolve("reports/TEST-policyset.xml"));
    assertThat(project.resolve("reports")).isDirectory();
  }

  @Test
  void pathsInsideTheWorkingFolderAreRelativeToItAndOthersAbsolute(@TempDir Path elsewhere)
      throws Exception {
    Files.createDirectories(project.resolve("more/data"));
    mojo.paths = List.of(new File("more/data"), elsewhere.toFile(), project.toFile());
    assertThat(mojo.toRequest().inputs())
        .containsExactly(Path.of("more/data"), elsewhere.toAbsolutePath(), Path.of("."));
  }

  @Test
  void theProjectsOwnSuppressionsFileIsReadWhenItIsThere() throws Exception {
    Files.writeString(project.resolve(".policyset-suppressions.json"), "{\"suppressions\": []}");
    assertThat(mojo.toRequest().suppressions()).isEqualTo(project.resolve(".policyset-suppressions.json"));
  }

  @Test
  void noPathsIsAConfigurationError() {
    mojo.paths = List.of();
    assertThatThrownBy(mojo::toRequest).isInstanceOf(MojoExecutionException.class)
        .hasMessage("no dataset to validate: <paths> is empty; name the dataset's files or folders "
            + "(by default the project's data folder)");
  }

  @Test
  void aPathThatDoesNotExistIsNamedWithTheParameter() {
    mojo.paths = List.of(new File("dataset"));
    assertThatThrownBy(mojo::toRequest).isInstanceOf(MojoExecutionException.class)
        .hasMessage("the dataset path " + project.resolve("dataset") + " does not exist; set <paths> "
            + "in the plugin's configuration (or -Dpolicyset.paths) to the dataset's files or folders "
            + "(default: ${project.basedir}/data)");
  }

  @Test
  void anUnknownFormatListsTheFormats() {
    mojo.format = "xml";
    assertThatThrownBy(mojo::toRequest).isInstanceOf(MojoExecutionException.class)
        .hasMessage("unknown report format 'xml' in <format>; use one of text, json, sarif, github, junit");
  }

  @Test
  void anOutputWithoutAFormatIsAConfigurationError() {
    mojo.output = new File("report.sarif");
    assertThatThrownBy(mojo::toRequest).isInstanceOf(MojoExecutionException.class)
        .hasMessage("<output> is set to " + project.resolve("report.sarif") + " but no <format>: set it "
            + "to sarif, junit, json, text or github");
  }

  @Test
  void anUnknownRuleNamesTheParameter() {
    mojo.ignore = List.of("PS404", "unused-sources");
    assertThatThrownBy(mojo::toRequest).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("unknown rule 'unused-sources'")
        .hasMessageEndingWith(" in <ignore>; name rules by code (PS302), name (dangling-reference) or "
            + "layer (integrity)");
  }

  @Test
  void aBaselineOrSuppressionsFileThatIsNotThereIsNamedWithTheParameter() throws IOException {
    mojo.baseline = new File("baseline.json");
    assertThatThrownBy(mojo::toRequest).isInstanceOf(MojoExecutionException.class)
        .hasMessage("the baseline file " + project.resolve("baseline.json") + " does not exist; set "
            + "<baseline> (or -Dpolicyset.baseline) to the file, or leave it out");
    mojo.baseline = null;
    mojo.suppressions = project.resolve("data").toFile();
    assertThatThrownBy(mojo::toRequest).isInstanceOf(MojoExecutionException.class)
        .hasMessage("the suppressions file " + project.resolve("data") + " is not a regular file; set "
            + "<suppressions> (or -Dpolicyset.suppressions) to the file, or leave it out");
  }

  @Test
  void noMessageSpeaksOfCommandLineOptions() {
    List<String> messages = new ArrayList<>();
    List<Runnable> mistakes = List.of(
        () -> mojo.paths = List.of(),
        () -> mojo.paths = List.of(new File("nothing")),
        () -> mojo.format = "pdf",
        () -> mojo.output = new File("x"),
        () -> mojo.select = List.of("PS999"),
        () -> mojo.baseline = new File("none.json"),
        () -> mojo.suppressions = new File("none.json"));
    for (Runnable mistake : mistakes) {
      ValidateMojo fresh = new ValidateMojo();
      fresh.basedir = mojo.basedir;
      fresh.buildDirectory = mojo.buildDirectory;
      fresh.paths = mojo.paths;
      fresh.workingFolder = mojo.workingFolder;
      ValidateMojo saved = mojo;
      mojo = fresh;
      mistake.run();
      try {
        mojo.toRequest();
        messages.add("no error");
      } catch (MojoExecutionException e) {
        messages.add(e.getMessage());
      }
      mojo = saved;
    }
    assertThat(messages).hasSize(mistakes.size()).doesNotContain("no error")
        .noneMatch(m -> m.matches("(?s).*(?<![-\\w])--[a-z].*"));
  }
}
