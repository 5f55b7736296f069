package org.policyset.site;

import java.util.List;
import org.policyset.core.diagnostic.Finding;

/**
 * What {@link Site#build} did.
 *
 * @param inputErrors the errors of the inputs (or of the previous version); when there are any,
 *     nothing was written
 * @param records the records shown
 * @param pages the pages written
 * @since 0.1.0
 */
public record SiteOutcome(List<Finding> inputErrors, int records, int pages) {
  /** Copies the list. */
  public SiteOutcome {
    inputErrors = List.copyOf(inputErrors);
  }

  /** {@return whether the site was written} */
  public boolean written() {
    return inputErrors.isEmpty();
  }
}
