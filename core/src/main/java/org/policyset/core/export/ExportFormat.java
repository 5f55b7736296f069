package org.policyset.core.export;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policyset.core.model.CodedValue;

/**
 * The file formats of a {@link TableExport}.
 *
 * @since 0.1.0
 */
public enum ExportFormat implements CodedValue {
  /** RFC 4180 CSV with a header row, UTF-8 without a byte order mark, CRLF line ends; {@code .csv}. */
  CSV("csv"),
  /** JSON Lines: one object per row, column names as keys, null for empty cells; {@code .jsonl}. */
  JSONL("jsonl");

  private final String value;

  ExportFormat(String value) {
    this.value = value;
  }

  /** Returns the name of the format, which is also the file extension: {@code csv} or {@code jsonl}. */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns the format with a name.
   *
   * @param value {@code csv} or {@code jsonl}
   * @return the format
   * @throws IllegalArgumentException if no format has that name
   */
  @JsonCreator
  public static ExportFormat of(String value) {
    return CodedValue.parse(ExportFormat.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
