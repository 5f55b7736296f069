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
  SIDE_FILE,
  /**
   * Our version holds our side of each conflict, and each conflicted record a {@code $conflict} key
   * with the other side (the base and theirs values of the differing fields); a record our side
   * deleted and theirs changed comes back as theirs, marked. The key is unknown to the schema, so
   * {@code validate}, {@code format} and every other read fail on it (PS203, with a hint naming the
   * marker) until it is resolved and deleted: a marked file cannot pass CI.
   */
  MARKER
}
