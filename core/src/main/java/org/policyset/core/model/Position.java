package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The position a {@link Stance} takes towards its topic.
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.1.0
 */
public enum Position implements CodedValue {
  /** {@code supports}. */
  SUPPORTS("supports"),
  /** {@code opposes}. */
  OPPOSES("opposes"),
  /** {@code welcomes}. */
  WELCOMES("welcomes"),
  /** {@code rejects}. */
  REJECTS("rejects"),
  /** {@code condemns}. */
  CONDEMNS("condemns"),
  /** {@code calls-for}. */
  CALLS_FOR("calls-for"),
  /** {@code commits-to}. */
  COMMITS_TO("commits-to"),
  /** {@code affirms}. */
  AFFIRMS("affirms"),
  /** {@code neutral}. */
  NEUTRAL("neutral");

  private final String value;

  Position(String value) {
    this.value = value;
  }

  /** Returns the JSON form of this constant, for example {@code "supports"}. */
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
  public static Position of(String value) {
    return CodedValue.parse(Position.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
