package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policyset.core.report.RulesMarkdown;
import org.policyset.core.diagnostic.Rule;

/** docs/rules.md is what {@code policyset rules --format markdown} prints, rule for rule. */
class RulesDocTest {

  private static final Path DOC = Path.of("..", "docs", "rules.md");

  @Test
  void docsRulesMdIsCurrent() throws Exception {
    Cli r = Cli.run("rules", "--format", "markdown");
    assertThat(r.exit()).isZero();
    assertThat(DOC).as("docs/rules.md exists; create it with: " + RulesMarkdown.REGENERATE).exists();
    assertThat(Files.readString(DOC))
        .as("docs/rules.md is stale; regenerate it with: " + RulesMarkdown.REGENERATE)
        .isEqualTo(r.out());
  }

  @Test
  void theReferenceDocumentsEveryRuleWithBothExamples() {
    String md = Cli.run("rules", "--format", "markdown").out();
    for (Rule rule : Rule.values()) {
      assertThat(md).contains("### " + rule.code() + " " + rule.slug())
          .contains("(#" + rule.code().toLowerCase(java.util.Locale.ROOT) + "-" + rule.slug() + ")");
    }
    assertThat(md.split("#### Fails", -1)).hasSize(Rule.values().length + 1);
    assertThat(md.split("#### Passes", -1)).hasSize(Rule.values().length + 1);
  }
}
