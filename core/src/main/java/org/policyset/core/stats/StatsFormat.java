package org.policyset.core.stats;

import org.policyset.core.model.CodedValue;

/**
 * The formats {@link StatsWriter} writes dataset statistics in.
 *
 * @since 0.1.0
 */
public enum StatsFormat implements CodedValue {
  /** Headed sections of aligned lines, for reading in a terminal. */
  TEXT("text"),
  /** One pretty-printed JSON object: {@code formatVersion}, then the fields of {@link DatasetStats}. */
  JSON("json");

  private final String value;

  StatsFormat(String value) {
    this.value = value;
  }

  /** Returns the name of the format: {@code text} or {@code json}. */
  @Override
  public String value() {
    return value;
  }

  /**
   * Returns the format with a name.
   *
   * @param value {@code text} or {@code json}
   * @return the format
   * @throws IllegalArgumentException if no format has that name
   */
  public static StatsFormat of(String value) {
    return CodedValue.parse(StatsFormat.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
