package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The nine read-limit options: in each command's --help, one short entry in the synopsis and a
 * block of their own under one heading, after the command's own options; the man pages and the
 * completion script, built from the options, still list every one.
 */
class LimitsHelpTest {

  private static final List<String> LIMITS = List.of("--max-depth", "--max-string-length",
      "--max-number-length", "--max-file-size", "--max-line-length", "--max-records-per-file",
      "--max-total-size", "--max-findings-per-file", "--max-record-values");

  private static final String HEADING = "Read limits (raise one for data that really needs more):";

  @Test
  void eachReadingCommandsHelpGroupsTheLimitsUnderOneHeading() {
    for (String command : LimitsOptionsTest.READING_COMMANDS) {
      String help = Cli.run(command, "--help").out();
      int heading = help.indexOf("\n" + HEADING + "\n");
      assertThat(heading).as("%s --help has the heading", command).isPositive();
      String synopsis = help.substring(help.indexOf("Usage:"), help.indexOf("\n", help.indexOf("Usage:")));
      String before = help.substring(0, heading);
      String block = help.substring(heading + HEADING.length() + 2);
      block = block.substring(0, block.indexOf("\n\n") < 0 ? block.length() : block.indexOf("\n\n"));
      assertThat(before).as("%s: no limit before the heading", command).doesNotContain("--max-depth")
          .doesNotContain("--max-total-size").contains(ShortSynopsisHelp.LIMITS);
      assertThat(synopsis + before).doesNotContainPattern("\\[--max-[a-z-]+=");
      for (String limit : LIMITS) {
        assertThat(block).as("%s lists %s under the heading", command, limit).contains(limit + "=");
      }
      assertThat(block.lines().count()).as("%s: the block is short", command).isLessThanOrEqualTo(12);
      assertThat(block).as("%s: each limit states its default", command)
          .containsPattern("--max-depth=N +Deepest nesting \\(default: 64; at most 1000\\)");
    }
  }

  @Test
  void commandsThatReadNoDatasetHaveNoLimitsHeading() {
    for (String command : List.of("schema", "rules", "generate", "completion")) {
      assertThat(Cli.run(command, "--help").out()).as(command).doesNotContain(HEADING)
          .doesNotContain(ShortSynopsisHelp.LIMITS);
    }
  }

  @Test
  void manPagesAndCompletionStillListEveryLimit() {
    PrintWriter sink = new PrintWriter(new StringWriter());
    Map<String, String> pages = ManPage.renderAll(PolicysetCommand.commandLine(sink, sink), "2026-12-03",
        Version.get());
    String script = Cli.run("completion").out();
    for (String command : LimitsOptionsTest.READING_COMMANDS) {
      String page = pages.get("policyset-" + command + ".1");
      assertThat(page).as("man page of %s", command).isNotNull();
      String function = "_picocli_policyset_" + command.replace("-", "");
      for (String limit : LIMITS) {
        assertThat(page).as("policyset-%s(1) lists %s", command, limit).contains(ManPage.escape(limit));
        assertThat(CompletionTest.scriptOptions(script, function)).as("completion of %s", command)
            .contains(limit);
      }
    }
  }
}
