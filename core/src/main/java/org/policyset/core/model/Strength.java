package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How strongly a source words a stance's position (schema version 2); the exact words stay in the quote.
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.7.0
 */
public enum Strength implements CodedValue {
  /** {@code emphatic}: "completely rejected", "fully supported", "firm position". */
  EMPHATIC("emphatic"),
  /** {@code hedged}: "may", "could consider". */
  HEDGED("hedged"),
  /** {@code conditional}: "if …", "provided that …". */
  CONDITIONAL("conditional");

  private final String value;

  Strength(String value) {
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
  public static Strength of(String value) {
    return CodedValue.parse(Strength.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
