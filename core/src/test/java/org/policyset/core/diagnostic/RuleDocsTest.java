package org.policyset.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation of every rule is a Markdown file of its own among core's resources: one file per
 * rule, no file for a rule that does not exist, each in the structure the loader reads, and a file
 * that breaks the structure names itself and the line.
 */
class RuleDocsTest {

  private static final Path FOLDER =
      Path.of("src", "main", "resources", "org", "policyset", "core", "diagnostic", "rules");

  private static List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(FOLDER)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void everyRuleHasAFileAndEveryFileNamesARule() throws IOException {
    TreeSet<String> expected = new TreeSet<>();
    for (Rule r : Rule.values()) {
      expected.add(r.code() + ".md");
    }
    List<String> files = files();
    List<String> orphans = new ArrayList<>(files);
    orphans.removeAll(expected);
    assertThat(orphans).as("files in %s that name no rule", FOLDER).isEmpty();
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(files);
    assertThat(missing).as("rules without a documentation file in %s", FOLDER).isEmpty();
  }

  @Test
  void eachFileIsTheDocumentationTheCatalogueGives() throws IOException {
    for (Rule r : Rule.values()) {
      String text = Files.readString(FOLDER.resolve(r.code() + ".md"), StandardCharsets.UTF_8);
      assertThat(RuleDocs.parse(r, text)).as(r.code()).isEqualTo(r.documentation());
      assertThat(text).as(r.code()).startsWith("# " + r.code() + " " + r.slug() + "\n");
    }
  }

  private static final String GOOD = """
      # PS302 dangling-reference

      ## Rationale

      A reference that names no record is a typo;
      either way the claim cannot be followed.

      ## Fails

      ```text
      one
        two
      ```

      ## Passes

      ```json
      {"topics": []}
      ```
      """;

  @Test
  void theRationaleIsOneParagraphAndTheExamplesAreVerbatim() {
    RuleDocumentation d = RuleDocs.parse(Rule.DANGLING_REFERENCE, GOOD);
    assertThat(d.rationale())
        .isEqualTo("A reference that names no record is a typo; either way the claim cannot be followed.");
    assertThat(d.failingExample()).isEqualTo("one\n  two");
    assertThat(d.passingExample()).isEqualTo("{\"topics\": []}");
    assertThat(RuleDocs.parse(Rule.DANGLING_REFERENCE, GOOD.replace("\n", "\r\n"))).isEqualTo(d);
  }

  @Test
  void aFileOfAnotherRuleIsRefused() {
    assertThatThrownBy(() -> RuleDocs.parse(Rule.REFERENCE_CYCLE, GOOD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("org/policyset/core/diagnostic/rules/PS303.md, line 1: "
            + "expected '# PS303 reference-cycle'");
  }

  @Test
  void aBrokenStructureIsReportedWithItsLine() {
    assertThat(error(GOOD.replace("## Fails", "## Failing"))).endsWith("line 8: expected '## Fails'");
    assertThat(error(GOOD.replace("```text", "```json")))
        .endsWith("line 10: the fence must be ```text for this example, not ```json");
    assertThat(error(GOOD.replace("```text", "text")))
        .endsWith("line 10: expected an example fenced by ```json or ```text");
    assertThat(error(GOOD.substring(0, GOOD.lastIndexOf("```"))))
        .endsWith("line 17: the example has no closing ```");
    assertThat(error(GOOD + "\nmore\n")).endsWith("line 21: expected the end of the file after the passing example");
    assertThat(error(GOOD.replace("## Rationale\n\nA", "## Rationale\n\n\nA").replace("typo;\n", "typo;\n\n")))
        .endsWith("expected '## Fails'");
    assertThat(error(GOOD.replace("one\n  two", " ")))
        .endsWith("line 10: an example must not be empty nor begin or end with blank space");
  }

  private static String error(String text) {
    try {
      RuleDocs.parse(Rule.DANGLING_REFERENCE, text);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("org/policyset/core/diagnostic/rules/PS302.md, line ");
      return e.getMessage();
    }
    throw new AssertionError("no error for:\n" + text);
  }
}
