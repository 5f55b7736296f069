package org.policyset.cli;

import picocli.CommandLine.Option;

/** Options every subcommand shares. */
final class GlobalOptions {
  @Option(names = "--verbose", description = "Show stack traces of internal errors.")
  boolean verbose;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ColorMode color = ColorMode.auto;

  enum ColorMode { auto, always, never }

  boolean colour() {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto -> System.console() != null && System.getenv("NO_COLOR") == null
          && !"dumb".equals(System.getenv("TERM"));
    };
  }
}
