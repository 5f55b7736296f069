package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How one event relates to another (schema version 2).
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.7.0
 */
public enum EventRelationKind implements CodedValue {
  /** {@code invokes}: cites or builds on the other. */
  INVOKES("invokes"),
  /** {@code responds-to}: reacts to the other. */
  RESPONDS_TO("responds-to"),
  /** {@code part-of}: is a part of the other, such as a session of a summit. */
  PART_OF("part-of"),
  /** {@code follows}: happens after the other. */
  FOLLOWS("follows");

  private final String value;

  EventRelationKind(String value) {
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
  public static EventRelationKind of(String value) {
    return CodedValue.parse(EventRelationKind.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
