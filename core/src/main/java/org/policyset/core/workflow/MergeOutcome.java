package org.policyset.core.workflow;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Layer;
import org.policyset.core.merge.MergeConflict;
import org.policyset.core.validation.ValidationReport;

/**
 * What a merge did: written, or why not — the inputs' errors, conflicts under the
 * {@code FAIL} policy, or a merged dataset that does not validate.
 *
 * @param inputErrors the errors of the inputs (reading them, or their archived texts); when there
 *     are any, nothing was merged or written
 * @param conflicts the conflicts met, record by record (also those a policy resolved)
 * @param written whether the output was written
 * @param report the validation of the merged dataset, or null if it was not validated
 * @param records how many records the merged dataset holds
 * @param collapsed how many records were identical duplicates of one already merged
 * @since 0.1.0
 */
public record MergeOutcome(List<Finding> inputErrors, List<MergeConflict> conflicts, boolean written,
    @Nullable ValidationReport report, int records, int collapsed) {

  /**
   * Copies the lists.
   *
   * @param inputErrors the errors of the inputs (reading them, or their archived texts); when there
   *     are any, nothing was merged or written
   * @param conflicts the conflicts met, record by record (also those a policy resolved)
   * @param written whether the output was written
   * @param report the validation of the merged dataset, or null if it was not validated
   * @param records how many records the merged dataset holds
   * @param collapsed how many records were identical duplicates of one already merged
   */
  public MergeOutcome {
    inputErrors = List.copyOf(inputErrors);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * Returns how the merge ended: an input that could not be read, errors or conflicts (nothing
   * written), or written.
   *
   * @return the status
   */
  public Status status() {
    if (inputErrors.stream().anyMatch(f -> f.rule().layer() == Layer.INPUT)) {
      return Status.UNREADABLE_INPUT;
    }
    return written ? Status.OK : Status.FINDINGS;
  }
}
