package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a stance's holders are tied to its claim (schema version 2): their own words, a report of them, or the citing source's author's own analysis, proposal or prediction.
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.7.0
 */
public enum Attribution implements CodedValue {
  /** {@code stated}: the holders' own words: a cited source is authored by a holder or by an actor that voices it. */
  STATED("stated"),
  /** {@code reported}: a source says the holders hold it. */
  REPORTED("reported"),
  /** {@code analysis}: the source's author's own assessment. */
  ANALYSIS("analysis"),
  /** {@code proposal}: the source's author's recommendation of what should or can be done. */
  PROPOSAL("proposal"),
  /** {@code prediction}: the source's author's forecast. */
  PREDICTION("prediction");

  private final String value;

  Attribution(String value) {
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
  public static Attribution of(String value) {
    return CodedValue.parse(Attribution.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
