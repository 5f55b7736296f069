package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyset.core.diagnostic.Rule;

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

  @Test
  void everyCommandsHelpIsFormattedWithoutPicocliWarnings() throws Exception {
    // picocli reports a description it cannot format (a lone % sign, say) on System.err itself.
    java.io.PrintStream before = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      for (String command : PolicysetCommand.commandNames()) {
        Cli r = Cli.run(command, "--help");
        assertThat(r.exit()).as(command).isZero();
        assertThat(r.out()).as(command).contains("Usage: policyset " + command)
            .doesNotContain("%n").doesNotContain("${");
      }
    } finally {
      System.setErr(before);
    }
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli");
    assertThat(Cli.run("merge-driver", "--help").out()).contains("merge-driver -- %O %A %B %P");
  }
}
