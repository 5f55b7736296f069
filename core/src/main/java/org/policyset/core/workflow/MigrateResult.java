package org.policyset.core.workflow;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.write.DatasetMigrator;
import org.policyset.core.write.DatasetMigrator.Outcome;

/**
 * What migrating did to each dataset.
 *
 * @param outcomes one per input, in order
 * @param to the schema version written
 * @param check whether the run only checked
 * @param report with an output: the validation report of what was (or would have been) written
 * @since 0.7.0
 */
public record MigrateResult(List<Outcome> outcomes, int to, boolean check, @Nullable ValidationReport report) {

  /**
   * Copies the list.
   *
   * @param outcomes one per input, in order
   * @param to the schema version written
   * @param check whether the run only checked
   * @param report with an output: the validation report of what was written
   */
  public MigrateResult {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * Returns whether some dataset could not be written (it is unchanged).
   *
   * @return true if a write failed
   */
  public boolean writeFailed() {
    return outcomes.stream().anyMatch(o -> o.error() != null);
  }

  /**
   * Returns how the run ended: an input that could not be read, a dataset refused or (with check)
   * not yet migrated, or done.
   *
   * @return the status
   */
  public Status status() {
    boolean unreadable = outcomes.stream().anyMatch(o -> o.findings().stream()
        .anyMatch(f -> f.rule() == org.policyset.core.diagnostic.Rule.UNREADABLE_INPUT
            || f.rule() == org.policyset.core.diagnostic.Rule.NO_DATASET_FILES));
    if (unreadable) {
      return Status.UNREADABLE_INPUT;
    }
    boolean bad = outcomes.stream().anyMatch(o -> o.status() == DatasetMigrator.Status.REFUSED
        || o.status() == DatasetMigrator.Status.WOULD_CHANGE);
    return bad ? Status.FINDINGS : Status.OK;
  }
}
