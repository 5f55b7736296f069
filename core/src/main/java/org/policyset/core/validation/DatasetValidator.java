package org.policyset.core.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.policyset.core.validation.internal.integrity.IntegrityIndex;
import org.policyset.core.validation.internal.provenance.ProvenanceIndex;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.RecordPreparer;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.SuppressedFinding;
import org.policyset.core.diagnostic.Suppression;
import org.policyset.core.diagnostic.Severity;

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
  private final Set<Rule> selected;
  private final Set<Rule> ignored;
  private final boolean strict;
  private final boolean all;
  private final Suppressions suppressions;
  private final Baseline baseline;

  private DatasetValidator(ReadLimits limits, Set<Rule> selected, Set<Rule> ignored, boolean strict,
      boolean all, Suppressions suppressions, Baseline baseline) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.selected = selected.isEmpty() ? EnumSet.allOf(Rule.class) : EnumSet.copyOf(selected);
    this.ignored = ignored.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(ignored);
    this.strict = strict;
    this.all = all;
    this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
    this.baseline = Objects.requireNonNull(baseline, "baseline");
  }

  /** Returns a validator with default limits that reports every rule. */
  public static DatasetValidator create() {
    return new DatasetValidator(ReadLimits.DEFAULTS, Set.of(), Set.of(), false, false,
        Suppressions.none(), Baseline.empty());
  }

  /**
   * Returns a copy that reads with other limits.
   *
   * @param newLimits the limits
   * @return a copy
   */
  public DatasetValidator withLimits(ReadLimits newLimits) {
    return new DatasetValidator(newLimits, selected, ignored, strict, all, suppressions, baseline);
  }

  /**
   * Returns a copy that does not report the given rules.
   *
   * @param rules the rules to leave out
   * @return a copy
   */
  public DatasetValidator ignoring(Set<Rule> rules) {
    return new DatasetValidator(limits, selected, rules, strict, all, suppressions, baseline);
  }

  /**
   * Returns a copy that reports only the given rules (less those {@linkplain #ignoring ignored}).
   *
   * @param rules the rules to report; empty for every rule
   * @return a copy
   * @since 0.1.0
   */
  public DatasetValidator selecting(Set<Rule> rules) {
    return new DatasetValidator(limits, rules, ignored, strict, all, suppressions, baseline);
  }

  /**
   * Returns a copy that reports warnings as errors.
   *
   * @param newStrict whether warnings become errors
   * @return a copy
   */
  public DatasetValidator strict(boolean newStrict) {
    return new DatasetValidator(limits, selected, ignored, newStrict, all, suppressions, baseline);
  }

  /**
   * Returns a copy that also reports what root-cause grouping hides.
   *
   * <p>By default a finding that makes others inevitable hides them: a misspelt key hides the
   * "missing field" it causes, a record that cannot be bound keeps its id and its citations (so no
   * dangling reference or unused source follows from it), and a file that cannot be read to its end
   * skips the reference and unused-source checks that its unread part could answer. With
   * {@code reportAll} every layer reports everything it sees.
   *
   * @param reportAll whether to report consequences too
   * @return a copy
   * @since 0.1.0
   */
  public DatasetValidator reportingAll(boolean reportAll) {
    return new DatasetValidator(limits, selected, ignored, strict, reportAll, suppressions, baseline);
  }

  /**
   * Returns a copy that does not report findings these suppressions accept; they are listed in
   * {@link ValidationReport#suppressed()} instead. Problems of the suppressions file and unused
   * suppressions are reported as findings.
   *
   * @param newSuppressions the suppressions
   * @return a copy
   * @since 0.1.0
   */
  public DatasetValidator withSuppressions(Suppressions newSuppressions) {
    return new DatasetValidator(limits, selected, ignored, strict, all, newSuppressions, baseline);
  }

  /**
   * Returns a copy that reports only findings not in {@code newBaseline}; the others are listed in
   * {@link ValidationReport#baselined()}.
   *
   * @param newBaseline the baseline
   * @return a copy
   * @since 0.1.0
   */
  public DatasetValidator withBaseline(Baseline newBaseline) {
    return new DatasetValidator(limits, selected, ignored, strict, all, suppressions, newBaseline);
  }

  /**
   * Validates the dataset made of {@code inputs}.
   *
   * @param inputs dataset files and folders
   * @return the report
   */
  public ValidationReport validate(List<Path> inputs) {
    List<Finding> findings = new ArrayList<>();
    // The whole-dataset layers report at most maxFindingsPerFile findings of the selected rules a
    // file, as reading does, so that a file of a million dangling references cannot fill memory.
    Map<String, int[]> perFile = new java.util.LinkedHashMap<>();
    java.util.function.Consumer<Finding> capped = f -> {
      if (!reports(f.rule())) {
        return;
      }
      int[] n = perFile.computeIfAbsent(f.location().file(), k -> new int[2]);
      if (n[0] < limits.maxFindingsPerFile()) {
        n[0]++;
        findings.add(f);
      } else {
        n[1]++;
      }
    };
    IntegrityIndex integrity = new IntegrityIndex(capped);
    ProvenanceIndex provenance = new ProvenanceIndex(capped, all);
    int[] perType = new int[RecordType.values().length];
    List<Manifest> manifests = new ArrayList<>();
    List<org.policyset.core.diagnostic.Location> manifestLocations = new ArrayList<>();
    RecordListener listener = new RecordListener() {
      @Override
      public void onRecord(ReadRecord record) {
        perType[record.type().ordinal()]++;
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
    };
    List<InputFile> files = DatasetReader.resolve(inputs, listener::onFinding);
    boolean complete = DatasetReader.withLimits(limits).reportingAll(all).readFiles(files, listener,
        new RecordPreparer() {
      // Both indexes resolve what they can of a record on the thread that bound it.
      @Override
      public Object prepare(PolicyRecord value) {
        Object a = integrity.prepare(value);
        Object b = provenance.prepare(value);
        return a == null && b == null ? null : new Object[] {a, b};
      }

      @Override
      public void handOn(Object prepared) {
        Object[] both = (Object[]) prepared;
        integrity.handOn(both[0]);
        provenance.handOn(both[1]);
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
    if (manifests.isEmpty() && inputs.stream().anyMatch(Files::isDirectory) && !files.isEmpty()) {
      findings.add(Finding.of(Rule.MISSING_MANIFEST, Location.ofFile(inputs.get(0).toString()),
              "dataset has no manifest")
          .withHint("add a file with {\"manifest\": {\"id\": …, \"title\": …, \"version\": \"1.0.0\","
              + " \"license\": …, \"schemaVersion\": \"" + Manifest.CURRENT_SCHEMA_VERSION + "\"}}"));
    }
    Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      counts.put(t, perType[t.ordinal()]);
    }
    integrity.finish(complete || all);
    provenance.finish(complete || all);
    perFile.forEach((file, n) -> {
      if (n[1] > 0) {
        findings.add(Finding.of(Rule.LIMIT_EXCEEDED, Location.ofFile(file),
                n[1] + " more integrity and provenance findings in this file are not listed (the "
                    + "limit is " + limits.maxFindingsPerFile() + " a file)")
            .withHint("fix these first, or raise the limit with --max-findings-per-file"));
      }
    });
    return select(findings, files, counts, manifests.size(), complete);
  }

  /** Applies selection, suppressions, the baseline and strictness, in that order. */
  private ValidationReport select(List<Finding> raw, List<InputFile> files,
      Map<RecordType, Integer> counts, int manifests, boolean complete) {
    List<Finding> kept = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    Set<Suppression> used = new HashSet<>();
    for (Finding f : raw) {
      if (!reports(f.rule())) {
        continue;
      }
      Suppression s = suppressions.match(f);
      if (s != null) {
        used.add(s);
        suppressed.add(new SuppressedFinding(f, s));
      } else {
        kept.add(f);
      }
    }
    for (Finding p : suppressions.problems()) {
      if (reports(p.rule())) {
        kept.add(p);
      }
    }
    if ((complete || all) && reports(Rule.UNUSED_SUPPRESSION)) {
      for (Suppression s : suppressions.entries()) {
        if (!used.contains(s) && reports(s.rule())) {
          kept.add(Finding.of(Rule.UNUSED_SUPPRESSION, s.declaredAt(),
                  "suppression of " + s.describe() + " matched no finding")
              .withHint("remove it: the finding it accepted is gone (or the record was renamed)"));
        }
      }
    }
    List<Finding> reported = new ArrayList<>();
    for (Finding f : kept) {
      reported.add(strict && f.severity() == Severity.WARNING ? f.withSeverity(Severity.ERROR) : f);
    }
    sort(reported, files);
    suppressed.sort(Comparator.comparing(SuppressedFinding::finding, ValidationReport.order(files)));
    return new ValidationReport(reported, files, counts, manifests, complete, suppressed, List.of())
        .applying(baseline);
  }

  private boolean reports(Rule rule) {
    return selected.contains(rule) && !ignored.contains(rule);
  }

  /** Sorts findings by file (in reading order), line, column and rule code. */
  static void sort(List<Finding> findings, List<InputFile> files) {
    findings.sort(ValidationReport.order(files));
  }
}
