package org.policyset.core.diagnostic;

/**
 * How serious a finding is. Errors make {@code validate} fail; warnings do not unless asked to.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The data is wrong and must be fixed. */
  ERROR,
  /** The data is suspicious or incomplete. */
  WARNING;

  /** {@return the lowercase name, as printed in reports} */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
