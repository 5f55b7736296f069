package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which members of a group actor a text means (schema version 2).
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.7.0
 */
public enum MemberScope implements CodedValue {
  /** {@code all}: all or every member. */
  ALL("all"),
  /** {@code some}: a part: some, a number of, various, many. */
  SOME("some"),
  /** {@code unspecified}: the members, without saying how many. */
  UNSPECIFIED("unspecified");

  private final String value;

  MemberScope(String value) {
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
  public static MemberScope of(String value) {
    return CodedValue.parse(MemberScope.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
