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
  JSON("json"),
  /**
   * GitHub-flavoured Markdown: one {@code ##} section per statistic, each a table, for a pull
   * request, an issue or a README.
   *
   * @since 0.6.0
   */
  MARKDOWN("markdown");

  private final String value;

  StatsFormat(String value) {
    this.value = value;
  }

  /** Returns the name of the format: {@code text}, {@code json} or {@code markdown}. */
  @Override
  public String value() {
    return value;
  }

  /**
   * Returns the format with a name.
   *
   * @param value {@code text}, {@code json} or {@code markdown}
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
