package org.policyset.core.write;

import org.policyset.core.io.SourceTextProvider;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.LinkOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.fs.OutputLock;
import org.policyset.core.internal.fs.StagedOutput;
import org.policyset.core.internal.fs.TempFiles;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.validation.ValidationReport;

/**
 * Writes a dataset canonically, validating it first: the files are staged in a hidden folder beside
 * the target, validated there through every layer, and only then moved into place. A dataset with
 * errors writes nothing; a crash at any point leaves existing files byte-identical.
 *
 * @since 0.1.0
 */
public final class DatasetWriter {
  private DatasetWriter() {}

  /**
   * How a dataset is laid out on disk.
   *
   * @since 0.1.0
   */
  public enum Layout {
    /** One {@code .json} document holding every section. */
    DOCUMENT,
    /** One {@code .jsonl} file, a record a line. */
    JSON_LINES,
    /** A folder with {@code manifest.json} and one file per non-empty section. */
    FOLDER;

    /**
     * Returns the layout a target path implies: by its extension, else a folder.
     *
     * @param target the target
     * @return the layout
     */
    public static Layout forPath(Path target) {
      String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        return DOCUMENT;
      }
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        return JSON_LINES;
      }
      return FOLDER;
    }
  }

  /**
   * Validates {@code dataset} as the canonical text it would be written as and, if it has no
   * errors, writes that text to {@code out} (which is flushed, not closed). Quotes are checked
   * against the texts {@code texts} gives; findings name {@code dataset.json} (or {@code
   * dataset.jsonl}) and locate records in the text written.
   *
   * <pre>{@code
   * Dataset dataset = Dataset.of(null, List.of(Topic.builder().id("gaza").name("Gaza").build()));
   * ByteArrayOutputStream out = new ByteArrayOutputStream();
   * ValidationReport report = DatasetWriter.write(dataset, InputFormat.JSON, SourceTextProvider.none(), out);
   * }</pre>
   *
   * @param dataset the dataset
   * @param format {@link InputFormat#JSON} for one document, {@link InputFormat#JSON_LINES} for one
   *     record a line
   * @param texts gives the archived texts of the sources, for the quote checks
   * @param out where the UTF-8 text goes
   * @return the validation report; when it has errors, nothing was written
   * @throws java.nio.charset.CharacterCodingException if a string of the dataset holds an unpaired
   *     surrogate (which no UTF-8 text can hold); nothing was written
   * @throws IOException if {@code out} fails
   * @since 0.1.0
   */
  public static ValidationReport write(Dataset dataset, InputFormat format, SourceTextProvider texts,
      java.io.OutputStream out) throws IOException {
    byte[] bytes = canonicalBytes(dataset, format);
    ValidationReport report = DatasetValidator.create()
        .validate(format == InputFormat.JSON ? "dataset.json" : "dataset.jsonl", bytes, format, texts);
    if (report.isValid()) {
      out.write(bytes);
      out.flush();
    }
    return report;
  }

  /**
   * Validates {@code dataset} and, if it has no errors, writes its canonical text to {@code out}
   * (flushed, not closed), as {@link #write(Dataset, InputFormat, SourceTextProvider,
   * java.io.OutputStream)} does.
   *
   * @param dataset the dataset
   * @param format the format to write
   * @param texts gives the archived texts of the sources, for the quote checks
   * @param out where the text goes
   * @return the validation report; when it has errors, nothing was written
   * @throws java.nio.charset.CharacterCodingException if a string of the dataset holds an unpaired
   *     surrogate; nothing was written
   * @throws IOException if {@code out} fails
   * @since 0.1.0
   */
  public static ValidationReport write(Dataset dataset, InputFormat format, SourceTextProvider texts,
      java.io.Writer out) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    ValidationReport report = write(dataset, format, texts, bytes);
    if (report.isValid()) {
      out.write(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
    }
    return report;
  }

  private static byte[] canonicalBytes(Dataset dataset, InputFormat format) throws IOException {
    java.util.Objects.requireNonNull(dataset, "dataset");
    java.util.Objects.requireNonNull(format, "format");
    String text = format == InputFormat.JSON ? CanonicalJson.document(dataset)
        : CanonicalJson.jsonLines(dataset);
    return org.policyset.core.internal.text.StrictUtf8.encode(text);
  }

  /**
   * Validates {@code dataset} and, if it has no errors, writes it to {@code target}.
   *
   * @param dataset the dataset
   * @param sourceTexts the content of the archived text of each source that has one, by source id;
   *     written to the source's {@code text} path relative to the written file
   * @param target a {@code .json} or {@code .jsonl} file, or a folder
   * @param replace whether an existing target may be replaced
   * @return the validation report of what was (or would have been) written; when it has errors,
   *     nothing was written
   * @throws IOException if writing fails; existing files are then unchanged
   * @throws FileAlreadyExistsException if the target exists and {@code replace} is false, or if a
   *     target folder holds dataset files this writer did not write (they would join the result)
   */
  public static ValidationReport write(Dataset dataset, Map<String, byte[]> sourceTexts, Path target,
      boolean replace) throws IOException {
    return write(dataset, sourceTexts, target, replace, ReadLimits.DEFAULTS);
  }

  /**
   * Validates {@code dataset}, reading it back with {@code limits}, and, if it has no errors, writes
   * it to {@code target}. Writers of one target take turns: a second write waits until the first is
   * in place, so that the target always holds one complete version.
   *
   * @param dataset the dataset
   * @param sourceTexts the content of the archived text of each source that has one, by source id
   * @param target a {@code .json} or {@code .jsonl} file, or a folder
   * @param replace whether an existing target may be replaced
   * @param limits the limits for reading the written files back (raise them as the inputs needed)
   * @return the validation report of what was (or would have been) written; when it has errors,
   *     nothing was written
   * @throws IOException if writing fails; existing files are then unchanged
   * @throws FileAlreadyExistsException if the target exists and {@code replace} is false, or if a
   *     target folder holds dataset files this writer did not write
   * @since 0.1.0
   */
  public static ValidationReport write(Dataset dataset, Map<String, byte[]> sourceTexts, Path target,
      boolean replace, ReadLimits limits) throws IOException {
    return write(dataset, sourceTexts, target, replace, limits, null);
  }

  /**
   * Writes as {@link #write(Dataset, Map, Path, boolean, ReadLimits)} does, with a {@code $schema}
   * key first in every JSON document written (not in JSON Lines, which have no place for it).
   *
   * <p>A folder target is put together in a staging folder beside it and switched in whole: when
   * it exists, it is moved aside, the new version moved in, and the old one removed only after, so
   * that a process killed at any moment leaves the old version or the new one (a switch interrupted
   * between its two renames is undone by the next write of the target). Files of the old folder
   * that are not dataset files (notes, archived texts the new version does not name) are kept in
   * the new one; dataset files this writer does not write are refused, since they would be read as
   * part of the result. A file target is renamed into place; the archived texts it names are moved
   * beside it first.
   *
   * @param dataset the dataset
   * @param sourceTexts the content of the archived text of each source that has one, by source id
   * @param target a {@code .json} or {@code .jsonl} file, or a folder
   * @param replace whether an existing target may be replaced
   * @param limits the limits for reading the written files back
   * @param schema the value of {@code $schema}, or null for none
   * @return the validation report of what was (or would have been) written
   * @throws IOException if writing fails; existing files are then unchanged
   * @throws FileAlreadyExistsException if the target exists and {@code replace} is false, or if a
   *     target folder holds dataset files this writer did not write
   * @since 0.1.0
   */
  public static ValidationReport write(Dataset dataset, Map<String, byte[]> sourceTexts, Path target,
      boolean replace, ReadLimits limits, @Nullable String schema) throws IOException {
    Layout layout = Layout.forPath(target);
    Path out = target.toAbsolutePath().normalize();
    if (layout == Layout.FOLDER && Files.isSymbolicLink(out)) {
      out = out.toRealPath(); // replace the folder the link names, and keep the link
    }
    refuseExisting(target, out, layout, replace);
    if (layout == Layout.FOLDER) {
      refuseForeignFiles(target, out);
    }
    try (StagedOutput staged = StagedOutput.create(out)) {
      Path staging = staged.folder();
      List<String> written = new ArrayList<>();
      switch (layout) {
        case DOCUMENT -> {
          write(staging, out.getFileName().toString(), CanonicalJson.document(dataset, schema), written);
        }
        case JSON_LINES -> {
          write(staging, out.getFileName().toString(), CanonicalJson.jsonLines(dataset), written);
        }
        case FOLDER -> {
          if (dataset.manifest() != null) {
            write(staging, "manifest.json",
                CanonicalJson.document(Dataset.of(dataset.manifest(), List.of()), schema),
                written);
          }
          for (RecordType t : RecordType.values()) {
            if (!dataset.records(t).isEmpty()) {
              write(staging, t.section() + ".json", CanonicalJson.document(only(dataset, t), schema), written);
            }
          }
        }
      }
      for (Source s : dataset.sources()) {
        byte[] text = sourceTexts.get(s.id());
        if (s.text() != null && text != null) {
          Path dest = staging.resolve(s.text()).normalize();
          if (dest.startsWith(staging) && !dest.equals(staging) && !Files.exists(dest)) {
            Files.createDirectories(dest.getParent());
            Files.write(dest, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            written.add(staging.relativize(dest).toString());
          }
        }
      }
      Path validateAt = layout == Layout.FOLDER ? staging : staging.resolve(out.getFileName().toString());
      ValidationReport report = DatasetValidator.create().withLimits(limits)
          .validate(List.of(validateAt));
      report = relocate(report, layout == Layout.FOLDER ? staging.toString() : validateAt.toString(),
          target.toString());
      if (!report.isValid()) {
        return report;
      }
      OutputLock lock = OutputLock.acquire(out);
      try {
        StagedOutput.recover(out);
        refuseExisting(target, out, layout, replace);
        if (layout == Layout.FOLDER) {
          refuseForeignFiles(target, out);
          for (String rel : written) {
            TempFiles.keepPermissions(out.resolve(rel), staging.resolve(rel));   // as commitBeside
          }
          List<String> canonical = canonicalNames();
          staged.keepFromTarget(rel -> canonical.contains(rel.toString()));
          staged.replaceFolder();
        } else {
          // A file target's absolute path has a parent: a root is a folder target.
          commitBeside(staging, Objects.requireNonNull(out.getParent()), written, replace);
        }
      } finally {
        lock.close();
      }
      return report;
    }
  }

  private static void refuseExisting(Path target, Path out, Layout layout, boolean replace)
      throws IOException {
    if (!replace && Files.exists(out) && !(layout == Layout.FOLDER && StagedOutput.isEmptyFolder(out))) {
      throw new FileAlreadyExistsException(target.toString(), null,
          "exists; replacing it must be asked for");
    }
  }

  /**
   * Refuses a target folder holding dataset files that a write does not make: they would be read
   * as part of the result (hidden files and folders are not read, and are kept).
   */
  private static void refuseForeignFiles(Path target, Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return;
    }
    List<String> canonical = canonicalNames();
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> s = Files.walk(out)) {
      s.skip(1).forEach(p -> {   // the walk starts with the folder itself
        Path rel = out.relativize(p);
        boolean hidden = false;
        for (Path part : rel) {
          hidden |= part.toString().startsWith(".");
        }
        if (!hidden && InputFormat.forFileName(p.getFileName().toString()) != null
            && !canonical.contains(rel.toString()) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          foreign.add(rel.toString());
        }
      });
    }
    if (!foreign.isEmpty()) {
      foreign.sort(null);
      throw new FileAlreadyExistsException(target.toString(), null, "holds dataset files that "
          + "would be read as part of the result but are not written by policyset: "
          + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
          + (foreign.size() > 5 ? " and " + (foreign.size() - 5) + " more" : "")
          + "; move them out of it, or write to another folder");
    }
  }

  /** Moves a file target and the texts it names from the staging folder into their folder. */
  private static void commitBeside(Path staging, Path destination, List<String> written,
      boolean replace) throws IOException {
    // Data files last, so that a reader never sees records whose texts are not yet in place.
    List<String> order = new ArrayList<>(written);
    order.sort(Comparator.comparing((String p) -> p.endsWith(".json") || p.endsWith(".jsonl")));
    for (String rel : order) {
      Path from = staging.resolve(rel);
      Path to = destination.resolve(rel);
      Files.createDirectories(to.getParent());
      if (!rel.endsWith(".json") && !rel.endsWith(".jsonl") && Files.exists(to)) {
        if (Files.mismatch(from, to) == -1) {
          continue;
        }
        if (!replace) {
          throw new FileAlreadyExistsException(to.toString(), null,
              "an archived text with other content exists there; replacing it must be asked for");
        }
      }
      TempFiles.keepPermissions(to, from);   // a replaced file keeps its mode
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static List<String> canonicalNames() {
    List<String> names = new ArrayList<>();
    names.add("manifest.json");
    for (RecordType t : RecordType.values()) {
      names.add(t.section() + ".json");
    }
    return names;
  }

  private static Dataset only(Dataset d, RecordType t) {
    return new Dataset(null,
        t == RecordType.ACTOR ? d.actors() : List.of(),
        t == RecordType.TOPIC ? d.topics() : List.of(),
        t == RecordType.PRINCIPLE ? d.principles() : List.of(),
        t == RecordType.EVENT ? d.events() : List.of(),
        t == RecordType.STANCE ? d.stances() : List.of(),
        t == RecordType.SOURCE ? d.sources() : List.of());
  }

  private static void write(Path dir, String name, String text, List<String> written)
      throws IOException {
    AtomicFiles.write(dir.resolve(name), text);
    written.add(name);
  }

  private static ValidationReport relocate(ValidationReport r, String from, String to) {
    List<Finding> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      Location l = f.location();
      Location moved = new Location(l.file().replace(from, to), l.line(), l.column());
      findings.add(new Finding(f.rule(), f.severity(), moved, f.pointer(), f.record(), f.message(),
          f.hint(), f.related()));
    }
    return new ValidationReport(findings, r.files(), r.records(), r.manifests(), r.complete());
  }
}
