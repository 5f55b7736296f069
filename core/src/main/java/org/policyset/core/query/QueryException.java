package org.policyset.core.query;

import org.jspecify.annotations.Nullable;

/**
 * A query that cannot run as asked: an id that names no record, a field the record type does not
 * have, a filter that does not apply to the record type, or a value out of range.
 *
 * <p>The message says what is wrong ({@code unknown actor 'cnn'}); {@link #hint()} says what to do
 * about it, often a "did you mean" suggestion ({@code did you mean 'cn'?}).
 *
 * @since 0.1.0
 */
public final class QueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The hint; null for none. */
  private final @Nullable String hint;

  /**
   * Creates an exception.
   *
   * @param message what is wrong
   * @param hint what to do about it, or null for no hint
   */
  public QueryException(String message, @Nullable String hint) {
    super(message);
    this.hint = hint;
  }

  /** {@return what to do about the problem, such as {@code did you mean 'cn'?}; null for no hint} */
  public @Nullable String hint() {
    return hint;
  }

  /**
   * {@return the message followed by the hint, if there is one: {@code unknown actor 'cnn'; did
   * you mean 'cn'?}}
   */
  public String describe() {
    String message = java.util.Objects.requireNonNullElse(getMessage(), "");
    return hint == null ? message : message + "; " + hint;
  }
}
