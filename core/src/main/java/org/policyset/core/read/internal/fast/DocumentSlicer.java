package org.policyset.core.read.internal.fast;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.SchemaVersions;

/**
 * Cuts a JSON document into one slice a record (and one for the manifest), checking its frame on
 * the way: one object of known sections, each an array of objects, a manifest object and a
 * {@code $schema} string, none repeated. The slices go to an {@link OrderedPipeline}; anything else
 * (a byte order mark, an unknown section, a record limit reached) throws {@link Fallback}.
 */
final class DocumentSlicer {
  private final ByteScanner s;
  private final ReadLimits limits;
  private final String display;
  private final OrderedPipeline out;
  private final int version;
  private long records;

  /**
   * Creates a slicer of the document {@code s} scans, shown as {@code display}, whose records are
   * read as schema version {@code version}.
   */
  DocumentSlicer(ByteScanner s, ReadLimits limits, String display, OrderedPipeline out, int version) {
    this.s = s;
    this.version = version;
    this.limits = limits;
    this.display = display;
    this.out = out;
  }

  /** Cuts the whole document. */
  void slice() throws IOException, Fallback {
    ByteScanner s = this.s;
    if (s.peek() == 0xEF) {
      throw Fallback.INSTANCE; // a byte order mark
    }
    s.skipWs();
    s.expect('{');
    s.skipWs();
    Set<String> seen = new HashSet<>();
    if (s.peek() == '}') {
      s.next();
    } else {
      while (true) {
        if (s.peek() != '"') {
          throw Fallback.INSTANCE;
        }
        Location key = new Location(display, s.line, s.column());
        String name = s.simpleString();
        s.skipWs();
        s.expect(':');
        s.skipWs();
        if (!seen.add(name)) {
          throw Fallback.INSTANCE;
        }
        RecordType type = RecordType.forSection(name);
        if (type != null) {
          section(type, name, key);
        } else if (name.equals("manifest")) {
          if (s.peek() != '{') {
            throw Fallback.INSTANCE;
          }
          cut(null, "/manifest", key);
        } else if (name.equals("$schema")) {
          if (s.peek() != '"') {
            throw Fallback.INSTANCE;
          }
          // The reference reader reports a $schema of another version (PS213); an escaped or
          // non-ASCII value goes there too, which reads it exactly.
          int named = SchemaVersions.named(s.simpleString());
          if (named > 0 && named != version) {
            throw Fallback.INSTANCE;
          }
        } else {
          throw Fallback.INSTANCE;
        }
        s.skipWs();
        int c = s.next();
        if (c == '}') {
          break;
        }
        if (c != ',') {
          throw Fallback.INSTANCE;
        }
        s.skipWs();
      }
    }
    s.skipWs();
    if (s.peek() != -1) {
      throw Fallback.INSTANCE;
    }
  }

  /** Cuts the records of the section {@code name}, whose array is at the scanner. */
  private void section(RecordType type, String name, Location key) throws IOException, Fallback {
    ByteScanner s = this.s;
    s.expect('[');
    s.skipWs();
    if (s.peek() == ']') {
      s.next();
      return;
    }
    int index = 0;
    String section = "/" + name + "/";
    while (true) {
      if (s.peek() != '{') {
        throw Fallback.INSTANCE;
      }
      if (++records > limits.maxRecordsPerFile()) {
        throw Fallback.INSTANCE;
      }
      cut(type, section + index++, key);
      s.skipWs();
      int c = s.next();
      if (c == ']') {
        return;
      }
      if (c != ',') {
        throw Fallback.INSTANCE;
      }
      s.skipWs();
    }
  }

  /** Cuts the object at the scanner into the pipeline's batch. */
  private void cut(@Nullable RecordType type, String pointer, Location key) throws IOException, Fallback {
    ByteScanner s = this.s;
    int line = s.line;
    int column = s.column();
    s.keep();
    long offset = s.offset();
    s.object(limits.maxDepth() - 2);
    int from = s.kept();
    int length = s.pos - from;
    if (length > limits.maxRecordValues()) {
      // It may hold more values than the limit: the reference reader counts them.
      throw Fallback.INSTANCE;
    }
    out.add(type, pointer, offset, s.buf, from, length, line, column, 0, key);
    s.release();
    out.rotate(s.offset());
  }
}
