package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How one {@link Principle} relates to another.
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.1.0
 */
public enum RelationKind implements CodedValue {
  /** {@code tension-with}. */
  TENSION_WITH("tension-with"),
  /** {@code reconciled-by}. */
  RECONCILED_BY("reconciled-by"),
  /** {@code part-of}. */
  PART_OF("part-of"),
  /** {@code related-to}. */
  RELATED_TO("related-to");

  private final String value;

  RelationKind(String value) {
    this.value = value;
  }

  /** Returns the JSON form of this constant, for example {@code "tension-with"}. */
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
  public static RelationKind of(String value) {
    return CodedValue.parse(RelationKind.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
