package org.policyset.core.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enumerated value whose JSON form is a lowercase, hyphenated code.
 *
 * @since 0.1.0
 */
public interface CodedValue {

  /** {@return the JSON form of this value} */
  String value();

  /**
   * Returns the constant of {@code type} whose JSON form is {@code value}.
   *
   * @param type the enum class
   * @param value the JSON form
   * @param <E> the enum type
   * @return the matching constant
   * @throws IllegalArgumentException if none matches; the message lists the allowed values
   */
  static <E extends Enum<E> & CodedValue> E parse(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.value().equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "'" + value + "' is not one of " + allowedValues(type));
  }

  /**
   * Returns the allowed JSON forms of {@code type}, comma separated.
   *
   * @param type the enum class
   * @param <E> the enum type
   * @return for example {@code "supports, opposes"}
   */
  static <E extends Enum<E> & CodedValue> String allowedValues(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(CodedValue::value)
        .collect(Collectors.joining(", "));
  }
}
