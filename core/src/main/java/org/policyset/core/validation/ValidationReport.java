package org.policyset.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyset.core.io.InputFile;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.SuppressedFinding;
import org.policyset.core.diagnostic.Severity;
import org.policyset.core.diagnostic.Layer;

/**
 * The outcome of validating a dataset: every finding, sorted by file, line and column, and what was
 * checked.
 *
 * @param findings the findings reported, sorted; these decide whether the dataset is valid
 * @param files the files read
 * @param records the number of records read per type (including records with findings)
 * @param manifests the number of manifests read
 * @param complete whether every file could be read to its end
 * @param suppressed the findings that a suppression accepted, sorted; they fail nothing
 * @param baselined the findings that the baseline already held, sorted; they fail nothing
 * @since 0.1.0
 */
public record ValidationReport(
    List<Finding> findings,
    List<InputFile> files,
    Map<RecordType, Integer> records,
    int manifests,
    boolean complete,
    List<SuppressedFinding> suppressed,
    List<Finding> baselined) {

  /**
   * Copies the collections.
   *
   * @param findings the findings reported, sorted; these decide whether the dataset is valid
   * @param files the files read
   * @param records the number of records read per type (including records with findings)
   * @param manifests the number of manifests read
   * @param complete whether every file could be read to its end
   * @param suppressed the findings that a suppression accepted, sorted; they fail nothing
   * @param baselined the findings that the baseline already held, sorted; they fail nothing
   */
  public ValidationReport {
    findings = List.copyOf(findings);
    files = List.copyOf(files);
    records = Map.copyOf(records);
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
    baselined = baselined == null ? List.of() : List.copyOf(baselined);
  }

  /**
   * Creates a report with nothing suppressed or baselined.
   *
   * @param findings the findings, sorted
   * @param files the files read
   * @param records the number of records read per type
   * @param manifests the number of manifests read
   * @param complete whether every file could be read to its end
   */
  public ValidationReport(List<Finding> findings, List<InputFile> files,
      Map<RecordType, Integer> records, int manifests, boolean complete) {
    this(findings, files, records, manifests, complete, List.of(), List.of());
  }

  /**
   * Returns this report with the findings that {@code baseline} holds moved from
   * {@link #findings()} to {@link #baselined()}, matched by {@link Finding#fingerprint()} and counted,
   * so that a second finding with one fingerprint is new when the baseline holds one.
   *
   * @param baseline the baseline
   * @return the report of the findings not in the baseline
   * @since 0.1.0
   */
  public ValidationReport applying(Baseline baseline) {
    Map<String, Integer> remaining = baseline.counts();
    if (remaining.isEmpty()) {
      return this;
    }
    List<Finding> kept = new ArrayList<>();
    List<Finding> matched = new ArrayList<>(baselined);
    for (Finding f : findings) {
      Integer n = Baseline.baselinable(f) ? remaining.get(f.fingerprint()) : null;
      if (n != null && n > 0) {
        remaining.put(f.fingerprint(), n - 1);
        matched.add(f);
      } else {
        kept.add(f);
      }
    }
    matched.sort(order(files));
    return new ValidationReport(kept, files, records, manifests, complete, suppressed, matched);
  }

  /** Returns the order of findings: by file (in reading order), line, column and rule code. */
  static Comparator<Finding> order(List<InputFile> files) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      order.putIfAbsent(files.get(i).display(), i);
    }
    return Comparator
        .comparing((Finding f) -> order.getOrDefault(f.location().file(), -1))
        .thenComparing(f -> f.location().file())
        .thenComparingInt(f -> f.location().line())
        .thenComparingInt(f -> f.location().column())
        .thenComparing(f -> f.rule().code());
  }

  /** {@return the number of error findings} */
  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  /** {@return the number of warning findings} */
  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  /** {@return the total number of records read} */
  public int recordCount() {
    return records.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@return whether any input could not be read at all (the input layer)} */
  public boolean hasInputErrors() {
    return findings.stream().anyMatch(f -> f.rule().layer() == Layer.INPUT);
  }

  /** {@return whether the dataset has no errors (warnings allowed)} */
  public boolean isValid() {
    return errors() == 0;
  }
}
