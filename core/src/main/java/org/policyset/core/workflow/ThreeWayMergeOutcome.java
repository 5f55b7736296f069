package org.policyset.core.workflow;

import java.util.List;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.merge.MergeConflict;

/**
 * What a three-way merge did to our version: merged (cleanly, or holding our side of each
 * conflict), or left alone because a version has errors or the result would not read back.
 *
 * @param inputErrors the errors of the three versions, or of the merged result read back; when
 *     there are any, our version is left as it was
 * @param conflicts the fields both sides changed differently, and records one side deleted while
 *     the other changed them; our version holds our side of each
 * @since 0.1.0
 */
public record ThreeWayMergeOutcome(List<Finding> inputErrors, List<MergeConflict> conflicts) {

  /**
   * Copies the lists.
   *
   * @param inputErrors the errors of the three versions, or of the merged result read back; when
   *     there are any, our version is left as it was
   * @param conflicts the fields both sides changed differently, and records one side deleted while
   *     the other changed them; our version holds our side of each
   */
  public ThreeWayMergeOutcome {
    inputErrors = List.copyOf(inputErrors);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * Returns {@link Status#OK} for a clean merge, {@link Status#FINDINGS} otherwise (git then marks
   * the file as conflicted).
   *
   * @return the status
   */
  public Status status() {
    return inputErrors.isEmpty() && conflicts.isEmpty() ? Status.OK : Status.FINDINGS;
  }
}
