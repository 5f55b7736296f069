package org.policyset.core.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.policyset.core.internal.OutputLock;
import org.policyset.core.internal.TempFiles;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.Finding;
import org.policyset.core.validation.Location;
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

  /** How a dataset is laid out on disk. */
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
   * Validates {@code dataset} and, if it has no errors, writes it to {@code target}.
   *
   * @param dataset the dataset
   * @param sourceTexts the archived text file of each source that has one, by source id; copied to
   *     the source's {@code text} path relative to the written file
   * @param target a {@code .json} or {@code .jsonl} file, or a folder
   * @param replace whether an existing target may be replaced
   * @return the validation report of what was (or would have been) written; when it has errors,
   *     nothing was written
   * @throws IOException if writing fails; existing files are then unchanged
   * @throws FileAlreadyExistsException if the target exists and {@code replace} is false
   */
  public static ValidationReport write(Dataset dataset, Map<String, Path> sourceTexts, Path target,
      boolean replace) throws IOException {
    return write(dataset, sourceTexts, target, replace, ReadLimits.DEFAULTS);
  }

  /**
   * Validates {@code dataset}, reading it back with {@code limits}, and, if it has no errors, writes
   * it to {@code target}. Writers of one target take turns: a second write waits until the first is
   * in place, so that the target always holds one complete version.
   *
   * @param dataset the dataset
   * @param sourceTexts the archived text file of each source that has one, by source id
   * @param target a {@code .json} or {@code .jsonl} file, or a folder
   * @param replace whether an existing target may be replaced
   * @param limits the limits for reading the written files back (raise them as the inputs needed)
   * @return the validation report of what was (or would have been) written; when it has errors,
   *     nothing was written
   * @throws IOException if writing fails; existing files are then unchanged
   * @throws FileAlreadyExistsException if the target exists and {@code replace} is false
   * @since 0.1.0
   */
  public static ValidationReport write(Dataset dataset, Map<String, Path> sourceTexts, Path target,
      boolean replace, ReadLimits limits) throws IOException {
    return write(dataset, sourceTexts, target, replace, limits, null);
  }

  /**
   * Writes as {@link #write(Dataset, Map, Path, boolean, ReadLimits)} does, with a {@code $schema}
   * key first in every JSON document written (not in JSON Lines, which have no place for it).
   *
   * @param dataset the dataset
   * @param sourceTexts the archived text file of each source that has one, by source id
   * @param target a {@code .json} or {@code .jsonl} file, or a folder
   * @param replace whether an existing target may be replaced
   * @param limits the limits for reading the written files back
   * @param schema the value of {@code $schema}, or null for none
   * @return the validation report of what was (or would have been) written
   * @throws IOException if writing fails; existing files are then unchanged
   * @throws FileAlreadyExistsException if the target exists and {@code replace} is false
   * @since 0.1.0
   */
  public static ValidationReport write(Dataset dataset, Map<String, Path> sourceTexts, Path target,
      boolean replace, ReadLimits limits, String schema) throws IOException {
    Layout layout = Layout.forPath(target);
    Path out = target.toAbsolutePath().normalize();
    if (!replace && Files.exists(out) && !(layout == Layout.FOLDER && isEmptyFolder(out))) {
      throw new FileAlreadyExistsException(target.toString(), null,
          "exists; pass --force to replace it");
    }
    Path parent = out.getParent();
    Files.createDirectories(parent);
    Path staging = TempFiles.createDirectory(parent, "." + out.getFileName() + ".staging-");
    try {
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
                CanonicalJson.document(new Dataset(dataset.manifest(), null, null, null, null, null, null),
                    schema),
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
        Path text = sourceTexts.get(s.id());
        if (s.text() != null && text != null && Files.isRegularFile(text)) {
          Path dest = staging.resolve(s.text()).normalize();
          if (dest.startsWith(staging) && !Files.exists(dest)) {
            Files.createDirectories(dest.getParent());
            Files.copy(text, dest);
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
        if (!replace && Files.exists(out) && !(layout == Layout.FOLDER && isEmptyFolder(out))) {
          throw new FileAlreadyExistsException(target.toString(), null,
              "exists; pass --force to replace it");
        }
        commit(staging, layout == Layout.FOLDER ? out : parent, written, layout, replace);
      } finally {
        lock.close();
      }
      return report;
    } finally {
      deleteTree(staging);
    }
  }

  private static void commit(Path staging, Path destination, List<String> written, Layout layout,
      boolean replace) throws IOException {
    if (layout == Layout.FOLDER && (!Files.exists(destination) || isEmptyFolder(destination))) {
      Files.deleteIfExists(destination);
      try {
        Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
        return;
      } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
        Files.createDirectories(destination);
      }
    }
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
              "an archived text with other content exists there; pass --force to replace it");
        }
      }
      TempFiles.keepPermissions(to, from);   // a replaced file keeps its mode
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    if (layout == Layout.FOLDER) {
      // Files this layout writes that the new version does not have would otherwise stay behind
      // and be read as part of it.
      for (String name : canonicalNames()) {
        if (!written.contains(name)) {
          Files.deleteIfExists(destination.resolve(name));
        }
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
        t == RecordType.ACTOR ? d.actors() : null,
        t == RecordType.TOPIC ? d.topics() : null,
        t == RecordType.PRINCIPLE ? d.principles() : null,
        t == RecordType.EVENT ? d.events() : null,
        t == RecordType.STANCE ? d.stances() : null,
        t == RecordType.SOURCE ? d.sources() : null);
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

  private static boolean isEmptyFolder(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
