package org.policyset.core.read.internal.reference;

import org.policyset.core.internal.text.Plural;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.SchemaVersions;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.policyset.core.read.internal.shape.RecordBinder;
import org.policyset.core.internal.json.LocatedTree;
import org.policyset.core.internal.json.Json;
import org.policyset.core.read.internal.shape.BeanValidation;
import org.policyset.core.internal.json.Pointers;
import org.policyset.core.internal.text.Hints;
import org.policyset.core.internal.fs.FileKinds;

/** Reads one dataset file in a single streaming pass, reporting records and findings. */
public final class DocumentReader {
  /** The top-level keys a document may have besides the record sections. */
  private static final String MANIFEST = "manifest";
  private static final String SCHEMA = "$schema";
  private static final String TYPE = "$type";

  private final ReadLimits limits;
  private final JsonMapper mapper;
  private final RecordBinder binder;
  private final boolean all;
  /**
   * The content {@link #readBytes} is reading, for locating an invalid byte in input held in
   * memory; null otherwise. A reader reads one input held in memory at a time (DatasetReader makes
   * one for each).
   */
  private byte @Nullable [] memory;

  /** Creates a reader with the given limits that groups findings by root cause. */
  public DocumentReader(ReadLimits limits) {
    this(limits, false);
  }

  /**
   * Creates a reader with the given limits.
   *
   * @param all whether to report the consequences of structural problems too, rather than only
   *     their root causes
   */
  public DocumentReader(ReadLimits limits, boolean all) {
    this(limits, all, SchemaVersions.V1);
  }

  /**
   * Creates a reader of records of schema version {@code version} (see {@link ManifestPeek}).
   *
   * @param all whether to report the consequences of structural problems too
   * @param version the schema version records are checked against
   */
  public DocumentReader(ReadLimits limits, boolean all, int version) {
    this.limits = limits;
    this.mapper = limits.equals(ReadLimits.DEFAULTS) ? Json.mapper() : Json.mapper(limits);
    this.binder = new RecordBinder(mapper, BeanValidation::validator, version);
    this.all = all;
  }

  /** {@return the schema version records are checked against} */
  public int version() {
    return binder.version();
  }

  /**
   * Reads the files in order until the total of their sizes would pass the total-size limit; the
   * file that would pass it gets a limit-exceeded finding, and it and the files after it are not
   * read.
   *
   * @return true if every file was read to its end
   */
  public boolean readAll(List<InputFile> files, RecordListener listener) {
    return readAll(files, listener, limits, this::read);
  }

  /** Reads one file, reporting to a listener; returns whether it was read to its end. */
  @FunctionalInterface
  public interface FileReader {
    boolean read(InputFile file, RecordListener listener);
  }

  /**
   * Reads the files in order with {@code reader} until the total of their sizes would pass the
   * total-size limit; the file that would pass it gets a limit-exceeded finding, and it and the
   * files after it are not read. Both readers share this policy.
   */
  public static boolean readAll(List<InputFile> files, RecordListener listener, ReadLimits limits,
      FileReader reader) {
    boolean complete = true;
    long total = 0;
    for (InputFile f : files) {
      long size;
      try {
        size = java.nio.file.Files.isRegularFile(f.path()) ? java.nio.file.Files.size(f.path()) : 0;
      } catch (IOException e) {
        size = 0;
      }
      if (total + size > limits.maxTotalBytes()) {
        listener.onFile(f);
        listener.onFinding(Finding.of(Rule.LIMIT_EXCEEDED, Location.ofFile(f.display()),
                "the input would total " + (total + size) + " bytes with this file; the limit is "
                    + limits.maxTotalBytes() + ", so it and the files after it were not read")
            .withHint("validate fewer files at once, or raise ReadLimits.maxTotalBytes (--max-total-size in the command)"));
        return false;
      }
      total += size;
      ErrorCount counted = new ErrorCount(listener);
      boolean read = reader.read(f, counted);
      if (!read && counted.errors == 0) {
        // Input that was not read to its end is never a pass, even where no reader said why.
        listener.onFinding(Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(f.display()),
                "file could not be read to its end")
            .withHint("read it again; if this persists, please report it"));
      }
      complete &= read;
    }
    return complete;
  }

  /** Passes everything on, counting the findings at error level. */
  private static final class ErrorCount implements RecordListener {
    private final RecordListener delegate;
    int errors;

    ErrorCount(RecordListener delegate) {
      this.delegate = delegate;
    }

    @Override
    public void onFile(InputFile file) {
      delegate.onFile(file);
    }

    @Override
    public void onRecord(org.policyset.core.io.ReadRecord record) {
      delegate.onRecord(record);
    }

    @Override
    public void onManifest(org.policyset.core.model.Manifest manifest, Location location) {
      delegate.onManifest(manifest, location);
    }

    @Override
    public void onFinding(Finding finding) {
      if (finding.severity() == org.policyset.core.diagnostic.Severity.ERROR) {
        errors++;
      }
      delegate.onFinding(finding);
    }
  }

  /**
   * Reads {@code file}, reporting to {@code listener}.
   *
   * @return true if the whole file was read; false if a syntax, encoding or limit error stopped
   *     reading early, so that later layers know the records they saw may be incomplete
   */
  public boolean read(InputFile file, RecordListener listener) {
    listener.onFile(file);
    GuardedInput input = GuardedInput.open(file, limits, listener::onFinding);
    if (input == null) {
      return false;
    }
    input.withChecksum();
    FindingBudget budget = new FindingBudget(listener, limits.maxFindingsPerFile(), file.display());
    boolean complete;
    try {
      complete = read(file, input, budget);
    } catch (FindingBudget.Exhausted e) {
      complete = false;
    } catch (RuntimeException | Error e) {
      input.release();
      throw e;
    }
    boolean unchanged = input.checkUnchanged(listener::onFinding, complete);
    input.release();
    return complete && unchanged;
  }

  /**
   * Reads a file held in memory (a string, a stream or a resource read whole), reporting to
   * {@code listener} as {@link #read(InputFile, RecordListener)} does; {@code file.path()} is not
   * used.
   *
   * @return true if the whole content was read
   */
  public boolean readBytes(InputFile file, byte[] content, RecordListener listener) {
    listener.onFile(file);
    if (content.length > limits.maxFileBytes()) {
      listener.onFinding(Finding.of(Rule.LIMIT_EXCEEDED, Location.ofFile(file.display()),
              "input has " + content.length + " bytes; the limit is " + limits.maxFileBytes())
          .withHint("split the input, or raise ReadLimits.maxFileBytes (--max-file-size in the command)"));
      return false;
    }
    FindingBudget budget = new FindingBudget(listener, limits.maxFindingsPerFile(), file.display());
    memory = content;
    try {
      return read(file, new java.io.ByteArrayInputStream(content), budget);
    } catch (FindingBudget.Exhausted e) {
      return false;
    } finally {
      memory = null;
    }
  }

  private boolean read(InputFile file, InputStream in, RecordListener listener) {
    String display = file.display();
    try {
      InputStream raw = new BufferedInputStream(in, 1 << 16);
      raw.mark(3);
      byte[] head = raw.readNBytes(3);
      if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF) {
        listener.onFinding(Finding.of(Rule.BYTE_ORDER_MARK, new Location(display, 1, 1),
                "file starts with a UTF-8 byte order mark")
            .withHint("save the file as UTF-8 without BOM ('policyset format' writes it so)"));
      } else {
        raw.reset();
      }
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      Reader reader = new InputStreamReader(raw, decoder);
      if (file.format() == InputFormat.JSON_LINES) {
        return readLines(file, reader, listener);
      }
      try (JsonParser parser = mapper.createParser(reader)) {
        try {
          return readDocument(file, parser, listener);
        } catch (JacksonException e) {
          listener.onFinding(syntaxFinding(file, e, 0, parser));
          return false;
        }
      }
    } catch (JacksonException e) {
      listener.onFinding(syntaxFinding(file, e, 0, null));
      return false;
    } catch (CharacterCodingException e) {
      listener.onFinding(encodingFinding(file));
      return false;
    } catch (IOException e) {
      listener.onFinding(unreadable(display, e));
      return false;
    }
  }

  private boolean readDocument(InputFile file, JsonParser parser, RecordListener listener) {
    String display = file.display();
    JsonToken t = parser.nextToken();
    if (t == null) {
      listener.onFinding(Finding.of(Rule.MALFORMED_JSON, here(parser, display, 0),
              "file holds no JSON value")
          .withHint("a dataset document is a JSON object such as {\"stances\": []}"));
      return false;
    }
    if (t != JsonToken.START_OBJECT) {
      listener.onFinding(Finding.of(Rule.NOT_A_DOCUMENT, here(parser, display, 0),
              "a dataset document must be a JSON object, not " + tokenKind(t))
          .withHint("wrap the records in sections, such as {\"stances\": [ ... ]}"));
      parser.skipChildren();
      return checkEnd(file, parser, listener);
    }
    Set<String> seen = new HashSet<>();
    long records = 0;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      Location keyLocation = here(parser, display, 0);
      String pointer = Pointers.child("", name);
      parser.nextToken();
      if (!seen.add(name)) {
        listener.onFinding(Finding.of(Rule.DUPLICATE_KEY, keyLocation,
                "section '" + name + "' appears twice in one document")
            .withPointer(pointer)
            .withHint("merge the two '" + name + "' arrays into one"));
        parser.skipChildren();
        continue;
      }
      RecordType type = RecordType.forSection(name);
      if (type != null) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
          listener.onFinding(Finding.of(Rule.WRONG_TYPE, keyLocation,
                  "section '" + name + "' must be an array, not " + tokenKind(parser.currentToken()))
              .withPointer(pointer));
          parser.skipChildren();
          continue;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (++records > limits.maxRecordsPerFile()) {
            listener.onFinding(Finding.of(Rule.LIMIT_EXCEEDED, here(parser, display, 0),
                    "file holds more than " + Plural.count(limits.maxRecordsPerFile(), "record"))
                .withHint("split the file, or raise the limit"));
            return false;
          }
          String recordPointer = Pointers.child(pointer, index++);
          LocatedTree tree = LocatedTree.read(parser, display, 0, recordPointer, listener::onFinding, limits.maxRecordValues());
          emit(file, type, tree, recordPointer, listener);
        }
      } else if (name.equals(MANIFEST)) {
        LocatedTree tree = LocatedTree.read(parser, display, 0, pointer, listener::onFinding, limits.maxRecordValues());
        manifest(tree, pointer, keyLocation, listener);
      } else if (name.equals(SCHEMA)) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
          listener.onFinding(Finding.of(Rule.WRONG_TYPE, keyLocation,
                  "'$schema' must be a string (the URL or path of the JSON Schema)")
              .withPointer(pointer));
          parser.skipChildren();
        } else {
          VersionFindings.schemaKey(parser.getString(), version(), keyLocation, pointer, listener::onFinding);
        }
      } else {
        List<String> known = new ArrayList<>();
        for (RecordType rt : RecordType.values()) {
          known.add(rt.section());
        }
        known.add(MANIFEST);
        String hint = Hints.didYouMean(name, known);
        listener.onFinding(Finding.of(Rule.UNKNOWN_SECTION, keyLocation,
                "unknown section '" + name + "'")
            .withPointer(pointer)
            .withHint(hint != null ? hint : "sections are " + String.join(", ", known) + " and $schema"));
        parser.skipChildren();
      }
    }
    return checkEnd(file, parser, listener);
  }

  private boolean checkEnd(InputFile file, JsonParser parser, RecordListener listener) {
    try {
      JsonToken t = parser.nextToken();
      if (t != null) {
        listener.onFinding(Finding.of(Rule.TRAILING_CONTENT, here(parser, file.display(), 0),
                "content follows the end of the JSON document")
            .withHint("a file holds one JSON document; remove what follows, or use .jsonl for one record per line"));
        return false;
      }
    } catch (StreamReadException e) {
      listener.onFinding(Finding.of(Rule.TRAILING_CONTENT, location(file.display(), e.getLocation(), 0),
              "content follows the end of the JSON document")
          .withHint("a file holds one JSON document; remove what follows"));
      return false;
    }
    return true;
  }

  private boolean readLines(InputFile file, Reader reader, RecordListener listener)
      throws IOException {
    String display = file.display();
    LineReader lines = new LineReader(reader, limits.maxLineLength());
    int lineNo = 0;
    long records = 0;
    String line;
    while ((line = lines.next()) != null) {
      lineNo = lines.line();
      if (line == LineReader.TOO_LONG) {
        listener.onFinding(Finding.of(Rule.LIMIT_EXCEEDED, new Location(display, lineNo, 1),
                "line is longer than " + limits.maxLineLength() + " characters")
            .withHint("one record per line; raise the limit if records really are this long"));
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (++records > limits.maxRecordsPerFile()) {
        listener.onFinding(Finding.of(Rule.LIMIT_EXCEEDED, new Location(display, lineNo, 1),
                "file holds more than " + Plural.count(limits.maxRecordsPerFile(), "record"))
            .withHint("split the file, or raise the limit"));
        return false;
      }
      try (JsonParser parser = mapper.createParser(line)) {
        readLine(file, parser, lineNo, listener);
      } catch (JacksonException e) {
        listener.onFinding(syntaxFinding(file, e, lineNo - 1, null));
      }
    }
    return true;
  }

  public void readLine(InputFile file, JsonParser parser, int lineNo, RecordListener listener) {
    String display = file.display();
    JsonToken t = parser.nextToken();
    if (t != JsonToken.START_OBJECT) {
      listener.onFinding(Finding.of(Rule.NOT_A_DOCUMENT, here(parser, display, lineNo - 1),
              "a JSON Lines line must be one object with a $type, not " + tokenKind(t))
          .withHint("write one record per line, such as {\"$type\": \"stance\", \"id\": ...}"));
      return;
    }
    LocatedTree tree = LocatedTree.read(parser, display, lineNo - 1, "", listener::onFinding, limits.maxRecordValues());
    JsonToken after;
    try {
      after = parser.nextToken();
    } catch (StreamReadException e) {
      after = JsonToken.NOT_AVAILABLE;
    }
    if (after != null) {
      listener.onFinding(Finding.of(Rule.TRAILING_CONTENT, new Location(display, lineNo, 0),
              "content follows the record on this line")
          .withHint("a JSON Lines file holds exactly one record per line"));
      return;
    }
    JsonNode typeNode = tree.removeRootMember(TYPE);
    List<String> types = new ArrayList<>();
    for (RecordType rt : RecordType.values()) {
      types.add(rt.singular());
    }
    types.add(MANIFEST);
    if (typeNode == null || !typeNode.isString()) {
      listener.onFinding(Finding.of(Rule.NOT_A_DOCUMENT, tree.root(),
              typeNode == null ? "line has no '$type'" : "'$type' must be a string")
          .withPointer("/" + TYPE)
          .withHint("add \"$type\": one of " + String.join(", ", types)));
      return;
    }
    String typeName = typeNode.asString();
    if (typeName.equals(MANIFEST)) {
      manifest(tree, "", tree.root(), listener);
      return;
    }
    RecordType type = RecordType.forSingular(typeName);
    if (type == null) {
      String hint = Hints.didYouMean(typeName, types);
      listener.onFinding(Finding.of(Rule.NOT_A_DOCUMENT, tree.locate("/" + TYPE),
              "unknown $type '" + typeName + "'")
          .withPointer("/" + TYPE)
          .withHint(hint != null ? hint : "use one of " + String.join(", ", types)));
      return;
    }
    emit(file, type, tree, "", listener);
  }

  public void emit(InputFile file, RecordType type, LocatedTree tree, String pointer,
      RecordListener listener) {
    JsonNode idNode = tree.node().get("id");
    String id = idNode != null && idNode.isString() ? idNode.asString() : null;
    if (id == null && !all) {
      id = misspeltId(tree.node());
    }
    String key = type.singular() + ":" + (id != null ? id : "?");
    RecordBinder.Bound<? extends org.policyset.core.model.PolicyRecord> bound =
        binder.bind(tree, type.javaType(), pointer, id != null ? key : null, listener::onFinding, all);
    listener.onRecord(new ReadRecord(type, id, bound.value(), bound.valid(), file, pointer,
        tree.root(), tree));
  }

  /**
   * Returns the string value of a key that is one edit away from {@code id} (such as {@code Id} or
   * {@code iid}), or null. A record whose id key is misspelt still has an id: the unknown-property
   * finding is the root cause, and references to the record must not dangle because of it.
   */
  private static @Nullable String misspeltId(JsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = e.getKey().toLowerCase(java.util.Locale.ROOT);
      if (e.getValue().isString() && !e.getKey().equals("id") && name.length() <= 3
          && Hints.distance(name, "id", 1) <= 1) {
        return e.getValue().asString();
      }
    }
    return null;
  }

  public void manifest(LocatedTree tree, String pointer, Location location,
      RecordListener listener) {
    RecordBinder.Bound<Manifest> bound =
        binder.bind(tree, Manifest.class, pointer, "manifest", listener::onFinding);
    if (bound.value() != null) {
      VersionFindings.manifest(bound.value().schemaVersion(), version(), tree, pointer, listener::onFinding);
      listener.onManifest(bound.value(), location);
    }
  }

  public Finding syntaxFinding(InputFile file, JacksonException e, int lineOffset,
      @Nullable JsonParser parser) {
    if (hasCause(e, CharacterCodingException.class)) {
      return encodingFinding(file);
    }
    Location loc = location(file.display(), e.getLocation(), lineOffset);
    if (loc.line() == 0 && parser != null) {
      loc = location(file.display(), parser.currentLocation(), lineOffset);
    }
    if (e instanceof StreamConstraintsException) {
      return LimitFindings.of(e.getOriginalMessage(), loc);
    }
    if (e instanceof StreamReadException) {
      return Finding.of(Rule.MALFORMED_JSON, loc, cleanMessage(e.getOriginalMessage()))
          .withHint("fix the JSON at this place; policyset reads strict JSON (RFC 8259)");
    }
    return Finding.of(Rule.UNREADABLE_INPUT, loc, "cannot read: " + e.getOriginalMessage());
  }

  private Finding encodingFinding(InputFile file) {
    try {
      // Input held in memory has no file to scan again: its bytes are scanned instead.
      java.nio.file.Path path = file.path();
      byte[] content = memory;
      Utf8Scanner.Position p = path != null ? Utf8Scanner.firstInvalid(path)
          : content != null ? Utf8Scanner.firstInvalid(new java.io.ByteArrayInputStream(content))
          : null;
      if (p != null) {
        return Finding.of(Rule.INVALID_ENCODING, new Location(file.display(), p.line(), p.column()),
                "invalid UTF-8 byte sequence " + p.bytes() + " at byte offset " + p.offset())
            .withHint("save the file as UTF-8");
      }
    } catch (IOException ignored) {
      // fall through to a finding without a position
    }
    return Finding.of(Rule.INVALID_ENCODING, Location.ofFile(file.display()),
        "file is not valid UTF-8").withHint("save the file as UTF-8");
  }

  static Finding unreadable(String display, IOException e) {
    return Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(display), "cannot read: " + FileKinds.describe(e))
        .withHint("check that the file exists and is readable");
  }



  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static String cleanMessage(String m) {
    if (m == null) {
      return "malformed JSON";
    }
    int nl = m.indexOf('\n');
    return nl >= 0 ? m.substring(0, nl) : m;
  }

  private static Location here(JsonParser parser, String display, int lineOffset) {
    return location(display, parser.currentTokenLocation(), lineOffset);
  }

  private static Location location(String display, TokenStreamLocation l, int lineOffset) {
    if (l == null || l == TokenStreamLocation.NA || l.getLineNr() < 1) {
      return Location.ofFile(display);
    }
    return new Location(display, l.getLineNr() + lineOffset, Math.max(l.getColumnNr(), 1));
  }

  private static String tokenKind(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
