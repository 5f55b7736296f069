package org.policyset.core.workflow;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Layer;
import org.policyset.core.diff.DatasetDiff;

/**
 * The differences between two versions, or the errors that kept them from being compared.
 *
 * @param diff the differences, or null when an input has errors
 * @param inputErrors the errors of the inputs; when there are any, nothing was compared
 * @since 0.1.0
 */
public record DiffOutcome(@Nullable DatasetDiff diff, List<Finding> inputErrors) {

  /**
   * Copies the list.
   *
   * @param diff the differences, or null when an input has errors
   * @param inputErrors the errors of the inputs; when there are any, nothing was compared
   */
  public DiffOutcome {
    inputErrors = List.copyOf(inputErrors);
  }

  /**
   * Returns how the comparison ended: an input that could not be read, inputs with errors, or
   * compared (whether or not anything differs).
   *
   * @return the status
   */
  public Status status() {
    if (inputErrors.stream().anyMatch(f -> f.rule().layer() == Layer.INPUT)) {
      return Status.UNREADABLE_INPUT;
    }
    return inputErrors.isEmpty() ? Status.OK : Status.FINDINGS;
  }
}
