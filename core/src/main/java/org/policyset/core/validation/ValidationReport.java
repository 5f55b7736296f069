package org.policyset.core.validation;

import java.util.List;
import java.util.Map;
import org.policyset.core.io.InputFile;
import org.policyset.core.model.RecordType;

/**
 * The outcome of validating a dataset: every finding, sorted by file, line and column, and what was
 * checked.
 *
 * @param findings the findings, sorted
 * @param files the files read
 * @param records the number of records read per type (including records with findings)
 * @param manifests the number of manifests read
 * @param complete whether every file could be read to its end
 * @since 0.1.0
 */
public record ValidationReport(
    List<Finding> findings,
    List<InputFile> files,
    Map<RecordType, Integer> records,
    int manifests,
    boolean complete) {

  /** Copies the collections. */
  public ValidationReport {
    findings = List.copyOf(findings);
    files = List.copyOf(files);
    records = Map.copyOf(records);
  }

  /** Returns the number of error findings. */
  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  /** Returns the number of warning findings. */
  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  /** Returns the total number of records read. */
  public int recordCount() {
    return records.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Returns whether any input could not be read at all (the input layer). */
  public boolean hasInputErrors() {
    return findings.stream().anyMatch(f -> f.rule().layer() == Layer.INPUT);
  }

  /** Returns whether the dataset has no errors (warnings allowed). */
  public boolean isValid() {
    return errors() == 0;
  }
}
