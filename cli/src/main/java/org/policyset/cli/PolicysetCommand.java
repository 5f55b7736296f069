package org.policyset.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Success: the data is valid (warnings allowed unless --strict).",
      " 1:The data has errors (or warnings with --strict), or a check failed.",
      " 2:Usage error: unknown option, bad value, or a tool problem.",
      " 3:An input could not be read: missing, unreadable, not a regular file, or no dataset files.",
      " 4:An output could not be written (disk full, read-only, no permission); existing files are "
          + "unchanged.",
      " 5:Out of memory: the input needs a larger heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower read "
          + "limits; nothing was written."
    },
    footerHeading = "%n",
    footer = "Run 'policyset COMMAND --help' for a command's options. "
        + "With no PATH, commands act on the bundled dataset. 'policyset completion --help' says "
        + "how to turn on TAB completion in bash and zsh.")
final class PolicysetCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * The subcommands, in the order help lists them. They are registered here rather than in the
   * annotation so that a run of one command builds only that command's model: picocli reads every
   * registered command's annotations at start-up, through reflection, on every run.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("validate", ValidateCommand::new);
    SUBCOMMANDS.put("rules", RulesCommand::new);
    SUBCOMMANDS.put("format", FormatCommand::new);
    SUBCOMMANDS.put("migrate", MigrateCommand::new);
    SUBCOMMANDS.put("merge", MergeCommand::new);
    SUBCOMMANDS.put("diff", DiffCommand::new);
    SUBCOMMANDS.put("merge-driver", MergeDriverCommand::new);
    SUBCOMMANDS.put("schema", SchemaCommand::new);
    SUBCOMMANDS.put("query", QueryCommand::new);
    SUBCOMMANDS.put("show", ShowCommand::new);
    SUBCOMMANDS.put("stats", StatsCommand::new);
    SUBCOMMANDS.put("cite", CiteCommand::new);
    SUBCOMMANDS.put("export", ExportCommand::new);
    SUBCOMMANDS.put("new", NewCommand::new);
    SUBCOMMANDS.put("add-source", AddSourceCommand::new);
    SUBCOMMANDS.put("rename", RenameCommand::new);
    SUBCOMMANDS.put("site", SiteCommand::new);
    SUBCOMMANDS.put("generate", GenerateCommand::new);
    SUBCOMMANDS.put("completion", CompletionCommand::new);
  }

  /** The environment variables the command reads, as help and the man page list them. */
  static final Map<String, String> ENVIRONMENT = new LinkedHashMap<>();

  static {
    ENVIRONMENT.put("POLICYSET_DATASET", "The dataset folder commands act on when given no PATH "
        + "(default: the bundled dataset).");
    ENVIRONMENT.put("POLICYSET_JAVA_OPTS", "Options for the Java VM, such as -Xmx4g; bin/policyset "
        + "and ./policyset pass them on.");
    ENVIRONMENT.put("JAVA_HOME", "The Java that bin/policyset runs (default: java on the PATH).");
    ENVIRONMENT.put("NO_COLOR", "When set, --color=auto means no colour (as does TERM=dumb).");
    ENVIRONMENT.put("COLUMNS", "The width that query --format table fits on a terminal whose width "
        + "stty cannot tell (default: 80); output to a pipe or a file is never cut.");
  }

  /** Returns the names of the subcommands, in the order help lists them. */
  static java.util.Set<String> commandNames() {
    return java.util.Collections.unmodifiableSet(SUBCOMMANDS.keySet());
  }

  /** Builds the command line with every subcommand, the project's error policy and the writers. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, new String[0]);
  }

  /**
   * Builds the command line for {@code args}: when they name a subcommand first, only that one is
   * built; otherwise (help, version, usage errors) all of them.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new PolicysetCommand());
    Supplier<Object> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    if (only != null) {
      cl.addSubcommand(args[0], only.get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
      cl.addSubcommand("help", new HelpCommand());
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // A file operand must never become an option: no '@file' argument files (a file named
    // '@x.json' would inject the options it holds) and no clusters of short options (a file named
    // '-h.json' would read as '-h'). An operand that looks like an option is then a usage error,
    // and '--' ends the options for file names that begin with '-'.
    cl.setExpandAtFiles(false);
    cl.setPosixClusteredShortOptionsAllowed(false);
    cl.registerConverter(java.nio.file.Path.class, PolicysetCommand::path);
    cl.setExecutionExceptionHandler(new ErrorPolicy());
    cl.setParameterExceptionHandler(new ErrorPolicy());
    cl.setExitCodeExceptionMapper(ErrorPolicy::exitCode);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.AUTO));
    cl.setHelpFactory(ShortSynopsisHelp::new);
    // The root's help lists the environment variables after the exit codes.
    java.util.List<String> sections = new java.util.ArrayList<>(cl.getHelpSectionKeys());
    int at = sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING);
    sections.add(at, "environment");
    cl.setHelpSectionKeys(sections);
    cl.getHelpSectionMap().put("environment", help -> String.format("%nEnvironment:%n")
        + help.createTextTable(ENVIRONMENT));
    return cl;
  }

  /** Converts a path argument, saying in words why one cannot be a path. */
  private static java.nio.file.Path path(String value) {
    try {
      return java.nio.file.Path.of(value);
    } catch (java.nio.file.InvalidPathException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a path here: "
          + (value.indexOf('\0') >= 0 ? "it holds a NUL character" : e.getReason()));
    }
  }
}
