package org.policyset.core.workflow;

/**
 * How a workflow ended, as far as the data goes; problems with the request itself, or an output
 * that could not be written, are {@link WorkflowException}s instead.
 *
 * @since 0.1.0
 */
public enum Status {
  /** Done: the data is valid (warnings allowed unless strict), or the operation succeeded. */
  OK,
  /** The data has errors (or warnings when strict), or a check failed, or there were conflicts. */
  FINDINGS,
  /** An input could not be read: missing, unreadable, not a regular file, or no dataset files. */
  UNREADABLE_INPUT
}
