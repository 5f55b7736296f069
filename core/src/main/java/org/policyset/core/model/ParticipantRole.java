package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The role an actor plays in an {@link Event}.
 *
 * <p>Serialized as the lowercase, hyphenated {@link #value()}.
 *
 * @since 0.1.0
 */
public enum ParticipantRole implements CodedValue {
  /** {@code author}. */
  AUTHOR("author"),
  /** {@code adopter}. */
  ADOPTER("adopter"),
  /** {@code host}. */
  HOST("host"),
  /** {@code organizer}. */
  ORGANIZER("organizer"),
  /** {@code participant}. */
  PARTICIPANT("participant"),
  /** {@code signatory}. */
  SIGNATORY("signatory"),
  /** {@code supporter}. */
  SUPPORTER("supporter"),
  /** {@code subject}. */
  SUBJECT("subject"),
  /** {@code party}. */
  PARTY("party");

  private final String value;

  ParticipantRole(String value) {
    this.value = value;
  }

  /** Returns the JSON form of this constant, for example {@code "author"}. */
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
  public static ParticipantRole of(String value) {
    return CodedValue.parse(ParticipantRole.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
