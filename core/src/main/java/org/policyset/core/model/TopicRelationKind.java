package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How one topic relates to another, as a cited source claims (schema version 2).
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.7.0
 */
public enum TopicRelationKind implements CodedValue {
  /** {@code threatens}: the topic threatens the other. */
  THREATENS("threatens"),
  /** {@code root-cause-of}: the topic is a root cause of the other. */
  ROOT_CAUSE_OF("root-cause-of"),
  /** {@code part-of}: the topic is part of the other (a placement besides the one parent). */
  PART_OF("part-of"),
  /** {@code related-to}: the topics are related. */
  RELATED_TO("related-to");

  private final String value;

  TopicRelationKind(String value) {
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
  public static TopicRelationKind of(String value) {
    return CodedValue.parse(TopicRelationKind.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
