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
import org.jspecify.annotations.Nullable;
import org.policyset.core.validation.internal.integrity.IntegrityIndex;
import org.policyset.core.validation.internal.provenance.ProvenanceIndex;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.SourceTextProvider;
import org.policyset.core.model.Dataset;
import org.policyset.core.diagnostic.Layer;
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

  /** {@return a validator with default limits that reports every rule} */
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
    return run(inputs, null, null, null);
  }

  /**
   * Validates a dataset held in memory as one file named {@code name}, checking quotes against the
   * texts {@code texts} gives: findings name {@code name} and give lines and columns in
   * {@code content}.
   *
   * <pre>{@code
   * String json = "{\"topics\": [{\"id\": \"gaza\", \"name\": \"Gaza\"}]}";
   * ValidationReport report = DatasetValidator.create().validate("topics.json",
   *     json.getBytes(StandardCharsets.UTF_8), InputFormat.JSON, SourceTextProvider.none());
   * }</pre>
   *
   * @param name how findings name the input
   * @param content the bytes, UTF-8
   * @param format the format of the content
   * @param texts gives the archived texts of the sources
   * @return the report
   * @since 0.1.0
   */
  public ValidationReport validate(String name, byte[] content, InputFormat format,
      SourceTextProvider texts) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(texts, "texts");
    InputFile file = new InputFile(null, Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(format, "format"));
    return run(null, file, content, texts);
  }

  /**
   * Validates a dataset built in code with every rule a file gets, checking quotes against the
   * texts {@code texts} gives. The dataset is checked as the JSON document {@code policyset
   * format} would write for it, with records in the order the dataset holds them: findings name
   * {@code dataset.json}, and their pointers ({@code /stances/3}) and record keys
   * ({@code stance:s-1}) say which record.
   *
   * @param dataset the dataset
   * @param texts gives the archived texts of the sources
   * @return the report
   * @since 0.1.0
   */
  public ValidationReport validate(Dataset dataset, SourceTextProvider texts) {
    Objects.requireNonNull(texts, "texts");
    String text = InMemoryDocument.of(Objects.requireNonNull(dataset, "dataset"));
    InputFile file = new InputFile(null, MEMORY_NAME, InputFormat.JSON);
    byte[] content;
    try {
      content = org.policyset.core.internal.text.StrictUtf8.encode(text);
    } catch (java.nio.charset.CharacterCodingException e) {
      // A string built in code may hold half a surrogate pair, which no file can: say so rather
      // than validate a replacement character.
      Map<RecordType, Integer> none = new EnumMap<>(RecordType.class);
      for (RecordType t : RecordType.values()) {
        none.put(t, 0);
      }
      return select(List.of(Finding.of(Rule.UNPAIRED_SURROGATE, Location.ofFile(MEMORY_NAME),
                  "a string of the dataset holds an unpaired surrogate, which no UTF-8 file can hold")
              .withHint("remove the lone surrogate, or pair it with its other half")),
          List.of(file), none, 0, false);
    }
    return run(null, file, content, texts);
  }

  /**
   * Checks one record built in code against the rules that concern a record alone (the shape
   * layer: ids, dates, enumerations, required fields, values): what it references and the sources
   * it cites need the rest of the dataset, so the integrity and provenance rules are not applied.
   * A record that sets a field of schema version 2 is checked as version 2.
   *
   * @param record the record
   * @return the findings, empty when the record is valid on its own
   * @since 0.1.0
   */
  public List<Finding> validateRecord(PolicyRecord record) {
    Objects.requireNonNull(record, "record");
    // A record of schema version 2's form is checked as version 2, under a manifest saying so; one
    // that fits version 1 as before, without a manifest.
    int version = org.policyset.core.model.SchemaVersions.formOf(record);
    @Nullable Manifest manifest = version == org.policyset.core.model.SchemaVersions.V1 ? null
        : Manifest.builder().id("record").title("Record").version("1.0.0").license("CC0-1.0")
            .schemaVersion(Integer.toString(version)).build();
    ValidationReport report = validate(Dataset.of(manifest, List.of(record)), SourceTextProvider.none());
    return report.findings().stream()
        .filter(f -> f.rule().layer() != Layer.INTEGRITY
            && f.rule().layer() != Layer.PROVENANCE && f.rule() != Rule.MISSING_MANIFEST)
        .toList();
  }

  /** How findings name a dataset validated from memory. */
  static final String MEMORY_NAME = "dataset.json";

  /**
   * Validates files ({@code inputs}) or one input held in memory ({@code memory} and
   * {@code content}), whose sources' texts come from {@code texts}.
   */
  private ValidationReport run(@Nullable List<Path> inputs, @Nullable InputFile memory,
      byte @Nullable [] content, @Nullable SourceTextProvider texts) {
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
    IntegrityIndex integrity = new IntegrityIndex(capped, all);
    ProvenanceIndex provenance = new ProvenanceIndex(capped, all, texts);
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
    DatasetReader reader = DatasetReader.withLimits(limits).reportingAll(all);
    List<InputFile> files = memory != null ? List.of(memory)
        : DatasetReader.resolve(Objects.requireNonNull(inputs), listener::onFinding);
    boolean complete = memory != null ? reader.readBytes(memory, Objects.requireNonNull(content), listener)
        : reader.readFiles(files, listener, new RecordPreparer() {
      // Both indexes resolve what they can of a record on the thread that bound it.
      @Override
      public @Nullable Object prepare(PolicyRecord value) {
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
    if (manifests.isEmpty() && inputs != null && inputs.stream().anyMatch(Files::isDirectory)
        && !files.isEmpty()) {
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
                org.policyset.core.internal.text.Plural.count(n[1],
                        "more integrity and provenance finding")
                    + " in this file " + (n[1] == 1 ? "is" : "are") + " not listed (the limit is "
                    + limits.maxFindingsPerFile() + " a file)")
            .withHint("fix these first, or raise ReadLimits.maxFindingsPerFile (--max-findings-per-file in the command)"));
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
    ValidationReport report = new ValidationReport(reported, files, counts, manifests, complete,
        suppressed, List.of()).applying(baseline);
    if (!(complete || all) || !reports(Rule.UNUSED_SUPPRESSION)) {
      return report;
    }
    List<Finding> stale = StaleBaseline.findings(baseline, report.baselined(), this::reports);
    if (stale.isEmpty()) {
      return report;
    }
    List<Finding> more = new ArrayList<>(report.findings());
    for (Finding f : stale) {
      more.add(strict ? f.withSeverity(Severity.ERROR) : f);
    }
    sort(more, files);
    return new ValidationReport(more, files, counts, manifests, complete, suppressed,
        report.baselined());
  }

  private boolean reports(Rule rule) {
    return selected.contains(rule) && !ignored.contains(rule);
  }

  /** Sorts findings by file (in reading order), line, column and rule code. */
  static void sort(List<Finding> findings, List<InputFile> files) {
    findings.sort(ValidationReport.order(files));
  }
}
