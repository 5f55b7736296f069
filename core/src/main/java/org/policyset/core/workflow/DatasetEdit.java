package org.policyset.core.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Severity;
import org.policyset.core.internal.fs.FileKinds;
import org.policyset.core.internal.fs.FileVersion;
import org.policyset.core.internal.fs.OutputLock;
import org.policyset.core.internal.fs.StagedOutput;
import org.policyset.core.internal.fs.TempFiles;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.RecordOrigin;
import org.policyset.core.io.SourceTextProvider;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.write.AtomicFiles;
import org.policyset.core.write.CanonicalJson;

/**
 * One dataset (a folder or a file) read file by file for an edit — {@code new}, {@code add-source},
 * {@code rename} — with the version of each file as it was read, and the ways an edit is written
 * back: one file replaced atomically if it is still the version read, or a folder switched whole
 * (as {@code merge} writes a folder) so that an edit of several files is seen all or not at all.
 */
final class DatasetEdit {

  /**
   * One file of the dataset as read.
   *
   * @param input the file
   * @param version its version before it was read
   * @param read what it holds
   */
  record FileRead(InputFile input, FileVersion version, DatasetReader.Result read) {
    Path path() {
      return Objects.requireNonNull(input.path(), "a dataset file has a path");
    }

    /** The canonical text of {@code dataset} written as this file (its {@code $schema} kept). */
    String canonical(Dataset dataset) {
      return input.format() == InputFormat.JSON_LINES ? CanonicalJson.jsonLines(dataset)
          : CanonicalJson.document(dataset, CanonicalJson.declaredSchema(path()));
    }

    /** Whether the file's bytes are its canonical text now. */
    boolean isCanonical() throws IOException {
      byte[] want = canonical(read.dataset()).getBytes(StandardCharsets.UTF_8);
      return Files.size(path()) == want.length && java.util.Arrays.equals(Files.readAllBytes(path()), want);
    }
  }

  final Path root;
  final boolean folder;
  final List<FileRead> files;
  final List<Finding> inputFindings;
  final List<Finding> errors;

  private DatasetEdit(Path root, boolean folder, List<FileRead> files, List<Finding> inputFindings,
      List<Finding> errors) {
    this.root = root;
    this.folder = folder;
    this.files = files;
    this.inputFindings = inputFindings;
    this.errors = errors;
  }

  /** Reads the one dataset among {@code inputs}, file by file, each file's version taken first. */
  static DatasetEdit read(List<Path> inputs, ReadLimits limits) {
    if (inputs.size() != 1) {
      throw WorkflowException.request("give one dataset folder or file to edit, not " + inputs.size());
    }
    Path root = inputs.get(0);
    if (root.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
      throw WorkflowException.request(root.toUri() + " is not a folder or file on disk (such as the "
          + "dataset inside a jar) and cannot be edited; give a dataset folder or file");
    }
    recoverInterrupted(root);
    List<Finding> inputFindings = new ArrayList<>();
    List<InputFile> found = DatasetReader.resolve(inputs, inputFindings::add);
    // Files are read one at a time: a version 2 folder's files take its manifest's version.
    DatasetReader reader = DatasetReader.withLimits(limits)
        .assumingSchemaVersion(DatasetReader.schemaVersion(inputs));
    List<FileRead> files = new ArrayList<>();
    List<Finding> errors = new ArrayList<>();
    for (InputFile f : found) {
      Path p = Objects.requireNonNull(f.path(), "a resolved file has a path");
      FileVersion version;
      try {
        version = FileVersion.of(p);
      } catch (IOException e) {
        inputFindings.add(Finding.of(org.policyset.core.diagnostic.Rule.UNREADABLE_INPUT,
            Location.ofFile(f.display()), "cannot be read: " + FileKinds.describe(e)));
        continue;
      }
      DatasetReader.Result r = reader.loadFile(p, f.display(), f.format());
      errors.addAll(r.errors());
      files.add(new FileRead(f, version, r));
    }
    return new DatasetEdit(root, Files.isDirectory(root), files, inputFindings, errors);
  }

  /**
   * Clears what an earlier write of a dataset folder that was killed left beside it, before the
   * folder is read: a folder whose switch was interrupted (missing, its previous version beside it)
   * is put back, and the edit works on that version; a staging folder is removed now rather than
   * during the edit's own switch, where unlinking the files it links would change the files' status
   * times and make the edit take them for edited meanwhile.
   */
  private static void recoverInterrupted(Path root) {
    boolean missing = !Files.exists(root, LinkOption.NOFOLLOW_LINKS);
    if (missing ? StagedOutput.interruptedPrevious(root) == null : !Files.isDirectory(root)) {
      return;
    }
    try {
      Path folder = Files.isSymbolicLink(root) ? root.toRealPath() : root;
      OutputLock lock = OutputLock.acquire(folder);
      try {
        StagedOutput.recover(folder);
      } finally {
        lock.close();
      }
    } catch (IOException e) {
      // Reading then reports the folder missing, with the previous version's name.
    }
  }

  /** Every record of the dataset, the first manifest found included. */
  Dataset union() {
    Manifest manifest = null;
    List<PolicyRecord> records = new ArrayList<>();
    for (FileRead f : files) {
      if (manifest == null) {
        manifest = f.read().dataset().manifest();
      }
      f.read().dataset().records().forEach(records::add);
    }
    return Dataset.of(manifest, records);
  }

  /** Where the record {@code type:id} stands, or null if no file holds it. */
  @Nullable RecordOrigin origin(RecordType type, String id) {
    for (FileRead f : files) {
      RecordOrigin o = f.read().origins().get(type.singular() + ":" + id);
      if (o != null) {
        return o;
      }
    }
    return null;
  }

  /** The ids of every record of {@code type}. */
  List<String> ids(RecordType type) {
    List<String> ids = new ArrayList<>();
    for (FileRead f : files) {
      for (PolicyRecord r : f.read().dataset().records(type)) {
        ids.add(r.id());
      }
    }
    return ids;
  }

  /**
   * A provider of the archived texts of the dataset's sources, by source id, read under
   * validation's rules, with {@code extra} (texts by source id) added, for checking quotes in
   * memory; a text that cannot be read is not given (validation then says so).
   */
  SourceTextProvider texts(Map<String, byte[]> extra) {
    Map<String, byte[]> byId = new LinkedHashMap<>();
    for (FileRead f : files) {
      f.read().readSourceTexts(x -> { }).forEach(byId::putIfAbsent);
    }
    byId.putAll(extra);
    return (id, text) -> byId.get(id);
  }

  /** The errors of {@code findings}. */
  static List<Finding> errorsOf(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  /** {@code file} relative to the dataset folder, with {@code /} between names. */
  String relative(Path file) {
    Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    return rel.toString().replace(java.io.File.separatorChar, '/');
  }

  /** The folder a folder edit switches: the folder given, or the one a link given names. */
  Path switchedFolder() throws IOException {
    Path out = root.toAbsolutePath().normalize();
    return Files.isSymbolicLink(out) ? out.toRealPath() : out;
  }

  /** Throws if a file read is no longer the version read. */
  void unchanged() throws IOException {
    for (FileRead f : files) {
      if (!FileVersion.of(f.path()).equals(f.version())) {
        throw new IOException(f.input().display() + " changed while the edit was being made (another "
            + "program wrote it); nothing was written: run the command again");
      }
    }
  }

  /**
   * Replaces one file of the dataset atomically with {@code text}, if every file read is still the
   * version read ({@code path} a new file: if it still does not exist).
   */
  void writeOne(Path path, String text, boolean created) throws IOException {
    byte[] bytes = org.policyset.core.internal.text.StrictUtf8.encode(text);
    AtomicFiles.write(path, out -> out.write(bytes), () -> {
      unchanged();
      if (created && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(path + " was created while the edit was being made (another program "
            + "wrote it); nothing was written: run the command again");
      }
    });
  }

  /**
   * Writes several files of a folder dataset as one: they are put together in a staging folder
   * beside it, with every other file of the folder linked in unchanged, and the folder is then
   * switched whole, under the folder's output lock, if every file read is still the version read
   * and none of {@code fresh} exists yet. A process killed at any moment leaves the old folder or
   * the new one (a switch interrupted between its two renames is put right by the next write).
   *
   * @param changed the new content of each file, by path relative to the folder
   * @param fresh paths relative to the folder that must not exist (new files, never overwritten)
   */
  void switchFolder(Map<String, byte[]> changed, List<String> fresh) throws IOException {
    Path out = switchedFolder();
    try (StagedOutput staged = StagedOutput.create(out)) {
      for (Map.Entry<String, byte[]> e : changed.entrySet()) {
        Path dest = staged.folder().resolve(e.getKey()).normalize();
        if (!dest.startsWith(staged.folder())) {
          throw new IOException("'" + e.getKey() + "' lies outside the dataset folder");
        }
        Files.createDirectories(Objects.requireNonNull(dest.getParent(), "inside the staging folder"));
        Files.write(dest, e.getValue());
        Path old = out.resolve(e.getKey());
        if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
          TempFiles.keepPermissions(old, dest);   // a replaced file keeps its mode
        }
      }
      OutputLock lock = OutputLock.acquire(out);
      try {
        StagedOutput.recover(out);
        unchanged();
        for (String rel : fresh) {
          if (Files.exists(out.resolve(rel), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(rel + " was created in " + root + " while the edit was being made;"
                + " nothing was written");
          }
        }
        staged.keepFromTarget(rel -> changed.containsKey(rel.toString().replace(
            java.io.File.separatorChar, '/')));
        staged.replaceFolder();
      } finally {
        lock.close();
      }
    }
  }
}
