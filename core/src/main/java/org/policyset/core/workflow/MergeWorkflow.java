package org.policyset.core.workflow;

import org.policyset.core.merge.ConflictReport;

import org.policyset.core.diagnostic.Location;

import java.util.Map;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Severity;
import org.policyset.core.internal.fs.StagedOutput;
import org.policyset.core.io.InputFormat;
import org.policyset.core.merge.DatasetMerger;
import org.policyset.core.merge.MergeConflict;
import org.policyset.core.merge.MergeResult;
import org.policyset.core.merge.MergedTexts;
import org.policyset.core.merge.ThreeWayMerger;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.write.AtomicFiles;
import org.policyset.core.write.CanonicalJson;
import org.policyset.core.write.DatasetWriter;
import org.policyset.core.write.OutputGuard;

/**
 * The merge workflows. Both go one way — read the inputs (stopping on their errors), merge,
 * stop on what must not be written, write only what reads back valid — {@code merge} validating
 * the whole merged dataset, the merge driver the one file it merges (its references may point
 * into other files of the dataset).
 */
final class MergeWorkflow {
  private MergeWorkflow() {}

  static MergeOutcome merge(MergeRequest request) {
    guard(request);
    DatasetReader reader = DatasetReader.withLimits(request.limits());
    List<DatasetReader.Result> read = new ArrayList<>();
    List<DatasetMerger.Input> inputs = new ArrayList<>();
    List<Finding> errors = new ArrayList<>();
    for (Path in : request.inputs()) {
      DatasetReader.Result r = reader.load(List.of(in));
      read.add(r);
      inputs.add(new DatasetMerger.Input(r.dataset(), r.locations()));
      errors.addAll(r.errors());
    }
    if (errors.isEmpty()) {
      List<VersionAgreement.Side> sides = new ArrayList<>();
      for (int i = 0; i < read.size(); i++) {
        sides.add(new VersionAgreement.Side(request.inputs().get(i).toString(), read.get(i).dataset(),
            read.get(i).locations()));
      }
      errors.addAll(VersionAgreement.check(sides));
    }
    if (!errors.isEmpty()) {
      return new MergeOutcome(errors, List.of(), false, null, 0, 0);
    }
    // Archived texts are read now, under validation's rules (no link out of a dataset, no text
    // past the size limit), so that nothing outside the inputs is ever copied into the output.
    List<MergedTexts.Input> texts = new ArrayList<>();
    for (DatasetReader.Result r : read) {
      texts.add(new MergedTexts.Input(r.dataset(), r.readSourceTexts(errors::add)));
    }
    if (!errors.isEmpty()) {
      return new MergeOutcome(errors, List.of(), false, null, 0, 0);
    }
    MergeResult result = DatasetMerger.mergeInputs(inputs, request.onConflict());
    MergedTexts.Placement placed = MergedTexts.place(result.dataset(), texts, request.onConflict());
    List<MergeConflict> conflicts = new ArrayList<>(result.conflicts());
    conflicts.addAll(placed.conflicts());
    int records = placed.dataset().size();
    if (!conflicts.isEmpty() && request.onConflict() == org.policyset.core.merge.ConflictPolicy.FAIL) {
      return new MergeOutcome(List.of(), conflicts, false, null, records, result.collapsed());
    }
    List<Path> files = new ArrayList<>();
    read.forEach(r -> r.files().forEach(f -> files.add(f.path())));
    ValidationReport report;
    try {
      report = DatasetWriter.write(placed.dataset(), placed.texts(), request.output(), request.replace(),
          request.limits(), CanonicalJson.agreedSchema(files));
    } catch (FileAlreadyExistsException e) {
      String why = e.getReason() != null ? e.getReason() : "exists";
      throw WorkflowException.replaceable("output " + request.output() + " " + why);
    } catch (IOException e) {
      throw WorkflowException.unwritable(request.output(), e);
    }
    return new MergeOutcome(List.of(), conflicts, report.isValid(), report, records, result.collapsed());
  }

  private static void guard(MergeRequest request) {
    OutputGuard.Kind kind = DatasetWriter.Layout.forPath(request.output()) == DatasetWriter.Layout.FOLDER
        ? OutputGuard.Kind.FOLDER : OutputGuard.Kind.FILE;
    String refusal = OutputGuard.refusal(request.output(), kind, request.inputs(), request.replace());
    if (refusal != null) {
      String message = "cannot write " + request.output() + ": " + refusal;
      throw refusal.contains("would be read as part of it")
          ? WorkflowException.replaceable(message) : WorkflowException.request(message);
    }
  }

  static ThreeWayMergeOutcome threeWay(ThreeWayMergeRequest request) {
    String name = request.name();
    InputFormat format = InputFormat.forFileName(name);
    if (format == null) {
      format = InputFormat.JSON;
    }
    DatasetReader reader = folderReader(request.path());
    List<Finding> errors = new ArrayList<>();
    DatasetReader.Result b = reader.loadFile(request.base(), name + " (base)", format);
    DatasetReader.Result o = reader.loadFile(request.ours(), name + " (ours)", format);
    DatasetReader.Result t = reader.loadFile(request.theirs(), name + " (theirs)", format);
    List.of(b, o, t).forEach(r -> errors.addAll(r.errors()));
    if (errors.isEmpty()) {
      // The base is only the ancestor: both sides migrated since it merge field by field.
      errors.addAll(VersionAgreement.check(List.of(
          new VersionAgreement.Side(name + " (ours)", o.dataset(), o.locations()),
          new VersionAgreement.Side(name + " (theirs)", t.dataset(), t.locations()))));
    }
    if (!errors.isEmpty()) {
      return new ThreeWayMergeOutcome(errors, List.of());
    }
    MergeResult result = ThreeWayMerger.merge(b.dataset(), o.dataset(), t.dataset());
    String text = format == InputFormat.JSON_LINES ? CanonicalJson.jsonLines(result.dataset())
        : CanonicalJson.document(result.dataset(), schema(request));
    if (request.style() == ConflictStyle.MARKER && !result.conflicts().isEmpty()) {
      text = ConflictMarkers.mark(text, format, result.conflicts(), t.dataset());
    }
    List<Finding> readBack = new ArrayList<>(readBack(reader, request.ours(), text, name, format));
    if (request.style() == ConflictStyle.MARKER) {
      readBack.removeIf(ConflictMarkers::isMarker);
    }
    if (!readBack.isEmpty()) {
      return new ThreeWayMergeOutcome(readBack, result.conflicts());
    }
    try {
      AtomicFiles.write(request.ours(), text);
    } catch (IOException e) {
      throw WorkflowException.unwritable(request.ours(), e);
    }
    if (result.conflicts().isEmpty()) {
      return new ThreeWayMergeOutcome(List.of(), List.of());
    }
    Map<String, Location> at = new java.util.HashMap<>();
    Map<String, Location> all = ConflictMarkers.lines(text, format, name);
    result.conflicts().forEach(c -> {
      Location l = all.get(c.key());
      if (l != null) {
        at.put(c.key(), l);
      }
    });
    Path side = null;
    if (request.style() == ConflictStyle.SIDE_FILE) {
      side = sideFile(request);
      try {
        AtomicFiles.write(side, ConflictReport.text(result.conflicts(), at, "ours", "theirs"));
      } catch (IOException e) {
        throw WorkflowException.unwritable(side, e);
      }
    }
    return new ThreeWayMergeOutcome(List.of(), result.conflicts(), at, side);
  }

  /**
   * The reader of the merged file: one that reads a file without a manifest of its own as the
   * version the {@code manifest.json} beside its path in the repository declares (git runs drivers
   * in the work tree's top folder). A path that leads out of the working folder is not followed.
   */
  private static DatasetReader folderReader(@Nullable String path) {
    DatasetReader reader = DatasetReader.create();
    if (path == null || path.isEmpty()) {
      return reader;
    }
    Path rel = Path.of(path).normalize();
    if (rel.isAbsolute() || rel.startsWith("..") || rel.getFileName() == null) {
      return reader;
    }
    return reader.inFolderOf(rel);
  }

  /**
   * The side file of a merge: {@code PATH.conflicts} for the file's path in the repository (relative
   * to the working folder, where git runs its drivers), or beside our version when there is no path
   * or it would lead out of the working folder.
   */
  private static Path sideFile(ThreeWayMergeRequest request) {
    String p = request.path();
    if (p != null && !p.isEmpty()) {
      Path rel = Path.of(p).normalize();
      if (!rel.isAbsolute() && !rel.startsWith("..") && rel.getFileName() != null) {
        return rel.resolveSibling(rel.getFileName() + ".conflicts");
      }
    }
    return request.ours().resolveSibling(request.ours().getFileName() + ".conflicts");
  }

  /** The merged text, read back as the file it will be: its errors (syntax and shape), if any. */
  private static List<Finding> readBack(DatasetReader reader, Path ours, String text, String name, InputFormat format) {
    try (StagedOutput staged = StagedOutput.create(ours)) {
      Path file = staged.folder().resolve("merged");
      Files.writeString(file, text);
      return reader.loadFile(file, name + " (merged)", format).findings().stream()
          .filter(f -> f.severity() == Severity.ERROR).toList();
    } catch (IOException e) {
      throw WorkflowException.unwritable(ours, e);
    }
  }

  /** The merged {@code $schema}: ours, unless only theirs changed it since the base. */
  private static @Nullable String schema(ThreeWayMergeRequest request) {
    String b = CanonicalJson.declaredSchema(request.base());
    String o = CanonicalJson.declaredSchema(request.ours());
    String t = CanonicalJson.declaredSchema(request.theirs());
    return Objects.equals(o, b) ? t : o;
  }
}
