package org.policyset.core.diagnostic;

import java.util.Objects;

/**
 * The documentation of a {@link Rule}: why it exists, an input that breaks it and one that keeps it.
 *
 * <p>An example that starts with <code>{</code> or <code>[</code> is a complete dataset document;
 * any other example is plain text, such as a command line or a description of bytes.
 *
 * @param rationale why the rule exists, in a sentence or two
 * @param failingExample an input that breaks the rule
 * @param passingExample the same input, fixed
 * @since 0.1.0
 */
public record RuleDocumentation(String rationale, String failingExample, String passingExample) {

  /**
   * Checks that every component is present.
   *
   * @param rationale why the rule exists, in a sentence or two
   * @param failingExample an input that breaks the rule
   * @param passingExample the same input, fixed
   */
  public RuleDocumentation {
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(failingExample, "failingExample");
    Objects.requireNonNull(passingExample, "passingExample");
  }

  /**
   * Returns whether an example is a JSON dataset document rather than plain text.
   *
   * @param example one of the examples
   * @return true when it starts with an object or array
   */
  public static boolean isJson(String example) {
    String t = example.stripLeading();
    return t.startsWith("{") || t.startsWith("[");
  }
}
