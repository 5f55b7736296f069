package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of a {@link Source}.
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.1.0
 */
public enum SourceKind implements CodedValue {
  /** {@code official-statement}. */
  OFFICIAL_STATEMENT("official-statement"),
  /** {@code un-document}. */
  UN_DOCUMENT("un-document"),
  /** {@code news}. */
  NEWS("news"),
  /** {@code commentary}. */
  COMMENTARY("commentary"),
  /** {@code academic}. */
  ACADEMIC("academic");

  private final String value;

  SourceKind(String value) {
    this.value = value;
  }

  /** Returns the JSON form of this constant, for example {@code "official-statement"}. */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns the constant whose JSON form is {@code value}.
   *
   * @param value the JSON form
   * @return the constant
   * @throws IllegalArgumentException if no constant has that form; the message lists the allowed values
   */
  @JsonCreator
  public static SourceKind of(String value) {
    return CodedValue.parse(SourceKind.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
