package org.policyset.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code policyset completion}: prints the bash and zsh completion script that picocli's
 * {@link AutoComplete} generates from the same annotations as {@code --help}, so that completion
 * offers exactly the commands and options that help lists (hidden ones neither).
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Print the bash and zsh completion script.",
    description = {
      "Print a completion script for bash and zsh, generated from this command's own options: "
          + "commands, options and the values of enum options (such as --format) complete with "
          + "TAB; file operands complete as files.",
      "",
      "bash, in this shell:",
      "  source <(policyset completion)",
      "bash, in every new shell (with the bash-completion package):",
      "  policyset completion > ~/.local/share/bash-completion/completions/policyset",
      "zsh, in ~/.zshrc:",
      "  autoload -U +X compinit && compinit",
      "  autoload -U +X bashcompinit && bashcompinit",
      "  source <(policyset completion)",
      "",
      "The distribution archive holds the same script as completion/policyset.bash."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:The script was printed.",
      " 2:Usage error."
    })
final class CompletionCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(script());
    out.flush();
    return ExitCode.OK.code();
  }

  /** How to install the script, in the words of this command's help. */
  private static final String INSTALLATION = """
      # Installation
      # ------------
      #
      # bash, in this shell:
      #   source <(policyset completion)
      # bash, in every new shell (with the bash-completion package):
      #   policyset completion > ~/.local/share/bash-completion/completions/policyset
      # zsh, in ~/.zshrc:
      #   autoload -U +X compinit && compinit
      #   autoload -U +X bashcompinit && bashcompinit
      #   source <(policyset completion)
      #
      """;

  /**
   * The completion script of the whole command, every subcommand registered, with picocli's
   * generic installation notes (which name files this project does not ship) replaced by ours.
   */
  static String script() {
    PrintWriter sink = new PrintWriter(new StringWriter());
    CommandLine full = PolicysetCommand.commandLine(sink, sink);
    String script = AutoComplete.bash("policyset", full);
    int from = script.indexOf("# Installation\n");
    int to = script.indexOf("# Documentation\n");
    return from < 0 || to < from ? script
        : script.substring(0, from) + INSTALLATION + script.substring(to);
  }
}
