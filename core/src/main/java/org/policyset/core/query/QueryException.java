package org.policyset.core.query;

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

  /** The hint, or null. */
  private final String hint;

  /**
   * Creates an exception.
   *
   * @param message what is wrong
   * @param hint what to do about it, or null
   */
  public QueryException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** {@return what to do about the problem, such as {@code did you mean 'cn'?}, or null} */
  public String hint() {
    return hint;
  }

  /**
   * {@return the message followed by the hint, if there is one: {@code unknown actor 'cnn'; did
   * you mean 'cn'?}}
   */
  public String describe() {
    return hint == null ? getMessage() : getMessage() + "; " + hint;
  }
}
