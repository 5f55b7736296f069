package org.policyset.cli;

import java.io.PrintWriter;
import org.policyset.core.workflow.WorkflowException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import org.policyset.core.diagnostic.TerminalText;

/**
 * The one place that decides what a user sees when a command fails: a one-line message and a
 * documented exit code, with a stack trace only under {@code --verbose}.
 */
final class ErrorPolicy implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (ex instanceof UserException u) {
      err.println("policyset: " + TerminalText.escape(u.getMessage()));
      err.flush();
      return u.exitCode().code();
    }
    if (ex instanceof WorkflowException w) {
      String message = w.getMessage();
      if (w.replaceable()) {
        // The library says what exists; the command says which option asks to replace it.
        message = message.replace("; replacing it must be asked for", "")
            + (message.contains("would be read as part of it")
                ? "; pass --force if that is what you want" : "; pass --force to replace it");
      }
      err.println("policyset: " + TerminalText.escape(message));
      err.flush();
      return ExitCode.of(w.problem()).code();
    }
    if (ex instanceof ParameterException p) {
      return handleParseException(p, new String[0]);
    }
    err.println("policyset: internal error: " + TerminalText.escape(ex.toString())
        + " (please report it; --verbose shows details)");
    if (verbose(parsed)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.USAGE.code();
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("policyset: " + TerminalText.escape(ex.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    String optionLike = optionLikeOperand(ex);
    if (optionLike != null) {
      String shown = TerminalText.escape(optionLike);
      err.println("A file name that begins with '-' goes after '--', which ends the options: '"
          + cl.getCommandSpec().qualifiedName() + " -- " + shown + "' (or write ./" + shown + ").");
    }
    err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCode.USAGE.code();
  }

  /** Returns the first argument that looks like a file name but was taken for an option, or null. */
  private static String optionLikeOperand(ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      for (String arg : u.getUnmatched()) {
        if (arg.length() > 1 && arg.startsWith("-") && (arg.contains(".") || arg.contains("/"))) {
          return arg;
        }
      }
    }
    return null;
  }

  static int exitCode(Throwable t) {
    if (t instanceof UserException u) {
      return u.exitCode().code();
    }
    if (t instanceof WorkflowException w) {
      return ExitCode.of(w.problem()).code();
    }
    return ExitCode.USAGE.code();
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
