package org.policyset.testkit;

import org.policyset.core.diagnostic.Rule;

/**
 * A known error that {@link DatasetGenerator} puts into a stance on purpose, so that a validator run
 * on the generated data can be checked to find each one exactly once.
 *
 * @since 0.1.0
 */
public enum InjectedError {
  /** The stance's {@code topic} names a topic that does not exist. */
  DANGLING_REFERENCE(Rule.DANGLING_REFERENCE),
  /** The stance's {@code date} names a day that no calendar has, such as {@code 2021-02-30}. */
  INVALID_DATE(Rule.INVALID_DATE),
  /** The stance has a property that stances do not have. */
  UNKNOWN_PROPERTY(Rule.UNKNOWN_PROPERTY);

  private final Rule rule;

  InjectedError(Rule rule) {
    this.rule = rule;
  }

  /** {@return the rule whose finding reports this error} */
  public Rule rule() {
    return rule;
  }
}
