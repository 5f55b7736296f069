package org.policyset.cli;

import org.policyset.core.io.FileErrors;
/** A problem the user can fix, reported as a one-line message with an exit code; never a stack trace. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitCode exitCode;

  UserException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /**
   * Returns the error for an output that could not be written, naming the output and the cause.
   *
   * @param target the output
   * @param cause why writing failed
   * @return the exception, with exit code {@link ExitCode#UNWRITABLE}
   */
  static UserException unwritable(java.nio.file.Path target, java.io.IOException cause) {
    return new UserException(ExitCode.UNWRITABLE, "cannot write " + target + ": "
        + org.policyset.core.io.FileErrors.describe(cause)
        + "; existing files are unchanged");
  }

  ExitCode exitCode() {
    return exitCode;
  }
}
