package org.policyset.core.merge;

/**
 * What a merge does when two inputs hold different records under one type and id.
 *
 * @since 0.1.0
 */
public enum ConflictPolicy {
  /** Report the conflict; the merge fails and nothing is written. */
  FAIL,
  /** Keep the record of the earliest input; still report the conflict. */
  FIRST,
  /** Keep the record of the latest input; still report the conflict. */
  LAST
}
