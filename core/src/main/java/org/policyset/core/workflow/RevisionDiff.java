package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diff.DatasetDiff;
import org.policyset.core.internal.fs.SourceTexts;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Source;
import org.policyset.core.read.DatasetReader;

/**
 * {@code diff --rev}: the old version read through git at a revision (the dataset files under each
 * path, as a folder read finds them, and the archived texts their sources name), the new version
 * from the working files.
 */
final class RevisionDiff {
  private RevisionDiff() {}

  static DiffOutcome run(RevisionDiffRequest request) {
    GitRevision git = GitRevision.open(request.paths().get(0), request.revision());
    List<String> roots = new ArrayList<>();
    for (Path p : request.paths()) {
      roots.add(git.relative(p));
    }
    List<GitRevision.Entry> files = new ArrayList<>();
    for (GitRevision.Entry e : git.list(roots)) {
      if (e.regular() && isDatasetFile(e.path(), roots) && !files.contains(e)) {
        files.add(e);
      }
    }
    DatasetReader reader = DatasetReader.withLimits(request.limits());
    List<byte[]> contents = git.contents(files.stream().map(GitRevision.Entry::blob).toList(),
        request.limits().maxFileBytes());
    // The files are read one at a time: those without a manifest take the version of the one
    // that has it (a version 2 folder's manifest.json), as reading the folder would.
    for (int i = 0; i < files.size(); i++) {
      String path = files.get(i).path();
      if (path.equals("manifest.json") || path.endsWith("/manifest.json")) {
        Manifest m = reader.loadBytes(git.display(path), contents.get(i), InputFormat.JSON).dataset().manifest();
        if (m != null) {
          reader = reader.assumingSchemaVersion(org.policyset.core.model.SchemaVersions.parse(m.schemaVersion()));
          break;
        }
      }
    }
    List<Finding> errors = new ArrayList<>();
    List<PolicyRecord> records = new ArrayList<>();
    Manifest manifest = null;
    Map<String, String> declaredIn = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      String path = files.get(i).path();
      InputFormat format = InputFormat.forFileName(path.substring(path.lastIndexOf('/') + 1));
      DatasetReader.Result r = reader.loadBytes(git.display(path), contents.get(i),
          format == null ? InputFormat.JSON : format);
      errors.addAll(r.errors());
      records.addAll(r.dataset().records().toList());
      if (manifest == null) {
        manifest = r.dataset().manifest();
      }
      r.dataset().sources().forEach(s -> declaredIn.putIfAbsent(s.id(), path));
    }
    Dataset before = Dataset.of(manifest, records);
    DatasetReader.Result after = reader.load(request.paths());
    errors.addAll(after.errors());
    if (!errors.isEmpty()) {
      return new DiffOutcome(null, errors);
    }
    return new DiffOutcome(DatasetDiff.between(before, texts(git, before, declaredIn),
        after.dataset(), after.readSourceTexts(f -> { })), List.of());
  }

  /**
   * Whether a file at the revision is read as part of a path: the path itself (whatever its name),
   * or a {@code .json}, {@code .jsonl} or {@code .ndjson} file below it with no hidden name between,
   * as reading a folder finds them.
   */
  private static boolean isDatasetFile(String file, List<String> roots) {
    for (String root : roots) {
      if (file.equals(root)) {
        return true;
      }
      if (root.isEmpty() || file.startsWith(root + "/")) {
        String below = root.isEmpty() ? file : file.substring(root.length() + 1);
        boolean hidden = false;
        for (String name : below.split("/")) {
          hidden |= name.startsWith(".");
        }
        if (!hidden && InputFormat.forFileName(below.substring(below.lastIndexOf('/') + 1)) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The archived texts of the old version's sources, read at the revision under validation's rules:
   * inside the folder of the file that declares the source, a regular file (not a link), at most
   * 64 MiB. A text that breaks them, or is absent, counts as absent.
   */
  private static Map<String, byte[]> texts(GitRevision git, Dataset before, Map<String, String> declaredIn) {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (Source s : before.sources()) {
      String file = declaredIn.get(s.id());
      String path = s.text() == null || file == null ? null : inside(file, s.text());
      if (path != null) {
        wanted.putIfAbsent(s.id(), path);
      }
    }
    Map<String, byte[]> read = git.read(new ArrayList<>(new java.util.LinkedHashSet<>(wanted.values())),
        SourceTexts.MAX_BYTES);
    Map<String, byte[]> texts = new HashMap<>();
    wanted.forEach((id, path) -> {
      byte[] b = read.get(path);
      if (b != null && b.length <= SourceTexts.MAX_BYTES) {
        texts.put(id, b);
      }
    });
    return texts;
  }

  /** The text's path from the top, if it lies inside the folder of {@code file}; else null. */
  private static @Nullable String inside(String file, String text) {
    if (text.indexOf('\\') >= 0 || text.startsWith("/")) {
      return null;
    }
    int slash = file.lastIndexOf('/');
    Path folder = Path.of(slash < 0 ? "" : file.substring(0, slash));
    Path target = folder.resolve(text).normalize();
    if (target.startsWith("..") || target.toString().isEmpty() || target.equals(folder)
        || !folder.toString().isEmpty() && !target.startsWith(folder)) {
      return null;
    }
    return target.toString().replace('\\', '/');
  }
}
