package org.policyset.core.diagnostic;

import java.util.Objects;

/**
 * A finding that a suppression accepted: reported by machine-readable formats (SARIF marks it as
 * suppressed, with the reason as justification), but it makes no run fail.
 *
 * @param finding the finding
 * @param suppression the suppression that matched it
 * @since 0.1.0
 */
public record SuppressedFinding(Finding finding, Suppression suppression) {

  /**
   * Checks that both components are present.
   *
   * @param finding the finding
   * @param suppression the suppression that matched it
   */
  public SuppressedFinding {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(suppression, "suppression");
  }
}
