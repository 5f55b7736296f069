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
import org.policyset.core.diagnostic.Severity;

class SuppressionsTest {

  @TempDir
  Path dir;

  private Path data() throws IOException {
    Path f = dir.resolve("data/sources.json");
    Files.createDirectories(f.getParent());
    Files.writeString(f, """
        {"sources": [
          {"id": "seed", "title": "Seed commentary", "kind": "commentary"},
          {"id": "charter", "title": "UN Charter", "kind": "un-document"}
        ]}
        """);
    return f;
  }

  private Suppressions suppressions(String json) throws IOException {
    Path f = dir.resolve(Suppressions.DEFAULT_FILE_NAME);
    Files.writeString(f, json);
    return Suppressions.read(f);
  }

  private ValidationReport validate(Suppressions s) throws IOException {
    return DatasetValidator.create().withSuppressions(s).validate(List.of(data()));
  }

  @Test
  void aSuppressionWithAReasonMovesItsFindingToSuppressed() throws IOException {
    ValidationReport r = validate(suppressions("""
        {"suppressions": [
          {"rule": "unused-source", "record": "source:seed", "reason": "cited next release"}
        ]}"""));
    assertThat(r.findings()).extracting(Finding::record).containsExactly("source:charter");
    assertThat(r.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.finding().record()).isEqualTo("source:seed");
      assertThat(s.suppression().reason()).isEqualTo("cited next release");
      assertThat(s.suppression().declaredAt().line()).isEqualTo(2);
    });
  }

  @Test
  void aSuppressionWithoutAReasonIsAFindingAtItsPlaceAndSuppressesNothing() throws IOException {
    Suppressions s = suppressions("""
        {"suppressions": [
          {"rule": "PS404", "record": "source:seed"},
          {"rule": "PS404", "record": "source:charter", "reason": "  "}
        ]}""");
    assertThat(s.entries()).isEmpty();
    ValidationReport r = validate(s);
    assertThat(r.suppressed()).isEmpty();
    assertThat(r.findings()).filteredOn(f -> f.rule() == Rule.INVALID_SUPPRESSION)
        .extracting(f -> f.location().line(), Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "a suppression must state a reason"),
            org.assertj.core.groups.Tuple.tuple(3, "a suppression must state a reason"));
    assertThat(r.errors()).isEqualTo(2);
  }

  @Test
  void unknownRulesKeysAndMissingTargetsAreReportedWithHints() throws IOException {
    Suppressions s = suppressions("""
        {"suppressions": [
          {"rule": "unused-sorce", "record": "source:seed", "reason": "r"},
          {"rule": "PS404", "reason": "r"},
          {"rule": "PS404", "record": "seed", "reason": "r"},
          {"rule": "PS404", "record": "source:seed", "reasn": "r", "reason": "r"},
          {"rule": "PS001", "file": "x.json", "reason": "r"}
        ]}""");
    assertThat(s.entries()).isEmpty();
    assertThat(s.problems()).extracting(Finding::message).containsExactly(
        "unknown rule 'unused-sorce'",
        "a suppression names neither a record nor a file",
        "'seed' is not a record such as 'stance:cn-gaza'",
        "unknown key 'reasn' in a suppression",
        "findings of rule PS001 cannot be suppressed");
    assertThat(s.problems().get(0).hint()).isEqualTo("did you mean 'unused-source'?");
  }

  @Test
  void malformedJsonIsALocatedFindingNotAnException() throws IOException {
    Suppressions s = suppressions("{\"suppressions\": [\n  {\"rule\": \"PS404\",}\n]}");
    assertThat(s.problems()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.INVALID_SUPPRESSION);
      assertThat(f.location().line()).isEqualTo(2);
      assertThat(f.message()).startsWith("the suppressions file is not well-formed JSON");
    });
  }

  @Test
  void anUnusedSuppressionIsAWarningUnlessItsRuleIsNotSelected() throws IOException {
    Suppressions s = suppressions("""
        {"suppressions": [
          {"rule": "PS302", "record": "stance:gone", "reason": "fixed long ago"}
        ]}""");
    ValidationReport r = validate(s);
    assertThat(r.findings()).filteredOn(f -> f.rule() == Rule.UNUSED_SUPPRESSION).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).isEqualTo("suppression of PS302 on stance:gone matched no finding");
          assertThat(f.location().line()).isEqualTo(2);
        });
    ValidationReport selected = DatasetValidator.create().withSuppressions(s)
        .selecting(java.util.EnumSet.of(Rule.UNUSED_SOURCE, Rule.UNUSED_SUPPRESSION))
        .validate(List.of(data()));
    assertThat(selected.findings()).noneMatch(f -> f.rule() == Rule.UNUSED_SUPPRESSION);
  }

  @Test
  void fileTargetsMatchAFileOrAFolderRelativeToTheSuppressionsFile() throws IOException {
    Path data = data();
    for (String target : List.of("data/sources.json", "data", "./data/../data")) {
      Suppressions s = suppressions("{\"suppressions\": [{\"rule\": \"PS404\", \"file\": \""
          + target + "\", \"reason\": \"legacy\"}]}");
      ValidationReport r = DatasetValidator.create().withSuppressions(s).validate(List.of(data));
      assertThat(r.findings()).as(target).isEmpty();
      assertThat(r.suppressed()).as(target).hasSize(2);
    }
    Suppressions other = suppressions(
        "{\"suppressions\": [{\"rule\": \"PS404\", \"file\": \"other.json\", \"reason\": \"r\"}]}");
    assertThat(DatasetValidator.create().withSuppressions(other).validate(List.of(data)).suppressed())
        .isEmpty();
  }

  @Test
  void aPointerNarrowsTheMatchWithinTheRecord() throws IOException {
    Suppressions exact = suppressions("""
        {"suppressions": [{"rule": "PS404", "record": "source:seed", "pointer": "/id", "reason": "r"}]}""");
    assertThat(validate(exact).suppressed()).hasSize(1);
    Suppressions elsewhere = suppressions("""
        {"suppressions": [{"rule": "PS404", "record": "source:seed", "pointer": "/title", "reason": "r"}]}""");
    assertThat(validate(elsewhere).suppressed()).isEmpty();
  }
}
