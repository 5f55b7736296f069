package org.policyset.core.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.read.internal.reference.DocumentReader;
import org.policyset.core.read.internal.fast.FastReader;
import org.policyset.core.internal.fs.FileKinds;
import org.policyset.core.internal.fs.SourceTexts;
import org.policyset.core.internal.fs.StagedOutput;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.SchemaVersions;
import org.policyset.core.read.internal.reference.FolderWalk;
import org.policyset.core.read.internal.reference.ManifestPeek;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.RecordOrigin;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.RecordListener;
import org.policyset.core.io.RecordPreparer;
import org.policyset.core.io.ReadRecord;

/**
 * Reads dataset files, folders and JSON Lines in one streaming pass per file, keeping the file, line
 * and column of every record.
 *
 * <pre>{@code
 * DatasetReader.Result result = DatasetReader.create().load(List.of(Path.of("dataset/data")));
 * result.dataset().stances().forEach(System.out::println);
 * }</pre>
 *
 * <p>Problems in the input never throw: they are reported as {@link Finding}s of the input, syntax
 * and shape layers. A reader is immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class DatasetReader {

  private final ReadLimits limits;
  private final boolean all;
  /** The version of input whose first manifest declares none (or that has no manifest). */
  private final int undeclared;

  private DatasetReader(ReadLimits limits, boolean all) {
    this(limits, all, BESIDE);
  }

  /**
   * {@link #undeclared} when no version is assumed: files without a manifest of their own take the
   * version of the {@code manifest.json} beside the first of them (the pre-commit hook validates the
   * changed files of a dataset folder one by one), else version 1.
   */
  private static final int BESIDE = 0;

  private DatasetReader(ReadLimits limits, boolean all, int undeclared) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.all = all;
    this.undeclared = undeclared;
  }

  /** {@return a reader with the default {@link ReadLimits}} */
  public static DatasetReader create() {
    return new DatasetReader(ReadLimits.DEFAULTS, false);
  }

  /**
   * Returns a reader with the given limits.
   *
   * @param limits the limits
   * @return the reader
   */
  public static DatasetReader withLimits(ReadLimits limits) {
    return new DatasetReader(limits, false);
  }

  /**
   * Builds the machinery that binding records needs (the JSON mapper, each record type's
   * deserializer and constraint checks) now instead of on first use. A program can call it on
   * another thread while it does other start-up work; reading is the same whether or not it ran.
   *
   * @since 0.1.0
   */
  public static void warmUp() {
    FastReader.warmUp();
  }

  /**
   * Returns a reader like this one that reports every consequence of a shape error too, instead of
   * grouping findings by root cause (the {@code --all} of {@code validate}).
   *
   * @param reportAll whether to report every consequence
   * @return the reader
   * @since 0.1.0
   */
  public DatasetReader reportingAll(boolean reportAll) {
    return new DatasetReader(limits, reportAll, undeclared);
  }

  /**
   * Returns the schema version the first manifest of {@code inputs} declares, reading no record.
   *
   * @param inputs files and folders, as {@link #load(List)} takes them
   * @return 1 without a manifest, else 2, or -1 for a version this release does not read
   * @since 0.7.0
   */
  public static int schemaVersion(List<Path> inputs) {
    String declared = ManifestPeek.declared(resolve(inputs, f -> { }));
    return declared == null ? SchemaVersions.V1 : SchemaVersions.parse(declared);
  }

  /**
   * Returns a reader like this one that reads input without a manifest of its own as schema version
   * {@code version}, for reading a dataset's files one at a time (a manifest in the input decides).
   *
   * @param version the version; one this release does not read leaves the reader as it is
   * @return the reader
   * @since 0.7.0
   */
  public DatasetReader assumingSchemaVersion(int version) {
    return !SchemaVersions.supported(version) || version == undeclared ? this
        : new DatasetReader(limits, all, version);
  }

  /**
   * Returns a reader like this one that reads {@code file}, if it has no manifest of its own, as the
   * version the {@code manifest.json} beside it declares (format and the merge driver read a
   * folder's files one at a time).
   *
   * @param file a file of a dataset folder
   * @return the reader
   * @since 0.7.0
   */
  public DatasetReader inFolderOf(Path file) {
    return assumingSchemaVersion(SchemaVersions.parse(ManifestPeek.beside(file)));
  }

  /** {@return the limits} */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * What reading produced.
   *
   * @param dataset the records that could be bound (including those with shape findings)
   * @param findings the input, syntax and shape findings
   * @param files the files read
   * @param origins where each record was read, by {@code type:id} (the first, for duplicates) and
   *     {@code manifest}
   * @since 0.1.0
   */
  public record Result(Dataset dataset, List<Finding> findings, List<InputFile> files,
      Map<String, RecordOrigin> origins) {

    /**
     * Copies the collections.
     *
     * @param dataset the records that could be bound (including those with shape findings)
     * @param findings the input, syntax and shape findings
     * @param files the files read
     * @param origins where each record was read, by {@code type:id} (the first, for duplicates) and
     *     {@code manifest}
     */
    public Result {
      findings = List.copyOf(findings);
      files = List.copyOf(files);
      origins = Map.copyOf(origins);
    }

    /**
     * Returns the archived text file of each source that names one, by source id, resolved against
     * the folder of the file that declares the source.
     *
     * @return the text files (which may not exist)
     */
    public Map<String, Path> sourceTexts() {
      Map<String, Path> texts = new HashMap<>();
      for (org.policyset.core.model.Source s : dataset.sources()) {
        RecordOrigin origin = origins.get("source:" + s.id());
        if (s.text() != null && origin != null && origin.file() != null
            && origin.file().toAbsolutePath().getParent() != null) {
          texts.putIfAbsent(s.id(), origin.file().toAbsolutePath().getParent().resolve(s.text()));
        }
      }
      return texts;
    }

    /**
     * Reads the archived text of each source that names one, under the rules validation uses: a
     * regular file inside the folder of the file that declares the source, reached through no link
     * that leads out of it, of at most 64 MiB, opened once without the operating system following
     * links.
     *
     * @param problems receives a {@code source-text-unreadable} finding for each text that cannot
     *     be read or is refused
     * @return the content of each text that could be read, by source id
     * @since 0.1.0
     */
    public Map<String, byte[]> readSourceTexts(Consumer<Finding> problems) {
      Map<String, byte[]> texts = new java.util.LinkedHashMap<>();
      for (org.policyset.core.model.Source s : dataset.sources()) {
        RecordOrigin origin = origins.get("source:" + s.id());
        Path folder = origin == null || origin.file() == null ? null
            : origin.file().toAbsolutePath().getParent();
        if (s.text() == null || origin == null || folder == null || texts.containsKey(s.id())) {
          continue;
        }
        String why;
        try {
          SourceTexts.Text read = SourceTexts.read(folder.resolve(s.text()), folder);
          if (read.refusal() == null) {
            texts.put(s.id(), read.bytes());
            continue;
          }
          why = read.refusal();
        } catch (IOException e) {
          why = "cannot be read: " + FileKinds.describe(e);
        }
        problems.accept(Finding.of(Rule.SOURCE_TEXT_UNREADABLE, origin.location(),
                "archived text of source '" + s.id() + "' (" + s.text() + ") " + why)
            .withRecord("source:" + s.id())
            .withHint("the path is relative to the file that declares the source"));
      }
      return texts;
    }

    /** {@return where each record starts, by {@code type:id} and {@code manifest}} */
    public Map<String, Location> locations() {
      Map<String, Location> m = new HashMap<>();
      origins.forEach((k, v) -> m.put(k, v.location()));
      return m;
    }

    /** {@return whether any finding is an error} */
    public boolean hasErrors() {
      return !errors().isEmpty();
    }

    /** {@return the findings at error level} */
    public List<Finding> errors() {
      return findings.stream()
          .filter(f -> f.severity() == org.policyset.core.diagnostic.Severity.ERROR).toList();
    }
  }

  /**
   * Reads every input into memory.
   *
   * @param inputs files and folders
   * @return the dataset and the findings
   */
  public Result load(List<Path> inputs) {
    return load(List.of(), inputs);
  }

  /**
   * Reads one file into memory with a given format, whatever its name (as version-control tools
   * pass temporary files).
   *
   * @param file the file
   * @param display how findings name it
   * @param format its format
   * @return the dataset and the findings
   */
  public Result loadFile(Path file, String display, InputFormat format) {
    return load(List.of(new InputFile(file, display, format)), null);
  }

  /**
   * Reads a dataset held in memory, as one file named {@code name} would be read: findings name
   * {@code name} and give lines and columns in {@code content}. Nothing is read from disk; the
   * {@linkplain Result#sourceTexts() archived texts} of its sources are not known (validate with a
   * {@link org.policyset.core.io.SourceTextProvider} instead).
   *
   * <pre>{@code
   * DatasetReader.Result r = DatasetReader.create()
   *     .loadBytes("stances.json", "{\"stances\": []}".getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
   * }</pre>
   *
   * @param name how findings name the input, such as {@code stances.json}
   * @param content the bytes, UTF-8
   * @param format the format of the content
   * @return the dataset and the findings
   * @since 0.1.0
   */
  public Result loadBytes(String name, byte[] content, InputFormat format) {
    return loadMemory(memoryFile(name, format), content);
  }

  /**
   * Reads a dataset from a string, as {@link #loadBytes} reads its UTF-8 bytes.
   *
   * @param name how findings name the input
   * @param content the JSON document or JSON Lines
   * @param format the format of the content
   * @return the dataset and the findings; an unpaired surrogate in {@code content} is a PS107
   *     finding, not a replacement character
   * @since 0.1.0
   */
  public Result loadString(String name, String content, InputFormat format) {
    Objects.requireNonNull(content, "content");
    InputFile file = memoryFile(name, format);
    byte[] bytes = MemoryInput.utf8(file, content);
    return bytes == null ? MemoryInput.unencodable(file, content) : loadMemory(file, bytes);
  }

  /**
   * Reads a dataset from a stream, read to its end (or to one byte past the file-size limit, which
   * is then reported) but not closed.
   *
   * @param name how findings name the input
   * @param in the stream, UTF-8
   * @param format the format of the content
   * @return the dataset and the findings; a stream that fails is a PS001 finding
   * @since 0.1.0
   */
  public Result load(String name, java.io.InputStream in, InputFormat format) {
    Objects.requireNonNull(in, "in");
    InputFile file = memoryFile(name, format);
    byte[] bytes;
    try {
      bytes = MemoryInput.readUpTo(in, limits.maxFileBytes());
    } catch (IOException e) {
      return MemoryInput.unreadable(file, e);
    }
    return loadMemory(file, bytes);
  }

  /**
   * Reads a dataset from a character stream, read to its end but not closed.
   *
   * @param name how findings name the input
   * @param in the characters
   * @param format the format of the content
   * @return the dataset and the findings; a reader that fails is a PS001 finding
   * @since 0.1.0
   */
  public Result load(String name, java.io.Reader in, InputFormat format) {
    Objects.requireNonNull(in, "in");
    InputFile file = memoryFile(name, format);
    String content;
    try {
      content = MemoryInput.readUpTo(in, limits.maxFileBytes());
    } catch (IOException e) {
      return MemoryInput.unreadable(file, e);
    }
    byte[] bytes = MemoryInput.utf8(file, content);
    return bytes == null ? MemoryInput.unencodable(file, content) : loadMemory(file, bytes);
  }

  /**
   * Reads a dataset file that is a classpath resource, such as a test fixture or data shipped in a
   * jar. The format follows the name's extension ({@code .json}, {@code .jsonl}, {@code .ndjson}).
   *
   * @param loader the class loader to ask
   * @param resource the resource name, such as {@code org/example/data/stances.json}
   * @return the dataset and the findings; a missing resource is a PS001 finding
   * @throws IllegalArgumentException if the name has no dataset extension
   * @since 0.1.0
   */
  public Result loadResource(ClassLoader loader, String resource) {
    Objects.requireNonNull(loader, "loader");
    InputFormat format = InputFormat.forFileName(resource);
    if (format == null) {
      throw new IllegalArgumentException("not a dataset file name (.json, .jsonl or .ndjson): "
          + resource);
    }
    try (java.io.InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return MemoryInput.unreadable(memoryFile(resource, format),
            new java.io.FileNotFoundException("no such resource on the classpath"));
      }
      return load(resource, in, format);
    } catch (IOException e) {
      return MemoryInput.unreadable(memoryFile(resource, format), e);
    }
  }

  private static InputFile memoryFile(String name, InputFormat format) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    return new InputFile(null, name, format);
  }

  private Result loadMemory(InputFile file, byte[] content) {
    Collector collector = new Collector();
    readBytes(file, content, collector);
    return collector.result(List.of(file));
  }

  /**
   * Reads input held in memory as one file, passing records and findings to {@code listener} as
   * {@link #readFiles} does.
   *
   * @param file names the input and gives its format; its path is not used (and may be null)
   * @param content the bytes, UTF-8
   * @param listener receives what is read
   * @return whether the whole content was read
   * @since 0.1.0
   */
  public boolean readBytes(InputFile file, byte[] content, RecordListener listener) {
    return new DocumentReader(limits, all, version(ManifestPeek.declared(content, file.format())))
        .readBytes(file, content, listener);
  }

  private Result load(List<InputFile> resolved, @Nullable List<Path> inputs) {
    Collector collector = new Collector();
    List<InputFile> files;
    if (inputs != null) {
      files = read(inputs, collector).files();
    } else {
      readAll(resolved, collector);
      files = resolved;
    }
    return collector.result(files);
  }

  /** Keeps what a read delivers: the records, the first manifest, the findings and the origins. */
  private static final class Collector implements RecordListener {
    private final List<PolicyRecord> records = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, RecordOrigin> origins = new HashMap<>();
    private @Nullable Manifest manifest;
    private @Nullable InputFile current;

    @Override
    public void onFile(InputFile file) {
      current = file;
    }

    @Override
    public void onRecord(ReadRecord record) {
      if (record.value() != null) {
        records.add(record.value());
        origins.putIfAbsent(record.key(), new RecordOrigin(record.file().path(), record.location()));
      }
    }

    @Override
    public void onManifest(Manifest m, Location location) {
      if (manifest == null) {
        manifest = m;
        origins.put("manifest", new RecordOrigin(current == null ? null : current.path(), location));
      }
    }

    @Override
    public void onFinding(Finding finding) {
      findings.add(finding);
    }

    Result result(List<InputFile> files) {
      return new Result(Dataset.of(manifest, records), findings, files, origins);
    }
  }

  /**
   * What a streaming read covered.
   *
   * @param files the files read
   * @param complete false if some file could not be read to its end
   * @since 0.1.0
   */
  public record Summary(List<InputFile> files, boolean complete) {}

  /**
   * Reads every input, passing records and findings to {@code listener} as they are read.
   *
   * @param inputs files and folders; a folder is searched for {@code .json}, {@code .jsonl} and
   *     {@code .ndjson} files, skipping hidden entries and not following links to folders
   * @param listener receives what is read
   * @return the files read and whether all were read to the end
   */
  public Summary read(List<Path> inputs, RecordListener listener) {
    List<InputFile> files = resolve(inputs, listener::onFinding);
    boolean complete = readAll(files, listener);
    return new Summary(List.copyOf(files), complete);
  }

  private boolean readAll(List<InputFile> files, RecordListener listener) {
    return FastReader.ofVersion(limits, all, version(files)).readAll(files, listener);
  }

  /**
   * Reads files already {@linkplain #resolve resolved}, in order, passing records and findings to
   * {@code listener} and letting {@code preparer} work on each record on the thread that bound it.
   *
   * @param files the files
   * @param listener receives what is read
   * @param preparer works on records as they are bound, or null for none
   * @return whether every file was read to its end
   * @throws IllegalArgumentException if a file is input held in memory (it has no path), which
   *     {@link #readBytes} reads
   * @since 0.1.0
   */
  public boolean readFiles(List<InputFile> files, RecordListener listener,
      @Nullable RecordPreparer preparer) {
    for (InputFile f : files) {
      if (f.path() == null) {
        throw new IllegalArgumentException("'" + f.display() + "' is input held in memory, not a file:"
            + " readBytes reads it");
      }
    }
    FastReader reader = FastReader.ofVersion(limits, all, version(files));
    if (preparer != null) {
      reader.preparing(preparer);
    }
    return reader.readAll(files, listener);
  }

  /** The version the records of {@code files} are read as (see {@link #version(String)}). */
  private int version(List<InputFile> files) {
    String declared = ManifestPeek.declared(files);
    if (declared == null && undeclared == BESIDE && !files.isEmpty() && files.get(0).path() != null) {
      declared = ManifestPeek.beside(Objects.requireNonNull(files.get(0).path()));
    }
    return version(declared);
  }

  /**
   * The version records are read as: the one the first manifest declares, else the one assumed,
   * else 1 (PS213 reports a version this release does not read).
   */
  private int version(@Nullable String declared) {
    if (declared == null) {
      return undeclared == BESIDE ? SchemaVersions.V1 : undeclared;
    }
    int v = SchemaVersions.parse(declared);
    return v < 0 ? SchemaVersions.V1 : v;
  }

  /**
   * Finds the dataset files among {@code inputs}, in a stable order: inputs in the order given, files
   * of a folder sorted by path.
   *
   * @param inputs files and folders
   * @param findings receives a finding for every input that cannot be used
   * @return the files
   */
  public static List<InputFile> resolve(List<Path> inputs, Consumer<Finding> findings) {
    List<InputFile> files = new ArrayList<>();
    for (Path input : inputs) {
      String shown = input.toString();
      if (!Files.exists(input)) {
        String why = Files.exists(input, LinkOption.NOFOLLOW_LINKS)
            ? FileKinds.whyNotRegular(input) : null;
        String left = StagedOutput.interruptedPrevious(input);
        findings.accept(Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(shown),
                why == null || why.equals("missing") ? "no such file or folder" : why.substring(2))
            .withHint(left == null ? "check the path"
                : "an interrupted policyset write (killed while it switched versions) left the "
                    + "previous version beside it as " + left + "; the next merge or export to "
                    + shown + " puts it back, or rename it to " + input.getFileName() + " yourself"));
        continue;
      }
      if (Files.isDirectory(input)) {
        List<InputFile> found = FolderWalk.walk(input, findings);
        if (found.isEmpty()) {
          findings.accept(Finding.of(Rule.NO_DATASET_FILES, Location.ofFile(shown),
                  "folder holds no .json, .jsonl or .ndjson files")
              .withHint("point at a dataset folder or file"));
        }
        files.addAll(found);
      } else if (Files.isRegularFile(input)) {
        InputFormat format = InputFormat.forFileName(input.getFileName().toString());
        files.add(new InputFile(input, shown, format == null ? InputFormat.JSON : format));
      } else {
        String why = FileKinds.whyNotRegular(input);
        findings.accept(Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(shown),
                "not a regular file or folder: " + (why != null ? why : "unknown kind"))
            .withHint("policyset reads only regular files"));
      }
    }
    return files;
  }
}
