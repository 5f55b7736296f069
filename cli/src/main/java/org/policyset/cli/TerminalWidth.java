package org.policyset.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The width a text table is fitted to. On a terminal, the terminal's own width, asked of the
 * terminal itself ({@code stty size} reading {@code /dev/tty}), since {@code $COLUMNS} is a shell
 * variable that most shells do not export and that goes stale when the window is resized; failing
 * that {@code $COLUMNS}, then {@value #FALLBACK}. Written to a pipe or a file, a table is never cut:
 * the reader is a program or a file, not a window. {@code --width} wins everywhere.
 */
final class TerminalWidth {

  /** The width of a terminal whose width cannot be told. */
  static final int FALLBACK = 80;

  /** The width that cuts nothing: output to a pipe or a file. */
  static final int UNLIMITED = Integer.MAX_VALUE;

  /** The narrowest table. */
  static final int MIN = 20;

  /** What a width is told from; {@link #SYSTEM} asks this process's terminal. */
  interface Probe {
    /** Whether standard output is a terminal. */
    boolean stdoutIsTerminal();

    /** The terminal's columns, if it can say. */
    OptionalInt terminalColumns();

    /** The value of {@code $COLUMNS}, or null. */
    @Nullable String columnsVariable();
  }

  /** This process: {@code /proc/self/fd/1}, {@code stty size < /dev/tty} and the environment. */
  static final Probe SYSTEM = new Probe() {
    @Override
    public boolean stdoutIsTerminal() {
      return isTerminal(1);
    }

    @Override
    public OptionalInt terminalColumns() {
      return sttyColumns();
    }

    @Override
    public @Nullable String columnsVariable() {
      return System.getenv("COLUMNS");
    }
  };

  private TerminalWidth() {}

  /**
   * Returns the width to fit a table to.
   *
   * @param option the {@code --width} given, or null
   * @param toFile whether the output goes to a file named by {@code -o}
   * @param probe where the terminal's width is asked
   * @return the width: {@code option}; {@link #UNLIMITED} when standard output is not a terminal
   *     or the output goes to a file; else the terminal's columns, {@code $COLUMNS} or
   *     {@value #FALLBACK}
   * @throws UserException (usage) if {@code option} is less than {@value #MIN}
   */
  static int forTable(@Nullable Integer option, boolean toFile, Probe probe) {
    if (option != null) {
      if (option < MIN) {
        throw new UserException(ExitCode.USAGE, "--width must be at least " + MIN + ", not " + option);
      }
      return option;
    }
    if (toFile || !probe.stdoutIsTerminal()) {
      return UNLIMITED;
    }
    OptionalInt columns = probe.terminalColumns();
    if (columns.isPresent() && columns.getAsInt() > 0) {
      return Math.max(MIN, columns.getAsInt());
    }
    String variable = probe.columnsVariable();
    if (variable != null) {
      try {
        int n = Integer.parseInt(variable.strip());
        if (n > 0) {
          return Math.max(MIN, n);
        }
      } catch (NumberFormatException ignored) {
        // Not a number: the fallback.
      }
    }
    return FALLBACK;
  }

  /**
   * Whether a file descriptor of this process is a terminal, as {@link ProgressMixin} tells it for
   * standard error: on Linux, {@code /proc/self/fd/N} names a pseudo-terminal ({@code /dev/pts/N})
   * or a console; elsewhere, or with {@code TERM=dumb}, no.
   */
  static boolean isTerminal(int fd) {
    try {
      String device = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty")
          || device.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /**
   * Asks the controlling terminal its size: {@code stty size} with {@code /dev/tty} as its input
   * prints {@code ROWS COLUMNS}. Empty when there is no such terminal, no {@code stty}, or no answer
   * within a second.
   */
  static OptionalInt sttyColumns() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return OptionalInt.empty();
    }
    Process p = null;
    try {
      p = new ProcessBuilder("stty", "size").redirectInput(tty)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String answer;
      try (InputStream in = p.getInputStream()) {
        answer = new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip();
      }
      if (!p.waitFor(1, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return OptionalInt.empty();
      }
      return parseSize(answer);
    } catch (IOException | SecurityException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    } finally {
      if (p != null) {
        p.destroy();
      }
    }
  }

  /** The columns of an {@code stty size} answer ({@code "24 80"}), if it is one. */
  static OptionalInt parseSize(String answer) {
    String[] parts = answer.strip().split("\\s+");
    if (parts.length != 2) {
      return OptionalInt.empty();
    }
    try {
      int columns = Integer.parseInt(parts[1]);
      return columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
