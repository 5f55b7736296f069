package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.RuleDocumentation;
import org.policyset.core.diagnostic.Layer;
import org.policyset.core.diagnostic.Finding;

/** The rule documentation is complete, and its JSON examples do what they say. */
class RuleDocumentationTest {

  /** Rules whose examples are not single documents: files, bytes, folders, suppressions files. */
  private static final Set<Rule> NOT_A_DOCUMENT = EnumSet.of(Rule.INVALID_ENCODING,
      Rule.BYTE_ORDER_MARK, Rule.LIMIT_EXCEEDED, Rule.MISSING_MANIFEST, Rule.DUPLICATE_MANIFEST);

  @TempDir
  Path dir;

  @Test
  void everyRuleHasARationaleAndTwoExamples() {
    for (Rule r : Rule.values()) {
      RuleDocumentation d = r.documentation();
      assertThat(d.rationale()).as(r.code()).isNotBlank().endsWith(".");
      assertThat(d.failingExample()).as(r.code()).isNotBlank().isNotEqualTo(d.passingExample());
      assertThat(d.passingExample()).as(r.code()).isNotBlank();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyJsonExampleFailsOrPassesAsDocumented() {
    return Stream.of(Rule.values())
        .filter(r -> r.layer() != Layer.INPUT && r.layer() != Layer.CONFIGURATION)
        .filter(r -> !NOT_A_DOCUMENT.contains(r))
        .map(r -> DynamicTest.dynamicTest(r.code() + " " + r.slug(), () -> check(r)));
  }

  private void check(Rule rule) throws IOException {
    RuleDocumentation d = rule.documentation();
    assertThat(RuleDocumentation.isJson(d.failingExample())).as("failing example is JSON").isTrue();
    assertThat(RuleDocumentation.isJson(d.passingExample())).as("passing example is JSON").isTrue();
    ValidationReport failing = validate(rule, rule.code() + "-fails", d.failingExample());
    assertThat(failing.findings()).as("findings of the failing example of %s", rule.code())
        .extracting(Finding::rule).contains(rule);
    ValidationReport passing = validate(rule, rule.code() + "-passes", d.passingExample());
    assertThat(passing.findings()).as("findings of the passing example of %s", rule.code()).isEmpty();
  }

  /**
   * Validates an example. The examples of other rules are minimal, and many declare a lone topic or
   * actor that nothing refers to: PS308 unused-record is left out of them (its own examples are
   * checked with it), rather than padding every example with a stance that names everything.
   */
  private ValidationReport validate(Rule rule, String name, String example) throws IOException {
    Path folder = dir.resolve(name);
    Files.createDirectories(folder);
    if (!example.stripLeading().startsWith("{\"manifest\"")) {
      // An example that opens with its own manifest (one of schema version 2, say) keeps it.
      Files.writeString(folder.resolve("manifest.json"), """
          {"manifest": {"id": "example", "title": "Example", "version": "1.0.0",
                        "license": "CC-BY-4.0", "schemaVersion": "1"}}""");
    }
    Files.writeString(folder.resolve("seed.txt"), "Throughout the years of war on the Gaza Strip, "
        + "China has been insisting on the need for a ceasefire.\n");
    Files.writeString(folder.resolve("example.json"), example);
    return DatasetValidator.create()
        .ignoring(rule == Rule.UNUSED_RECORD ? java.util.Set.of() : java.util.Set.of(Rule.UNUSED_RECORD))
        .validate(List.of(folder));
  }
}
