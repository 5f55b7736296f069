package org.policyset.core.query;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policyset.core.model.CodedValue;

/**
 * The formats {@link ResultWriter} writes a query result in.
 *
 * @since 0.1.0
 */
public enum ResultFormat implements CodedValue {
  /** Aligned columns that fit a width, for reading in a terminal; ends with a count line. */
  TABLE("table"),
  /** One JSON object with {@code formatVersion}, {@code type}, {@code total} and the results or groups. */
  JSON("json"),
  /** JSON Lines: one JSON object per result or group. */
  JSONL("jsonl"),
  /** RFC 4180 CSV with a header row; lists joined by {@code "; "}. */
  CSV("csv"),
  /** A GitHub-flavoured Markdown table. */
  MARKDOWN("markdown");

  private final String value;

  ResultFormat(String value) {
    this.value = value;
  }

  /** Returns the name of the format, such as {@code csv}. */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns the format with a name.
   *
   * @param value the name, such as {@code csv}
   * @return the format
   * @throws IllegalArgumentException if no format has that name
   */
  @JsonCreator
  public static ResultFormat of(String value) {
    return CodedValue.parse(ResultFormat.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
