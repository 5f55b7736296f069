package org.policyset.core.workflow;

/**
 * A workflow could not run as asked: the request does not make sense (an unknown rule, an output
 * that is one of the inputs, an unusable baseline), an input could not be read, or an output could
 * not be written. The message says which and what to do, phrased for a person; nothing was
 * written.
 *
 * @since 0.1.0
 */
public final class WorkflowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * What kind of problem stopped the workflow.
   *
   * @since 0.1.0
   */
  public enum Problem {
    /** The request is wrong: a bad value, an unknown name, a file that cannot be used as asked. */
    REQUEST,
    /** An input could not be read at all. */
    UNREADABLE,
    /** An output could not be written (disk full, read-only, no permission); nothing changed. */
    UNWRITABLE
  }

  /** What kind of problem stopped the workflow. */
  private final Problem problem;
  /** Whether asking to replace would let the workflow write ({@link #replaceable()}). */
  private final boolean replaceable;

  /**
   * Creates the exception.
   *
   * @param problem what kind of problem
   * @param message what happened and what to do
   */
  public WorkflowException(Problem problem, String message) {
    this(problem, message, false);
  }

  private WorkflowException(Problem problem, String message, boolean replaceable) {
    super(message);
    this.problem = problem;
    this.replaceable = replaceable;
  }

  /**
   * Creates the exception with its cause.
   *
   * @param problem what kind of problem
   * @param message what happened and what to do
   * @param cause the cause
   */
  public WorkflowException(Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
    this.replaceable = false;
  }

  /** {@return what kind of problem stopped the workflow} */
  public Problem problem() {
    return problem;
  }

  /**
   * Whether the same request with replacing asked for (such as {@link MergeRequest#replace()})
   * would go on: the output exists, or lies where asking for it makes it allowed.
   *
   * @return true if asking to replace would let the workflow write
   */
  public boolean replaceable() {
    return replaceable;
  }

  static WorkflowException replaceable(String message) {
    return new WorkflowException(Problem.REQUEST, message, true);
  }

  static WorkflowException request(String message) {
    return new WorkflowException(Problem.REQUEST, message);
  }

  static WorkflowException unwritable(java.nio.file.Path target, java.io.IOException cause) {
    return new WorkflowException(Problem.UNWRITABLE, "cannot write " + target + ": "
        + org.policyset.core.io.FileErrors.describe(cause) + "; existing files are unchanged", cause);
  }
}
