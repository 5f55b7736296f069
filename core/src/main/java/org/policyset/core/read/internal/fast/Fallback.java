package org.policyset.core.read.internal.fast;

/**
 * Thrown when the fast path cannot go on (a byte order mark, invalid UTF-8, a syntax error, an
 * unknown or repeated section, a limit reached): the file is then left to {@link FallbackReplay}.
 * One shared instance without a stack trace, as it is thrown on ordinary input.
 */
final class Fallback extends Exception {
  private static final long serialVersionUID = 1L;

  /** The one instance thrown. */
  static final Fallback INSTANCE = new Fallback();

  private Fallback() {
    super(null, null, false, false);
  }
}
