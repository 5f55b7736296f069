package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a citation's quote states the cited value or the curator inferred it from the quote (schema version 2).
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.7.0
 */
public enum CitationBasis implements CodedValue {
  /** {@code stated}: the quote says it. */
  STATED("stated"),
  /** {@code inferred}: the curator derived the value from the quote. */
  INFERRED("inferred");

  private final String value;

  CitationBasis(String value) {
    this.value = value;
  }

  /** Returns the JSON form of this constant. */
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
  public static CitationBasis of(String value) {
    return CodedValue.parse(CitationBasis.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
