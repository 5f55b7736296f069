package org.policyset.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The root {@code policyset} command; every subcommand is a class of its own. */
@Command(
    name = "policyset",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Validate, merge and query structured policy data: events, stances and principles, "
        + "each tied to a source.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ValidateCommand.class,
      RulesCommand.class,
      FormatCommand.class,
      MergeCommand.class,
      DiffCommand.class,
      MergeDriverCommand.class,
      SchemaCommand.class,
      QueryCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Success: the data is valid (warnings allowed unless --strict).",
      " 1:The data has errors (or warnings with --strict), or a check failed.",
      " 2:Usage error: unknown option, bad value, or a tool problem.",
      " 3:An input could not be read: missing, unreadable, not a regular file, or no dataset files.",
      " 4:An output could not be written (disk full, read-only, no permission); existing files are "
          + "unchanged."
    },
    footerHeading = "%n",
    footer = "Run 'policyset COMMAND --help' for a command's options. "
        + "With no PATH, commands act on the bundled dataset.")
final class PolicysetCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Builds the command line with the project's error policy and the given writers. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new PolicysetCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new ErrorPolicy());
    cl.setParameterExceptionHandler(new ErrorPolicy());
    cl.setExitCodeExceptionMapper(ErrorPolicy::exitCode);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.AUTO));
    return cl;
  }
}
