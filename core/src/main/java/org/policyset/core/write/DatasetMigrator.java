package org.policyset.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.internal.fs.FileKinds;
import org.policyset.core.internal.fs.FileVersion;
import org.policyset.core.internal.fs.OutputLock;
import org.policyset.core.internal.fs.StagedOutput;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.SchemaVersions;
import org.policyset.core.read.DatasetReader;

/**
 * Rewrites a dataset in another schema version ({@link Migration}), in canonical form, each file
 * keeping its own records, or checks whether it already is in that version.
 *
 * <p>In place, a folder is put together beside itself and switched in whole ({@link
 * AtomicFolders}' machinery), so that a process killed at any moment leaves the old dataset or the
 * new one — manifest included — never a mix; a file is replaced atomically ({@link AtomicFiles}).
 * Every file is compared with the version read just before the switch: a file another program
 * changed in the meantime is left as that program wrote it, and nothing is switched. A dataset with
 * syntax or shape errors is never rewritten: a record that cannot be bound cannot be mapped.
 *
 * @since 0.7.0
 */
public final class DatasetMigrator {

  /**
   * What happened to one dataset.
   *
   * @since 0.7.0
   */
  public enum Status {
    /** Already in the target version: nothing to do. */
    ALREADY,
    /** Not in the target version (check mode): left as it is. */
    WOULD_CHANGE,
    /** Rewritten in the target version. */
    MIGRATED,
    /** Left alone: it has errors, records that cannot be mapped, or could not be written. */
    REFUSED
  }

  /**
   * The outcome for one dataset.
   *
   * @param input the dataset (a folder or a file), as given
   * @param status what happened
   * @param from the version it was read as (0 when it could not be read)
   * @param files the dataset files that change (or changed), as findings name them
   * @param findings the errors that made it refused (syntax, shape, unreadable input)
   * @param problems other reasons it was refused: no manifest, records that do not fit the target
   *     version
   * @param error an I/O error message when writing failed, else null
   * @since 0.7.0
   */
  public record Outcome(Path input, Status status, int from, List<String> files, List<Finding> findings,
      List<String> problems, @Nullable String error) {
    /**
     * Copies the lists.
     *
     * @param input the dataset (a folder or a file), as given
     * @param status what happened
     * @param from the version it was read as (0 when it could not be read)
     * @param files the dataset files that change (or changed)
     * @param findings the errors that made it refused
     * @param problems other reasons it was refused
     * @param error an I/O error message when writing failed, else null
     */
    public Outcome {
      files = List.copyOf(files);
      findings = List.copyOf(findings);
      problems = List.copyOf(problems);
    }
  }

  /** The records of one file, as read. */
  private static final class FileRecords {
    final InputFile file;
    final List<PolicyRecord> records = new ArrayList<>();
    @Nullable Manifest manifest;

    FileRecords(InputFile file) {
      this.file = file;
    }
  }

  /** The base of the JSON Schema identifiers of each version. */
  private static final String SCHEMA_BASE = "https://policyset.org/schema/";

  private final DatasetReader reader;
  /** Runs after the new files are staged and before they are switched in: a seam for tests. */
  private final Runnable beforeSwitch;

  /**
   * Creates a migrator reading with {@code reader}.
   *
   * @param reader the reader
   */
  public DatasetMigrator(DatasetReader reader) {
    this(reader, () -> { });
  }

  DatasetMigrator(DatasetReader reader, Runnable beforeSwitch) {
    this.reader = reader;
    this.beforeSwitch = beforeSwitch;
  }

  /**
   * Migrates (or, with {@code check}, only checks) the dataset {@code input}, a folder or a file
   * holding its manifest, in place.
   *
   * @param input the dataset
   * @param to the target version, 1 or 2
   * @param check whether to leave it unchanged and only report
   * @return what happened
   * @throws IllegalArgumentException if {@code to} is not a version this release writes
   */
  public Outcome migrate(Path input, int to, boolean check) {
    Read read = read(input, to);
    if (read.outcome != null) {
      return read.outcome;
    }
    Map<FileRecords, String> texts = read.texts;
    List<String> changed = new ArrayList<>();
    texts.forEach((f, text) -> changed.add(f.file.display()));
    if (texts.isEmpty()) {
      return new Outcome(input, Status.ALREADY, read.from, changed, List.of(), List.of(), null);
    }
    if (check) {
      return new Outcome(input, Status.WOULD_CHANGE, read.from, changed, List.of(), List.of(), null);
    }
    try {
      if (Files.isDirectory(input)) {
        switchFolder(input, read);
      } else {
        Map.Entry<FileRecords, String> only = texts.entrySet().iterator().next();
        Path path = Objects.requireNonNull(only.getKey().file.path());
        byte[] bytes = only.getValue().getBytes(StandardCharsets.UTF_8);
        FileVersion version = Objects.requireNonNull(read.versions.get(path));
        AtomicFiles.write(path, out -> {
          beforeSwitch.run();
          out.write(bytes);
        }, () -> unchanged(path, version));
      }
    } catch (IOException e) {
      return new Outcome(input, Status.REFUSED, read.from, changed, List.of(), List.of(),
          FileKinds.describe(e));
    }
    return new Outcome(input, Status.MIGRATED, read.from, changed, List.of(), List.of(), null);
  }

  /**
   * Migrates the dataset {@code input} into {@code output} (a {@code .json} or {@code .jsonl} file,
   * or a folder with one file per section), as {@code merge -o} writes: validated first, nothing
   * written if the result has errors, with the archived texts its sources name.
   *
   * @param input the dataset
   * @param to the target version, 1 or 2
   * @param output where to write
   * @param replace whether an existing output may be replaced
   * @return what happened; with the validation report of what was (or would have been) written
   * @throws IOException if writing fails; existing files are then unchanged
   */
  public Written migrateTo(Path input, int to, Path output, boolean replace) throws IOException {
    Read read = read(input, to);
    if (read.outcome != null) {
      return new Written(read.outcome, null);
    }
    List<Finding> problems = new ArrayList<>();
    Map<String, byte[]> sourceTexts = Objects.requireNonNull(read.result).readSourceTexts(problems::add);
    if (!problems.isEmpty()) {
      return new Written(new Outcome(input, Status.REFUSED, read.from, List.of(), problems, List.of(), null), null);
    }
    Dataset whole = Objects.requireNonNull(read.whole);
    List<Path> files = new ArrayList<>();
    read.result.files().forEach(f -> files.add(f.path()));
    var report = DatasetWriter.write(whole, sourceTexts, output, replace, reader.limits(),
        schemaFor(CanonicalJson.agreedSchema(files), to));
    List<String> written = List.of(output.toString());
    Status status = report.isValid() ? Status.MIGRATED : Status.REFUSED;
    return new Written(new Outcome(input, status, read.from, written, List.of(), List.of(), null), report);
  }

  /**
   * The outcome of a migration to another place, and the validation report of what was written.
   *
   * @param outcome what happened
   * @param report the report of the output, or null when nothing was mapped
   * @since 0.7.0
   */
  public record Written(Outcome outcome, org.policyset.core.validation.@Nullable ValidationReport report) {}

  /** What reading a dataset for migration gave: either an outcome already, or the new texts. */
  private static final class Read {
    @Nullable Outcome outcome;
    int from;
    DatasetReader.@Nullable Result result;
    @Nullable Dataset whole;
    final Map<FileRecords, String> texts = new LinkedHashMap<>();
    final Map<Path, FileVersion> versions = new LinkedHashMap<>();
  }

  private Read read(Path input, int to) {
    if (to != SchemaVersions.V1 && to != SchemaVersions.V2) {
      throw new IllegalArgumentException("schema version " + to + " is not one this release writes (1, 2)");
    }
    Read read = new Read();
    recoverInterrupted(input);
    List<Finding> unusable = new ArrayList<>();
    List<InputFile> files = DatasetReader.resolve(List.of(input), unusable::add);
    if (!unusable.isEmpty()) {
      read.outcome = new Outcome(input, Status.REFUSED, 0, List.of(), unusable, List.of(), null);
      return read;
    }
    try {
      for (InputFile f : files) {
        read.versions.put(Objects.requireNonNull(f.path()), FileVersion.of(f.path()));
      }
    } catch (IOException e) {
      read.outcome = new Outcome(input, Status.REFUSED, 0, List.of(), List.of(), List.of(), FileKinds.describe(e));
      return read;
    }
    Map<InputFile, FileRecords> byFile = new LinkedHashMap<>();
    files.forEach(f -> byFile.put(f, new FileRecords(f)));
    List<Finding> findings = new ArrayList<>();
    List<PolicyRecord> all = new ArrayList<>();
    Manifest[] first = new Manifest[1];
    Map<String, org.policyset.core.io.RecordOrigin> origins = new java.util.HashMap<>();
    reader.read(List.of(input), new RecordListener() {
      private @Nullable InputFile current;

      @Override
      public void onFile(InputFile file) {
        current = file;
      }

      @Override
      public void onRecord(ReadRecord record) {
        if (record.value() != null) {
          byFile.computeIfAbsent(record.file(), FileRecords::new).records.add(record.value());
          all.add(record.value());
          origins.putIfAbsent(record.key(), new org.policyset.core.io.RecordOrigin(record.file().path(),
              record.location()));
        }
      }

      @Override
      public void onManifest(Manifest m, Location location) {
        FileRecords f = current == null ? null : byFile.get(current);
        if (f != null && f.manifest == null) {
          f.manifest = m;
        }
        if (first[0] == null) {
          first[0] = m;
        }
      }

      @Override
      public void onFinding(Finding finding) {
        findings.add(finding);
      }
    });
    read.result = new DatasetReader.Result(Dataset.of(first[0], all), findings, files, origins);
    List<Finding> errors = read.result.errors();
    if (!errors.isEmpty()) {
      read.outcome = new Outcome(input, Status.REFUSED, 0, List.of(), errors, List.of(), null);
      return read;
    }
    Manifest manifest = first[0];
    if (manifest == null) {
      read.outcome = new Outcome(input, Status.REFUSED, 0, List.of(), List.of(), List.of(input
          + ": the dataset has no manifest, and only a manifest can say which schema version its files"
          + " follow; add one (policyset new manifest) and migrate again"), null);
      return read;
    }
    read.from = SchemaVersions.parse(manifest.schemaVersion());
    if (read.from == to) {
      read.outcome = new Outcome(input, Status.ALREADY, read.from, List.of(), List.of(), List.of(), null);
      return read;
    }
    List<String> problems = new ArrayList<>();
    List<PolicyRecord> mappedAll = new ArrayList<>();
    for (FileRecords f : byFile.values()) {
      Dataset mapped = map(Dataset.of(f.manifest, f.records), to, problems);
      if (mapped == null) {
        continue;
      }
      for (var t : org.policyset.core.model.RecordType.values()) {
        mappedAll.addAll(mapped.records(t));
      }
      Path path = Objects.requireNonNull(f.file.path());
      String text = f.file.format() == InputFormat.JSON_LINES ? CanonicalJson.jsonLines(mapped)
          : CanonicalJson.document(mapped, schemaFor(CanonicalJson.declaredSchema(path), to));
      if (!sameContent(path, text.getBytes(StandardCharsets.UTF_8))) {
        read.texts.put(f, text);
      }
    }
    if (!problems.isEmpty()) {
      read.outcome = new Outcome(input, Status.REFUSED, read.from, List.of(), List.of(), problems, null);
      return read;
    }
    Manifest m = to == SchemaVersions.V2 ? Migration.toVersion2(manifest)
        : new Manifest(manifest.id(), manifest.title(), manifest.version(), manifest.license(),
            String.valueOf(SchemaVersions.V1), manifest.description());
    read.whole = Dataset.of(m, mappedAll);
    return read;
  }

  private static @Nullable Dataset map(Dataset d, int to, List<String> problems) {
    if (to == SchemaVersions.V2) {
      return Migration.toVersion2(d);
    }
    Migration.Reversal back = Migration.toVersion1(d);
    problems.addAll(back.problems());
    return back.dataset();
  }

  /** A document's {@code $schema} for version {@code to}: policyset's own names the version. */
  static @Nullable String schemaFor(@Nullable String declared, int to) {
    if (declared == null || !declared.startsWith(SCHEMA_BASE)) {
      return declared;
    }
    String rest = declared.substring(SCHEMA_BASE.length());
    int slash = rest.indexOf('/');
    if (slash < 0 || SchemaVersions.parse(rest.substring(0, slash)) < 0) {
      return declared;
    }
    return SCHEMA_BASE + to + rest.substring(slash);
  }

  /** Switches a folder to its migrated files in one step, keeping every other file in it. */
  private void switchFolder(Path input, Read read) throws IOException {
    Path out = input.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(out)) {
      out = out.toRealPath(); // migrate the folder the link names, and keep the link
    }
    List<Path> rewritten = new ArrayList<>();
    try (StagedOutput staged = StagedOutput.create(out)) {
      for (Map.Entry<FileRecords, String> e : read.texts.entrySet()) {
        Path file = Objects.requireNonNull(e.getKey().file.path()).toAbsolutePath().normalize();
        Path rel = realFolder(input).relativize(file.toRealPath());
        rewritten.add(rel);
        Path dest = staged.folder().resolve(rel.toString());
        Files.createDirectories(Objects.requireNonNull(dest.getParent()));
        AtomicFiles.write(dest, e.getValue());
        org.policyset.core.internal.fs.TempFiles.keepPermissions(file, dest);
      }
      beforeSwitch.run();
      OutputLock lock = OutputLock.acquire(out);
      try {
        StagedOutput.recover(out);
        for (Map.Entry<Path, FileVersion> v : read.versions.entrySet()) {
          unchanged(v.getKey(), v.getValue());
        }
        staged.keepFromTarget(rewritten::contains);
        staged.replaceFolder();
      } finally {
        lock.close();
      }
    }
  }

  /**
   * Puts back a folder whose switch a killed migrate (or merge) interrupted between its two renames:
   * the folder missing and its previous version beside it. A live writer's switch is left alone.
   */
  private static void recoverInterrupted(Path input) {
    if (Files.exists(input, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        || StagedOutput.interruptedPrevious(input) == null) {
      return;
    }
    Path out = input.toAbsolutePath().normalize();
    try {
      OutputLock lock = OutputLock.acquire(out);
      try {
        StagedOutput.recover(out);
      } finally {
        lock.close();
      }
    } catch (IOException e) {
      // Reading then reports the missing folder and the version beside it.
    }
  }

  private static Path realFolder(Path input) throws IOException {
    return input.toRealPath();
  }

  private static boolean sameContent(Path path, byte[] want) {
    try (java.io.InputStream in = Files.newInputStream(path)) {
      return java.util.Arrays.equals(in.readNBytes(want.length + 1), want);
    } catch (IOException e) {
      return false;
    }
  }

  /** Throws if {@code path} is no longer the version read. */
  private static void unchanged(Path path, FileVersion read) throws IOException {
    if (!Files.exists(path) || !FileVersion.of(path).equals(read)) {
      throw new IOException(path + " changed while it was being migrated (another program wrote it);"
          + " nothing was switched: run migrate again");
    }
  }
}
