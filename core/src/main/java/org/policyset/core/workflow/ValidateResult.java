package org.policyset.core.workflow;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.policyset.core.validation.ValidationReport;

/**
 * What a validation found and wrote.
 *
 * @param report the validation report (after the baseline, when one was written or applied)
 * @param baselineSize how many findings the written baseline holds, or -1 if none was written
 * @param leftOut how many findings the report left out for a cap (SARIF), or 0
 * @since 0.1.0
 */
public record ValidateResult(ValidationReport report, int baselineSize, int leftOut) {

  /**
   * Returns how the validation ended: input that could not be read, findings that fail, or valid.
   *
   * @return the status
   */
  public Status status() {
    if (report.hasInputErrors()) {
      return Status.UNREADABLE_INPUT;
    }
    return report.isValid() ? Status.OK : Status.FINDINGS;
  }

  /**
   * Returns a line saying that a baseline was written, or null if none was.
   *
   * @param file where it was written
   * @return the note, or null if no baseline was written
   */
  public @Nullable String baselineNote(Path file) {
    return baselineSize < 0 ? null : "baseline of " + baselineSize
        + (baselineSize == 1 ? " finding" : " findings") + " written to " + file;
  }
}
