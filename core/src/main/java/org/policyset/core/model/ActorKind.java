package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of an {@link Actor}.
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.1.0
 */
public enum ActorKind implements CodedValue {
  /** {@code state}. */
  STATE("state"),
  /** {@code international-organization}. */
  INTERNATIONAL_ORGANIZATION("international-organization"),
  /** {@code regional-organization}. */
  REGIONAL_ORGANIZATION("regional-organization"),
  /** {@code organ}. */
  ORGAN("organ"),
  /** {@code grouping}. */
  GROUPING("grouping"),
  /** {@code non-state}. */
  NON_STATE("non-state"),
  /** {@code person}. */
  PERSON("person");

  private final String value;

  ActorKind(String value) {
    this.value = value;
  }

  /** Returns the JSON form of this constant, for example {@code "state"}. */
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
  public static ActorKind of(String value) {
    return CodedValue.parse(ActorKind.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
