package org.policyset.core.model;

import java.util.List;

/**
 * A record a builder was asked to build breaks constraints of its fields (a missing required field,
 * an id that is not a lowercase slug, an empty list that must hold one, a text padded with spaces).
 * {@link #problems()} names each, as {@code field: what is wrong}.
 *
 * @since 0.1.0
 */
public final class InvalidRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems; a list that serialization need not keep. */
  private final transient List<String> problems;

  /**
   * Creates the exception.
   *
   * @param type what kind of record, such as {@code stance}
   * @param problems each broken constraint, as {@code field: what is wrong}
   */
  public InvalidRecordException(String type, List<String> problems) {
    super("invalid " + type + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns each constraint the record breaks, as {@code field: what is wrong}, sorted.
   *
   * @return the problems
   */
  public List<String> problems() {
    return problems == null ? List.of() : problems;
  }
}
