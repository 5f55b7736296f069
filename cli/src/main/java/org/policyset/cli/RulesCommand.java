package org.policyset.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policyset.core.report.RulesMarkdown;
import org.policyset.core.diagnostic.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset rules}: lists the validation rules. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "List the validation rules.",
    description = "List every validation rule: code, name, layer, default severity and summary. "
        + "With --format markdown, write the rule reference with rationale and examples "
        + "(docs/rules.md: " + RulesMarkdown.REGENERATE + ").")
final class RulesCommand implements Callable<Integer> {

  enum Format { text, markdown }

  @Spec
  CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.markdown) {
      new RulesMarkdown().write(out);
    } else {
      for (Rule r : Rule.values()) {
        out.printf("%s  %-24s %-13s %-7s %s%n", r.code(), r.slug(), r.layer().label(),
            r.severity().label(), r.summary());
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
