package org.policyset.core.workflow;

/**
 * How a three-way merge leaves the conflicts it cannot resolve.
 *
 * @since 0.1.0
 */
public enum ConflictStyle {
  /** Our version holds our side of each conflict; the conflicts are only reported. */
  OURS,
  /**
   * As {@link #OURS}, and the conflicts (where each record stands in the merged file, with the base,
   * ours and theirs values of each field) are also written to a side file next to the merged file,
   * {@code FILE.conflicts}, which no dataset read picks up.
   */
  SIDE_FILE
}
