package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyset.core.validation.Rule;

class RootCommandTest {

  @Test
  void versionNamesTheRelease() {
    Cli r = Cli.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("policyset 0.").doesNotContain("${");
  }

  @Test
  void noCommandIsAUsageError() {
    Cli r = Cli.run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("a command is required");
  }

  @Test
  void unknownCommandSuggestsTheClosest() {
    Cli r = Cli.run("validat");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("validate");
  }

  @Test
  void rulesListsEveryRule() {
    Cli r = Cli.run("rules");
    assertThat(r.exit()).isZero();
    for (Rule rule : Rule.values()) {
      assertThat(r.out()).contains(rule.code()).contains(rule.slug());
    }
    assertThat(r.out().lines().count()).isEqualTo(Rule.values().length);
  }
}
