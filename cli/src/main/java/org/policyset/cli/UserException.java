package org.policyset.cli;

/** A problem the user can fix, reported as a one-line message with an exit code; never a stack trace. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitCode exitCode;

  UserException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  ExitCode exitCode() {
    return exitCode;
  }
}
