package org.policyset.core.workflow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.fs.SourceTexts;
import org.policyset.core.internal.json.CanonicalText;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.RecordOrigin;
import org.policyset.core.io.SourceTextProvider;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.write.AtomicFiles;

/**
 * The edits that add a record: {@code new} (one record into the file that holds its type) and
 * {@code add-source} (a text archived in the {@code texts} folder with its source record). Both
 * check the record against the dataset as {@code validate} would — its id free, its references
 * resolving, its quotes standing in their sources' texts — and write nothing when it fails.
 */
final class ScaffoldWorkflow {
  private ScaffoldWorkflow() {}

  /** A name an archived text may have: no folder, not hidden, no spaces or controls. */
  private static final Pattern TEXT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  /**
   * Where a new record goes.
   *
   * @param path the file
   * @param display how findings name it
   * @param format its format
   * @param existing the file as read, or null for a file the edit creates
   */
  private record Target(Path path, String display, InputFormat format,
      DatasetEdit.@Nullable FileRead existing) {}

  static EditOutcome newRecord(NewRecordRequest request) {
    DatasetEdit d = DatasetEdit.read(request.inputs(), request.limits());
    EditOutcome stopped = unusable(d);
    if (stopped != null) {
      return stopped;
    }
    PolicyRecord record = request.record();
    Target target = target(d, record.recordType(), request.file());
    List<Finding> findings = check(d, record, target, Map.of());
    if (!DatasetEdit.errorsOf(findings).isEmpty()) {
      return EditOutcome.stopped(Status.FINDINGS, findings);
    }
    String text = recordText(record, target.format());
    if (request.print()) {
      return new EditOutcome(Status.OK, findings, List.of(), List.of(), text, 0, null);
    }
    boolean reformatted;
    try {
      reformatted = target.existing() != null && !target.existing().isCanonical();
      d.writeOne(target.path(), fileText(target, record), target.existing() == null);
    } catch (IOException e) {
      throw WorkflowException.unwritable(target.path(), e);
    }
    return new EditOutcome(Status.OK, findings, List.of(target.path()),
        reformatted ? List.of(target.path()) : List.of(), text, 0, null);
  }

  static EditOutcome addSource(AddSourceRequest request) {
    Path textFile = request.text();
    String name = request.name() != null ? request.name()
        : Objects.toString(textFile.getFileName(), "");
    checkName(name);
    byte[] bytes = readText(textFile);
    if (request.source().text() != null) {
      throw WorkflowException.request("the source record names a text already ('"
          + request.source().text() + "'); add-source sets it to the archived copy");
    }
    DatasetEdit d = DatasetEdit.read(request.inputs(), request.limits());
    EditOutcome stopped = unusable(d);
    if (stopped != null) {
      return stopped;
    }
    Target target = target(d, RecordType.SOURCE, request.file());
    Path parent = target.path().getParent();
    Path folder = parent != null ? parent : Path.of("");
    Path texts = folder.resolve("texts");
    Path archived = texts.resolve(name);
    checkDestination(d, folder, texts, archived);
    String rel = "texts/" + name;
    Source source = request.source().toBuilder().text(rel).build();
    List<Finding> findings = check(d, source, target, Map.of(source.id(), bytes));
    if (!DatasetEdit.errorsOf(findings).isEmpty()) {
      return EditOutcome.stopped(Status.FINDINGS, findings);
    }
    boolean reformatted;
    List<Path> written = new ArrayList<>();
    try {
      reformatted = target.existing() != null && !target.existing().isCanonical();
      String file = fileText(target, source);
      if (d.folder) {
        Map<String, byte[]> changed = new LinkedHashMap<>();
        changed.put(d.relative(archived), bytes);
        changed.put(d.relative(target.path()), org.policyset.core.internal.text.StrictUtf8.encode(file));
        List<String> fresh = new ArrayList<>(List.of(d.relative(archived)));
        if (target.existing() == null) {
          fresh.add(d.relative(target.path()));
        }
        d.switchFolder(changed, fresh);
      } else {
        writeBeside(d, target, archived, bytes, file);
      }
      written.add(archived);
      written.add(target.path());
    } catch (IOException e) {
      throw WorkflowException.unwritable(target.path(), e);
    }
    return new EditOutcome(Status.OK, findings, written,
        reformatted ? List.of(target.path()) : List.of(), recordText(source, target.format()), 0,
        lineEnds(bytes));
  }

  /**
   * A dataset that is one file: the text first (never over an existing one), then the file; if
   * the file cannot be written, the text is removed again. A process killed between the two
   * leaves the text without its record, which add-source then refuses to overwrite.
   */
  private static void writeBeside(DatasetEdit d, Target target, Path archived, byte[] bytes,
      String file) throws IOException {
    Files.createDirectories(Objects.requireNonNull(archived.getParent(), "in the texts folder"));
    AtomicFiles.write(archived, out -> out.write(bytes), () -> {
      if (Files.exists(archived, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(archived + " was created while add-source ran; nothing was written");
      }
    });
    try {
      d.writeOne(target.path(), file, target.existing() == null);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(archived);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** The outcome when the dataset cannot be edited (unreadable, or with errors), else null. */
  static @Nullable EditOutcome unusable(DatasetEdit d) {
    if (!d.inputFindings.isEmpty()) {
      return EditOutcome.stopped(Status.UNREADABLE_INPUT, d.inputFindings);
    }
    if (!d.errors.isEmpty()) {
      return EditOutcome.stopped(Status.FINDINGS, d.errors);
    }
    return null;
  }

  /**
   * The file a new record of {@code type} goes to: the one given (a file of the dataset, or a new
   * {@code .json}/{@code .jsonl} file inside its folder); else the one file that holds records of
   * the type; else, in a folder, the folder's only dataset file or a new {@code SECTION.json}; else
   * the dataset file itself.
   */
  private static Target target(DatasetEdit d, RecordType type, @Nullable Path file) {
    if (file != null) {
      Path abs = file.toAbsolutePath().normalize();
      for (DatasetEdit.FileRead f : d.files) {
        if (f.path().toAbsolutePath().normalize().equals(abs)) {
          return new Target(f.path(), f.input().display(), f.input().format(), f);
        }
      }
      InputFormat format = InputFormat.forFileName(Objects.toString(file.getFileName(), ""));
      if (!d.folder || !abs.startsWith(d.root.toAbsolutePath().normalize()) || format == null
          || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw WorkflowException.request("--file " + file + " is neither a file of the dataset "
            + d.root + " nor a new .json or .jsonl file inside its folder");
      }
      return new Target(file, file.toString(), format, null);
    }
    List<DatasetEdit.FileRead> holding = d.files.stream()
        .filter(f -> !f.read().dataset().records(type).isEmpty()).toList();
    if (holding.size() == 1) {
      DatasetEdit.FileRead f = holding.get(0);
      return new Target(f.path(), f.input().display(), f.input().format(), f);
    }
    if (holding.size() > 1) {
      throw WorkflowException.request(holding.size() + " files of " + d.root + " hold "
          + type.section() + " (" + String.join(", ", holding.stream().limit(5)
              .map(f -> f.input().display()).toList()) + (holding.size() > 5 ? ", …" : "")
          + "); choose one with --file");
    }
    if (d.files.size() == 1) {
      DatasetEdit.FileRead f = d.files.get(0);
      return new Target(f.path(), f.input().display(), f.input().format(), f);
    }
    Path fresh = d.root.resolve(type.section() + ".json");
    return new Target(fresh, fresh.toString(), InputFormat.JSON, null);
  }

  /**
   * The findings about {@code record} once added to the dataset: its id taken (at the record that
   * has it), or what validating the dataset with it says about it, its quotes checked against the
   * dataset's texts and {@code texts} (by source id).
   */
  private static List<Finding> check(DatasetEdit d, PolicyRecord record, Target target,
      Map<String, byte[]> texts) {
    String key = record.recordType().singular() + ":" + record.id();
    RecordOrigin taken = d.origin(record.recordType(), record.id());
    if (taken != null) {
      return List.of(Finding.of(Rule.DUPLICATE_ID, taken.location(),
              record.recordType().singular() + " '" + record.id() + "' already exists")
          .withRecord(key)
          .withHint("choose another id, or edit the " + record.recordType().singular() + " there"));
    }
    List<PolicyRecord> records = new ArrayList<>();
    d.union().records().forEach(records::add);
    records.add(record);
    Dataset with = Dataset.of(d.union().manifest(), records);
    SourceTextProvider provider = d.texts(texts);
    ValidationReport report = DatasetValidator.create().validate(with, provider);
    List<Finding> mine = new ArrayList<>();
    for (Finding f : report.findings()) {
      // A source, actor, topic or principle just added is cited or referenced by nothing yet:
      // saying so would only be noise.
      boolean expected = f.rule() == Rule.UNUSED_SOURCE || f.rule() == Rule.UNUSED_RECORD;
      if (key.equals(f.record()) && !expected) {
        // The record is not in a file yet: name the file it would go to, without a line.
        mine.add(new Finding(f.rule(), f.severity(), Location.ofFile(target.display()),
            relativePointer(f.pointer()), f.record(), f.message(), f.hint(), List.of()));
      }
    }
    return mine;
  }

  /** A pointer into the in-memory document ({@code /stances/3/holders/0}) made relative to the record. */
  private static String relativePointer(String pointer) {
    int second = pointer.indexOf('/', 1);
    int third = second < 0 ? -1 : pointer.indexOf('/', second + 1);
    return third < 0 ? "" : pointer.substring(third);
  }

  /** The text of the target file with {@code record} added. */
  private static String fileText(Target target, PolicyRecord record) {
    List<PolicyRecord> records = new ArrayList<>();
    DatasetEdit.FileRead existing = target.existing();
    if (existing == null) {
      records.add(record);
      Dataset alone = Dataset.of(null, records);
      return target.format() == InputFormat.JSON_LINES
          ? org.policyset.core.write.CanonicalJson.jsonLines(alone)
          : org.policyset.core.write.CanonicalJson.document(alone);
    }
    Dataset before = existing.read().dataset();
    before.records().forEach(records::add);
    records.add(record);
    return existing.canonical(Dataset.of(before.manifest(), records));
  }

  /** The record as it stands in a file of {@code format}: an indented object, or a typed line. */
  private static String recordText(PolicyRecord record, InputFormat format) {
    if (format == InputFormat.JSON_LINES) {
      return org.policyset.core.write.CanonicalJson.jsonLines(Dataset.of(null, List.of(record))).strip();
    }
    return CanonicalText.text(CanonicalText.tree(record));
  }

  private static void checkName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!TEXT_NAME.matcher(name).matches() || InputFormat.forFileName(lower) != null
        || name.contains("..")) {
      throw WorkflowException.request("'" + name + "' cannot name an archived text: use letters, "
          + "digits, '.', '_' and '-' (not first), no folder, and no .json, .jsonl or .ndjson ending"
          + " (the file would be read as dataset data); choose a name with --as");
    }
  }

  /** Reads the text to archive: a regular file, at most the archived-text limit, strict UTF-8. */
  private static byte[] readText(Path file) {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw WorkflowException.request("cannot archive " + file + ": "
            + (Files.exists(file) ? "it is not a regular file" : "no such file"));
      }
      if (Files.size(file) > SourceTexts.MAX_BYTES) {
        throw WorkflowException.request("cannot archive " + file + ": it has " + Files.size(file)
            + " bytes; an archived text may have at most " + SourceTexts.MAX_BYTES);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new WorkflowException(WorkflowException.Problem.UNREADABLE, "cannot read " + file + ": "
          + org.policyset.core.io.FileErrors.describe(e), e);
    }
    if (bytes.length == 0) {
      throw WorkflowException.request("cannot archive " + file + ": it is empty, so no quote can "
          + "stand in it");
    }
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      throw WorkflowException.request("cannot archive " + file + ": it starts with a byte order "
          + "mark; texts are archived byte for byte, so remove it first (sed -i '1s/^\\xEF\\xBB\\xBF//')");
    }
    String bad = notUtf8(bytes);
    if (bad != null) {
      throw WorkflowException.request("cannot archive " + file + ": it is not valid UTF-8 (" + bad
          + "); convert it first, for example with iconv -f WINDOWS-1252 -t UTF-8");
    }
    return bytes;
  }

  /** Where {@code bytes} stop being UTF-8 ({@code line 3, byte 120}), or null if they are UTF-8. */
  static @Nullable String notUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        int at = in.position();
        int line = 1;
        for (int i = 0; i < at; i++) {
          line += bytes[i] == '\n' ? 1 : 0;
        }
        return "line " + line + ", byte offset " + at + ": " + String.format(Locale.ROOT, "0x%02X",
            bytes[at] & 0xff);
      }
      if (r.isUnderflow()) {
        CoderResult flushed = decoder.flush(out);
        return flushed.isError() ? "at the end" : null;
      }
      out.clear();
    }
  }

  /**
   * Refuses a destination that would overwrite a text or leave the dataset: the texts folder must
   * be a real folder (not a link) inside the dataset's folder, and the name free.
   */
  private static void checkDestination(DatasetEdit d, Path folder, Path texts, Path archived) {
    try {
      Path base = d.folder ? d.switchedFolder().toRealPath() : folder.toRealPath();
      if (!folder.toRealPath().startsWith(base)) {
        throw WorkflowException.request(folder + " lies outside the dataset folder " + base);
      }
      if (Files.isSymbolicLink(texts)) {
        throw WorkflowException.request(texts + " is a link; add-source archives texts only in a "
            + "real folder inside the dataset");
      }
      if (Files.exists(texts, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(texts, LinkOption.NOFOLLOW_LINKS)) {
        throw WorkflowException.request(texts + " is not a folder");
      }
    } catch (IOException e) {
      throw new WorkflowException(WorkflowException.Problem.UNREADABLE, "cannot read " + folder
          + ": " + org.policyset.core.io.FileErrors.describe(e), e);
    }
    if (Files.exists(archived, LinkOption.NOFOLLOW_LINKS)) {
      throw WorkflowException.request(archived + " exists already; add-source never replaces an "
          + "archived text: choose another name with --as");
    }
  }

  /** The line ends of a text: LF, CRLF, CR, mixed, or none. */
  static String lineEnds(byte[] bytes) {
    int lf = 0;
    int crlf = 0;
    int cr = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\r') {
        if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
          crlf++;
          i++;
        } else {
          cr++;
        }
      } else if (bytes[i] == '\n') {
        lf++;
      }
    }
    int kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
    if (kinds == 0) {
      return "none";
    }
    if (kinds > 1) {
      return "mixed";
    }
    return lf > 0 ? "LF" : crlf > 0 ? "CRLF" : "CR";
  }
}
