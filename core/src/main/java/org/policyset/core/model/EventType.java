package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of an {@link Event}.
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.1.0
 */
public enum EventType implements CodedValue {
  /** {@code resolution}. */
  RESOLUTION("resolution"),
  /** {@code agreement}. */
  AGREEMENT("agreement"),
  /** {@code summit}. */
  SUMMIT("summit"),
  /** {@code declaration}. */
  DECLARATION("declaration"),
  /** {@code position-paper}. */
  POSITION_PAPER("position-paper"),
  /** {@code statement}. */
  STATEMENT("statement"),
  /** {@code observance}. */
  OBSERVANCE("observance"),
  /** {@code conflict}. */
  CONFLICT("conflict"),
  /** {@code meeting}. */
  MEETING("meeting"),
  /** {@code accession}. */
  ACCESSION("accession");

  private final String value;

  EventType(String value) {
    this.value = value;
  }

  /** Returns the JSON form of this constant, for example {@code "resolution"}. */
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
  public static EventType of(String value) {
    return CodedValue.parse(EventType.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
