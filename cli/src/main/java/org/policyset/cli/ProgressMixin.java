package org.policyset.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --progress}: whether a command that reads datasets shows a {@link ProgressLine} on
 * standard error. {@code auto} shows it when standard error is a terminal, after the first second
 * of a run; {@code always} shows it from the start wherever standard error goes; {@code never}
 * never. Standard output never carries it.
 */
final class ProgressMixin {

  /** How long {@code auto} waits before the first line (ms); a system property may change it. */
  static final String DELAY_PROPERTY = "policyset.progress.delay";

  enum When { auto, always, never }

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
      order = 99,
      description = "A progress line on standard error while the inputs are read: "
          + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: when standard error is a terminal, "
          + "from the first second on). Never on standard output.")
  When progress = When.auto;

  /**
   * Starts the line for {@code command} reading {@code inputs}, or returns {@link ProgressLine#OFF}.
   *
   * @param err standard error
   * @param command the command's name
   * @param afterReading what the command does once its inputs are read
   * @param inputs the files and folders it reads
   * @return the line; close it when the command has read its inputs or failed
   */
  ProgressLine start(PrintWriter err, String command, String afterReading, List<Path> inputs) {
    return switch (progress) {
      case never -> ProgressLine.OFF;
      case always -> ProgressLine.start(err, command, afterReading, inputs, 0);
      case auto -> stderrIsTerminal()
          ? ProgressLine.start(err, command, afterReading, inputs, Long.getLong(DELAY_PROPERTY, 1000))
          : ProgressLine.OFF;
    };
  }

  /**
   * Runs {@code work} with a progress line for {@code command} reading {@code inputs}, closing
   * (and clearing) the line when it returns or throws.
   *
   * @param err standard error
   * @param command the command's name
   * @param afterReading what the command does once its inputs are read
   * @param inputs the files and folders it reads
   * @param work the work, given the line (to {@linkplain ProgressLine#guard guard} its output)
   * @return what the work returns
   */
  <T> T around(PrintWriter err, String command, String afterReading, List<Path> inputs,
      java.util.function.Function<ProgressLine, T> work) {
    try (ProgressLine line = start(err, command, afterReading, inputs)) {
      return work.apply(line);
    }
  }

  /**
   * Whether this process's standard error is a terminal. {@code System.console()} cannot tell: on
   * Java 17 it answers for standard input and output together, and is null when output goes to a
   * file while errors still reach the terminal. On Linux, {@code /proc/self/fd/2} names the
   * device: a pseudo-terminal ({@code /dev/pts/N}) or a console ({@code /dev/ttyN},
   * {@code /dev/console}). Elsewhere this answers no, and {@code --progress always} is the way to
   * ask for the line. A dumb terminal ({@code TERM=dumb}) cannot rewrite a line: no.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    return TerminalWidth.isTerminal(2);
  }
}
