package org.policyset.core.validation;

import java.util.Objects;
import java.util.function.Predicate;
import org.policyset.core.internal.text.SourceText;

/**
 * Whether a quote stands in an archived text, by the rule PS402 quote-not-found applies: verbatim
 * after white space runs, quotation marks, apostrophes, dashes and ellipses are folded to their plain
 * forms.
 *
 * <pre>{@code
 * boolean found = Quotes.stands("The minister said:  no.", "said: no");   // true: white space folds
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Quotes {
  private Quotes() {}

  /**
   * Returns whether {@code quote} stands in {@code text}, as validation decides it.
   *
   * @param text the archived text
   * @param quote the quote
   * @return true if the quote stands in the text
   */
  public static boolean stands(String text, String quote) {
    Objects.requireNonNull(quote, "quote");
    return !SourceText.of(Objects.requireNonNull(text, "text")).find(quote, false, 1).isEmpty();
  }

  /**
   * Returns a test of quotes against {@code text}, which is prepared once: for checking many quotes
   * of one text.
   *
   * @param text the archived text
   * @return whether a quote stands in the text
   */
  public static Predicate<String> in(String text) {
    SourceText t = SourceText.of(Objects.requireNonNull(text, "text"));
    return quote -> !t.find(Objects.requireNonNull(quote, "quote"), false, 1).isEmpty();
  }
}
