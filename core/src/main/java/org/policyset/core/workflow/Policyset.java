package org.policyset.core.workflow;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policyset.core.diff.DatasetDiff;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.export.ExportFormat;
import org.policyset.core.export.Table;
import org.policyset.core.export.TableExport;
import org.policyset.core.query.CsvFormulas;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.write.DatasetFormatter;
import org.policyset.core.write.DatasetMigrator;
import org.policyset.core.write.DatasetWriter;
import org.policyset.core.write.OutputGuard;

/**
 * The workflows of policyset as one entry point, each a request in and a result out — the same
 * calls the {@code policyset} command makes, so that a program can do all that the command does:
 *
 * <pre>{@code
 * ValidateResult r = Policyset.validate(ValidateRequest.of(List.of(Path.of("dataset/data")))
 *     .strict(true), new PrintWriter(System.out, true));
 * if (r.status() != Status.OK) {
 *   System.out.println(r.report().errors() + " errors");
 * }
 * }</pre>
 *
 * <p>A result's {@link Status} says how the data fared; a {@link WorkflowException} says that the
 * request could not be carried out (a bad request, an input that cannot be read at all, an output
 * that cannot be written), and that nothing was written.
 *
 * @since 0.1.0
 */
public final class Policyset {
  private Policyset() {}

  /**
   * Validates through every layer and writes the report: to the request's output file
   * (atomically), or else to {@code out}.
   *
   * @param request what to validate and how to report it
   * @param out where the report goes when the request names no output file
   * @return the report and what was written
   * @throws WorkflowException if the request cannot be carried out
   */
  public static ValidateResult validate(ValidateRequest request, PrintWriter out) {
    return ValidateWorkflow.run(request, out);
  }

  /**
   * Rewrites dataset files canonically, each keeping its records, or (with {@code check}) only
   * says which are not canonical. A file with errors, or one that changes while it is rewritten,
   * is left as it is.
   *
   * @param request what to format
   * @return what happened to each file
   */
  public static FormatResult format(FormatRequest request) {
    List<Finding> inputFindings = new ArrayList<>();
    List<DatasetFormatter.FileResult> files = new DatasetFormatter(DatasetReader.withLimits(request.limits()))
        .format(request.inputs(), request.check(), inputFindings);
    return new FormatResult(files, inputFindings, request.check());
  }

  /**
   * Returns what formatting would change in one file: a unified diff (as {@code git apply} and
   * {@code patch -p1} read it, the file named as {@code file.display()}) from its text to its
   * canonical text; empty if it is canonical.
   *
   * @param file the file (a file on disk, as {@link FormatResult#files()} names it)
   * @param limits the read limits
   * @return the diff, or null if the file has errors or cannot be read (as {@code format} reports)
   * @since 0.1.0
   */
  public static @org.jspecify.annotations.Nullable String canonicalDiff(
      org.policyset.core.io.InputFile file, org.policyset.core.io.ReadLimits limits) {
    Path path = file.path();
    if (path == null) {
      return null;
    }
    List<Finding> errors = new ArrayList<>();
    String canonical = new DatasetFormatter(DatasetReader.withLimits(limits)).canonicalText(file, errors);
    if (canonical == null) {
      return null;
    }
    try {
      String current = new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.UTF_8);
      return org.policyset.core.diff.UnifiedDiff.of(file.display(), current, canonical);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Merges datasets record by record and writes the result, validated, canonically and atomically;
   * on errors, conflicts the policy does not resolve, or an invalid result, nothing is written.
   *
   * @param request what to merge and where
   * @return what the merge did
   * @throws WorkflowException if the output may not be written there (it is an input, it exists,
   *     it holds foreign dataset files) or could not be written
   */
  public static MergeOutcome merge(MergeRequest request) {
    return MergeWorkflow.merge(request);
  }

  /**
   * Migrates datasets to another schema version ({@code docs/model.md} §5.3), each in place (a
   * folder switched whole, a file replaced atomically) or the one input into an output written as
   * {@link #merge} writes; or, with check, only reports those not yet in the version.
   *
   * @param request what to migrate, to which version, and where
   * @return what happened to each dataset
   * @throws WorkflowException if the output may not be written there (it is an input, it exists,
   *     it holds foreign dataset files) or could not be written
   * @since 0.7.0
   */
  public static MigrateResult migrate(MigrateRequest request) {
    DatasetMigrator migrator = new DatasetMigrator(DatasetReader.withLimits(request.limits()));
    Path output = request.output();
    if (output == null) {
      List<DatasetMigrator.Outcome> outcomes = new ArrayList<>();
      for (Path in : request.inputs()) {
        outcomes.add(migrator.migrate(in, request.to(), request.check()));
      }
      return new MigrateResult(outcomes, request.to(), request.check(), null);
    }
    OutputGuard.Kind kind = DatasetWriter.Layout.forPath(output) == DatasetWriter.Layout.FOLDER
        ? OutputGuard.Kind.FOLDER : OutputGuard.Kind.FILE;
    String refusal = OutputGuard.refusal(output, kind, request.inputs(), request.replace());
    if (refusal != null) {
      String message = "cannot write " + output + ": " + refusal;
      throw refusal.contains("would be read as part of it")
          ? WorkflowException.replaceable(message) : WorkflowException.request(message);
    }
    try {
      DatasetMigrator.Written w = migrator.migrateTo(request.inputs().get(0), request.to(), output,
          request.replace());
      return new MigrateResult(List.of(w.outcome()), request.to(), false, w.report());
    } catch (java.nio.file.FileAlreadyExistsException e) {
      String why = e.getReason() != null ? e.getReason() : "exists";
      throw WorkflowException.replaceable("output " + output + " " + why);
    } catch (IOException e) {
      throw WorkflowException.unwritable(output, e);
    }
  }

  /**
   * Merges one dataset file three ways, as git's merge driver does, writing the result to our
   * version when it reads back without errors.
   *
   * @param request the three versions and the file's path
   * @return what the merge did
   * @throws WorkflowException if our version could not be written
   */
  public static ThreeWayMergeOutcome threeWayMerge(ThreeWayMergeRequest request) {
    return MergeWorkflow.threeWay(request);
  }

  /**
   * Compares two versions of a dataset record by record, and the archived texts of the sources both
   * declare paragraph by paragraph, with the citations a changed text broke. A text that cannot be
   * read (under validation's rules) counts as absent from its version.
   *
   * @param request the two versions
   * @return the differences, or the inputs' errors
   */
  public static DiffOutcome diff(DiffRequest request) {
    DatasetReader reader = DatasetReader.withLimits(request.limits());
    DatasetReader.Result before = reader.load(List.of(request.before()));
    DatasetReader.Result after = reader.load(List.of(request.after()));
    List<Finding> errors = new ArrayList<>(before.errors());
    errors.addAll(after.errors());
    if (!errors.isEmpty()) {
      return new DiffOutcome(null, errors);
    }
    return new DiffOutcome(DatasetDiff.between(before.dataset(), before.readSourceTexts(f -> { }),
        after.dataset(), after.readSourceTexts(f -> { })), List.of());
  }

  /**
   * Compares working files and folders with their version at a git revision, as {@link #diff} compares
   * two versions: the old version (the dataset files under each path, found as reading a folder finds
   * them, and the archived texts their sources name) is read through git, never copied to a file. A
   * path with no file at the revision has no old version: all its records are added.
   *
   * @param request the revision and the working paths
   * @return the differences, or the inputs' errors
   * @throws WorkflowException (a request problem) if git is not installed, a path lies outside the
   *     git work tree of the first, or the revision names no commit; (unreadable) if git fails to
   *     give the files
   * @since 0.1.0
   */
  public static DiffOutcome diff(RevisionDiffRequest request) {
    return RevisionDiff.run(request);
  }

  /**
   * Finds a passage in a source's archived text and returns its citation: the text's own words
   * and the locator of the paragraph they stand in. The passage may differ from the text in white
   * space, quote marks, dashes, case and a few words; a passage that stands in several places
   * equally well is reported as such, not guessed. Nothing is written.
   *
   * @param request the dataset, the source and the passage
   * @return what was found, or the inputs' errors
   * @throws WorkflowException if the passage is empty, the source is unknown or has no archived
   *     text ({@code REQUEST}), or its text cannot be read ({@code UNREADABLE})
   */
  public static CiteOutcome cite(CiteRequest request) {
    return CiteWorkflow.run(request);
  }

  /**
   * Adds a new record to a dataset ({@code policyset new}), or with {@code print} only checks it
   * and returns its text. The record goes to the file given, else to the one file that holds
   * records of its type, else (in a folder) to the folder's only dataset file or a new
   * {@code SECTION.json}. Nothing is written when the dataset has syntax or shape errors, the id
   * is taken (a finding at the record that has it), or validating the dataset with the record finds
   * errors in it (an unknown reference, with "did you mean"; a quote not in its source's text).
   * The file is replaced atomically, and only if no file of the dataset changed since it was read;
   * its other records keep their canonical text.
   *
   * @param request the dataset, the record and where it goes
   * @return what was written, or the findings that stopped it
   * @throws WorkflowException if the request cannot be carried out (not one dataset, an ambiguous
   *     or unusable file) or the file could not be written
   * @since 0.1.0
   */
  public static EditOutcome newRecord(NewRecordRequest request) {
    return ScaffoldWorkflow.newRecord(request);
  }

  /**
   * Archives a text file in a dataset with its source record ({@code policyset add-source}): the
   * text is copied byte for byte into the {@code texts} folder beside the file that holds the
   * sources, and the source, its {@code text} naming the copy, is added as {@link #newRecord}
   * adds a record. The text must be a regular file of valid UTF-8 without a byte order mark, at
   * most 64 MiB; an existing text is never replaced, and a {@code texts} that is a link is refused.
   * In a folder dataset the text and the record are switched in as one.
   *
   * @param request the dataset, the source record and the text
   * @return what was written (with the text's line ends), or the findings that stopped it
   * @throws WorkflowException if the request cannot be carried out or the files could not be written
   * @since 0.1.0
   */
  public static EditOutcome addSource(AddSourceRequest request) {
    return ScaffoldWorkflow.addSource(request);
  }

  /**
   * Renames an id everywhere in a dataset ({@code policyset rename}): the record and every
   * reference to it, in every file. The files that change are written canonically and as one (a
   * folder is switched whole), so that a process killed at any moment leaves the old dataset or
   * the new one. Nothing is written when the dataset has syntax or shape errors, or when a record
   * of the type already has the new id (a finding there).
   *
   * @param request the dataset, the type and the two ids
   * @return what was written, or the findings that stopped it
   * @throws WorkflowException if the new id is not a valid id, no record has the old one (with a
   *     "did you mean"), or the files could not be written
   * @since 0.1.0
   */
  public static EditOutcome rename(RenameRequest request) {
    return RenameWorkflow.rename(request);
  }

  /**
   * Writes a dataset as flat tables (and their Data Package descriptor) into a folder, which is
   * switched whole.
   *
   * @param request what to export and where
   * @return what was written, or the inputs' errors
   * @throws WorkflowException if the folder may not be written (it is a file, an input, inside an
   *     input) or could not be written
   */
  public static ExportOutcome export(ExportRequest request) {
    Path dir = request.folder();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw WorkflowException.request("cannot export to " + dir + ": it is not a folder");
    }
    String refusal = OutputGuard.refusal(dir, OutputGuard.Kind.FOLDER, request.inputs(), false);
    if (refusal != null) {
      throw WorkflowException.request("cannot export to " + dir + ": " + refusal);
    }
    DatasetReader.Result read = DatasetReader.withLimits(request.limits()).load(request.inputs());
    if (read.hasErrors()) {
      return new ExportOutcome(List.of(), List.of(), Map.of(), read.errors());
    }
    List<Table> tables = TableExport.tables(read.dataset());
    List<Path> files;
    try {
      files = TableExport.write(tables, dir, request.format(), request.formulas());
    } catch (IOException e) {
      throw WorkflowException.unwritable(dir, e);
    }
    List<Integer> rows = tables.stream().map(t -> t.rows().size()).toList();
    Map<String, Integer> formulas = request.format() == ExportFormat.CSV
        && request.formulas() == CsvFormulas.RAW ? TableExport.formulaCells(tables) : Map.of();
    return new ExportOutcome(files, rows, formulas, List.of());
  }
}
