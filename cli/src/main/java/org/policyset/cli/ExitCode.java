package org.policyset.cli;

/** The exit codes of every policyset command; documented in {@code --help}. */
public enum ExitCode {
  /** The command succeeded and the data is valid. */
  OK(0, "Success: the data is valid (warnings allowed unless --strict)."),
  /** Findings at error level, or a check that failed. */
  FINDINGS(1, "The data has errors (or warnings with --strict), or a check failed."),
  /** The command line was wrong. */
  USAGE(2, "Usage error: unknown option, bad value, or a tool problem."),
  /** An input could not be read. */
  UNREADABLE(3, "An input could not be read: missing, unreadable, not a regular file, or no dataset files."),
  /** An output could not be written; existing files were left as they were. */
  UNWRITABLE(4, "An output could not be written (disk full, read-only, no permission); existing "
      + "files are unchanged."),
  /** The Java heap ran out; nothing was written. */
  OUT_OF_MEMORY(5, "Out of memory: the input needs a larger heap (POLICYSET_JAVA_OPTS=-Xmx4g) or "
      + "lower read limits; nothing was written.");

  private final int code;
  private final String description;

  ExitCode(int code, String description) {
    this.code = code;
    this.description = description;
  }

  /** {@return the process exit code} */
  public int code() {
    return code;
  }

  /** {@return the description printed in help} */
  public String description() {
    return description;
  }

  /**
   * Returns the exit code of a workflow's status.
   *
   * @param status how the workflow ended
   * @return the exit code
   */
  static ExitCode of(org.policyset.core.workflow.Status status) {
    return switch (status) {
      case OK -> OK;
      case FINDINGS -> FINDINGS;
      case UNREADABLE_INPUT -> UNREADABLE;
    };
  }

  /**
   * Returns the exit code of a problem that stopped a workflow.
   *
   * @param problem what stopped it
   * @return the exit code
   */
  static ExitCode of(org.policyset.core.workflow.WorkflowException.Problem problem) {
    return switch (problem) {
      case REQUEST -> USAGE;
      case UNREADABLE -> UNREADABLE;
      case UNWRITABLE -> UNWRITABLE;
    };
  }

  /** Returns the lines for picocli's {@code exitCodeList}. */
  static String[] helpList() {
    ExitCode[] all = values();
    String[] lines = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      lines[i] = " " + all[i].code + ":" + all[i].description;
    }
    return lines;
  }
}
