package org.policyset.core.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.policyset.core.internal.IntegrityIndex;
import org.policyset.core.internal.ProvenanceIndex;
import org.policyset.core.io.DatasetReader;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.RecordType;

/**
 * Validates datasets through every layer: input, syntax, shape, integrity and provenance. Records
 * stream through the checks; only compact indexes are kept.
 *
 * <pre>{@code
 * ValidationReport report = DatasetValidator.create().validate(List.of(Path.of("dataset/data")));
 * report.findings().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DatasetValidator {

  private final ReadLimits limits;
  private final Set<Rule> ignored;
  private final boolean strict;

  private DatasetValidator(ReadLimits limits, Set<Rule> ignored, boolean strict) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.ignored = ignored.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(ignored);
    this.strict = strict;
  }

  /** Returns a validator with default limits that reports every rule. */
  public static DatasetValidator create() {
    return new DatasetValidator(ReadLimits.DEFAULTS, Set.of(), false);
  }

  /**
   * Returns a copy that reads with other limits.
   *
   * @param newLimits the limits
   * @return a copy
   */
  public DatasetValidator withLimits(ReadLimits newLimits) {
    return new DatasetValidator(newLimits, ignored, strict);
  }

  /**
   * Returns a copy that does not report the given rules.
   *
   * @param rules the rules to leave out
   * @return a copy
   */
  public DatasetValidator ignoring(Set<Rule> rules) {
    return new DatasetValidator(limits, rules, strict);
  }

  /**
   * Returns a copy that reports warnings as errors.
   *
   * @param newStrict whether warnings become errors
   * @return a copy
   */
  public DatasetValidator strict(boolean newStrict) {
    return new DatasetValidator(limits, ignored, newStrict);
  }

  /**
   * Validates the dataset made of {@code inputs}.
   *
   * @param inputs dataset files and folders
   * @return the report
   */
  public ValidationReport validate(List<Path> inputs) {
    List<Finding> findings = new ArrayList<>();
    IntegrityIndex integrity = new IntegrityIndex(findings::add);
    ProvenanceIndex provenance = new ProvenanceIndex(findings::add);
    Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      counts.put(t, 0);
    }
    List<Manifest> manifests = new ArrayList<>();
    List<org.policyset.core.validation.Location> manifestLocations = new ArrayList<>();
    DatasetReader.Summary summary = DatasetReader.withLimits(limits).read(inputs,
        new RecordListener() {
          @Override
          public void onRecord(ReadRecord record) {
            counts.merge(record.type(), 1, Integer::sum);
            integrity.accept(record);
            provenance.accept(record);
          }

          @Override
          public void onManifest(Manifest manifest, Location location) {
            manifests.add(manifest);
            manifestLocations.add(location);
          }

          @Override
          public void onFinding(Finding finding) {
            findings.add(finding);
          }
        });
    if (manifests.size() > 1) {
      for (int i = 1; i < manifests.size(); i++) {
        findings.add(Finding.of(Rule.DUPLICATE_MANIFEST, manifestLocations.get(i),
                "a second manifest; the first stands at " + manifestLocations.get(0))
            .withPointer("/manifest").withRelated(List.of(manifestLocations.get(0)))
            .withHint("keep one manifest per dataset"));
      }
    }
    if (manifests.isEmpty() && inputs.stream().anyMatch(Files::isDirectory)
        && !summary.files().isEmpty()) {
      findings.add(Finding.of(Rule.MISSING_MANIFEST, Location.ofFile(inputs.get(0).toString()),
              "dataset has no manifest")
          .withHint("add a file with {\"manifest\": {\"id\": …, \"title\": …, \"version\": \"1.0.0\","
              + " \"license\": …, \"schemaVersion\": \"" + Manifest.CURRENT_SCHEMA_VERSION + "\"}}"));
    }
    integrity.finish(summary.complete());
    provenance.finish(summary.complete());
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      if (ignored.contains(f.rule())) {
        continue;
      }
      kept.add(strict && f.severity() == Severity.WARNING ? f.withSeverity(Severity.ERROR) : f);
    }
    sort(kept, summary.files());
    return new ValidationReport(kept, summary.files(), counts, manifests.size(), summary.complete());
  }

  /** Sorts findings by file (in reading order), line, column and rule code. */
  static void sort(List<Finding> findings, List<InputFile> files) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      order.putIfAbsent(files.get(i).display(), i);
    }
    findings.sort(Comparator
        .comparing((Finding f) -> order.getOrDefault(f.location().file(), -1))
        .thenComparing(f -> f.location().file())
        .thenComparingInt(f -> f.location().line())
        .thenComparingInt(f -> f.location().column())
        .thenComparing(f -> f.rule().code()));
  }
}
