package org.policyset.core.merge;

import java.util.List;
import org.policyset.core.model.Dataset;

/**
 * The outcome of a merge: the merged dataset (records sorted by id within each type), the conflicts,
 * and how many identical duplicates collapsed.
 *
 * @param dataset the merged dataset; with conflicts, it holds the version the policy chose
 * @param conflicts the conflicts, in the order met
 * @param collapsed how many records were identical duplicates of one already merged
 * @since 0.1.0
 */
public record MergeResult(Dataset dataset, List<MergeConflict> conflicts, int collapsed) {

  /**
   * Copies the list.
   *
   * @param dataset the merged dataset; with conflicts, it holds the version the policy chose
   * @param conflicts the conflicts, in the order met
   * @param collapsed how many records were identical duplicates of one already merged
   */
  public MergeResult {
    conflicts = List.copyOf(conflicts);
  }

  /** {@return whether the merge met no conflict} */
  public boolean isClean() {
    return conflicts.isEmpty();
  }
}
