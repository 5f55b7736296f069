package org.policyset.core.read.internal.fast;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.internal.json.Json;
import org.policyset.core.internal.json.LocatedTree;
import org.policyset.core.internal.json.SliceLocator;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordPreparer;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.read.internal.reference.DocumentReader;
import org.policyset.core.read.internal.shape.ConstraintCheck;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds the slices of a batch to records; runs on worker threads.
 *
 * <p>Each record is bound straight from its bytes with Jackson (duplicate keys refused) and its
 * constraints checked with {@link ConstraintCheck}; no tree and no positions are built. A record
 * that does not pass is read again from its slice by the reference path ({@link LocatedTree},
 * the reference reader's shape checks, Bean Validation), so its findings are those the reference
 * reader gives. A record that passes goes to the {@link RecordPreparer}, if there is one, on the
 * same thread. A document's record or manifest the reference path cannot read from its slice alone
 * (a syntax error) ends the batch with {@link BatchEvents#STOP}.
 */
final class SliceBinder {
  private final ReadLimits limits;
  private final DocumentReader exact;
  private final JsonMapper mapper;
  private final Map<RecordType, ObjectReader> readers = new EnumMap<>(RecordType.class);
  private final ObjectReader strict;
  private @Nullable RecordPreparer preparer;

  /** Creates a binder with the given limits, which reads what does not pass with {@code exact}. */
  SliceBinder(ReadLimits limits, DocumentReader exact) {
    this.limits = limits;
    this.exact = exact;
    this.mapper = limits.equals(ReadLimits.DEFAULTS) ? Json.mapper() : Json.mapper(limits);
    this.strict = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    for (RecordType t : RecordType.values()) {
      readers.put(t, strict.forType(t.javaType()));
    }
  }

  /**
   * Builds, with the default limits, what binding valid records needs (the shared mapper, each
   * record type's deserializer, its constraint checks); see {@link FastReader#warmUp}.
   */
  static void warmUp() {
    ObjectReader reader = Json.mapper().reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    for (RecordType t : RecordType.values()) {
      reader.forType(t.javaType()); // fetches and caches the deserializer eagerly
      ConstraintCheck.prepare(t.javaType());
    }
  }

  private ObjectReader reader(RecordType type) {
    return Objects.requireNonNull(readers.get(type), "a reader for every record type");
  }

  /** The path of a file the fast path reads: it reads files, never input held in memory. */
  private static java.nio.file.Path path(InputFile file) {
    return Objects.requireNonNull(file.path(), "the fast path reads files");
  }

  /** Has records prepared by {@code p} as they are bound (set before reading starts). */
  void preparing(RecordPreparer p) {
    this.preparer = p;
  }

  /** The preparer records are handed to, or null. */
  @Nullable RecordPreparer preparer() {
    return preparer;
  }

  /** Binds the records of a batch of {@code file}; runs on a worker thread. */
  List<Object> bind(Batch b, InputFile file) {
    BatchEvents collector = new BatchEvents(b.slices.size() + 8);
    List<Object> events = collector.events;
    for (Slice s : b.slices) {
      int before = events.size();
      boolean ok = s.lineNo() > 0 ? line(file, b.data, s, collector)
          : member(file, b.data, s, collector);
      if (!ok) {
        // The reference reader reports this record and what follows it.
        events.subList(before, events.size()).clear();
        events.add(BatchEvents.STOP);
        break;
      }
    }
    return events;
  }

  /** Reads a record or the manifest of a JSON document; false if the file must be read again. */
  private boolean member(InputFile file, byte[] data, Slice s, BatchEvents out) {
    String display = file.display();
    Location root = new Location(display, s.line(), s.column());
    if (s.type() != null) {
      PolicyRecord value = bind(reader(s.type()), data, s.start(), s.length(), exact.version());
      if (value != null) {
        emit(out, value, new ReadRecord(s.type(), value.id(), value, true, file, s.pointer(), root,
            new SliceLocator(mapper, path(file), display, s.offset(), s.length(), root, false)));
        return true;
      }
    }
    String text = new String(data, s.start(), s.length(), StandardCharsets.UTF_8);
    try (JsonParser p = mapper.createParser(text)) {
      p.nextToken();
      LocatedTree tree = LocatedTree.read(p, display, s.line() - 1, s.column() - 1, s.pointer(),
          out::onFinding, limits.maxRecordValues());
      if (p.nextToken() != null) {
        return false;
      }
      if (s.type() == null) {
        exact.manifest(tree, s.pointer(), Objects.requireNonNull(s.key(), "a manifest slice has one"), out);
      } else {
        exact.emit(file, s.type(), tree, s.pointer(), out);
      }
      return true;
    } catch (JacksonException e) {
      return false;
    }
  }

  /** Reads one JSON Lines line. */
  private boolean line(InputFile file, byte[] data, Slice s, BatchEvents out) {
    if (s.length() > 0 && data[s.start()] == '{') {
      // The common form: "$type" first, then the record.
      try (JsonParser p = strict.createParser(data, s.start(), s.length())) {
        if (p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.PROPERTY_NAME
            && p.currentName().equals("$type") && p.nextToken() == JsonToken.VALUE_STRING) {
          RecordType type = RecordType.forSingular(p.getString());
          if (type != null && p.nextToken() == JsonToken.PROPERTY_NAME) {
            PolicyRecord value = reader(type).readValue(p);
            if (p.nextToken() == null && ConstraintCheck.passes(value)
                && VersionFit.fits(value, exact.version())) {
              String display = file.display();
              Location root = new Location(display, s.lineNo(), 1);
              emit(out, value, new ReadRecord(type, value.id(), value, true, file, "", root,
                  new SliceLocator(mapper, path(file), display, s.offset(), s.length(), root, true)));
              return true;
            }
          }
        }
      } catch (RuntimeException e) {
        // read again below
      }
    }
    String text = new String(data, s.start(), s.length(), StandardCharsets.UTF_8);
    try (JsonParser parser = mapper.createParser(text)) {
      exact.readLine(file, parser, s.lineNo(), out);
    } catch (JacksonException e) {
      out.onFinding(exact.syntaxFinding(file, e, s.lineNo() - 1, null));
    }
    return true;
  }

  /** Hands on a record the fast path bound, prepared if there is a {@link RecordPreparer}. */
  private void emit(BatchEvents out, PolicyRecord value, ReadRecord record) {
    Object prepared = preparer == null ? null : preparer.prepare(value);
    if (prepared != null) {
      out.events.add(new BatchEvents.Prepared(record, prepared));
    } else {
      out.onRecord(record);
    }
  }

  /** Binds a record from its bytes; null if it has any problem at all. */
  private static @Nullable PolicyRecord bind(ObjectReader reader, byte[] data, int start, int length,
      int version) {
    try (JsonParser p = reader.createParser(data, start, length)) {
      PolicyRecord value = reader.readValue(p);
      // A record with a field outside its version, or without one its version requires, is read
      // again by the reference path, whose shape walk reports it as unknown or missing.
      if (p.nextToken() != null || !ConstraintCheck.passes(value)
          || !VersionFit.fits(value, version)) {
        return null;
      }
      return value;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
