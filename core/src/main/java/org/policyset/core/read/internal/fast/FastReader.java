package org.policyset.core.read.internal.fast;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.io.RecordPreparer;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import org.policyset.core.read.internal.reference.DocumentReader;
import org.policyset.core.internal.json.Json;
import org.policyset.core.read.internal.shape.ConstraintCheck;
import org.policyset.core.read.internal.reference.GuardedInput;
import org.policyset.core.read.internal.reference.FindingBudget;
import org.policyset.core.internal.json.SliceLocator;
import org.policyset.core.internal.json.LocatedTree;

/**
 * Reads a dataset file fast, with the same results as {@link DocumentReader}, which stays the
 * reference.
 *
 * <p>A byte scanner checks the UTF-8 and the document's frame (sections, manifest, {@code $schema})
 * and cuts the file into one slice a record, noting where each starts. Slices go in batches to
 * worker threads, which bind each record straight from its bytes with Jackson (duplicate keys
 * refused) and check its constraints with {@link ConstraintCheck}; no tree and no positions are
 * built. A record that does not pass is read again from its slice by the reference path
 * ({@link LocatedTree}, {@link ShapeWalker}, Bean Validation), so its findings are those the
 * reference reader gives. Results reach the listener in file order, on the calling thread.
 *
 * <p>Anything the scanner does not expect (a byte order mark, invalid UTF-8, a syntax error in the
 * frame or in a record, an unknown or repeated section, a limit reached) stops the fast path: the
 * reference reader then reads the file from its start, and the events the listener has already had
 * are skipped, so the listener sees exactly what the reference reader reports. Records are handed
 * on only once the UTF-8 has been checked well past their end, so that the reference reader, which
 * stops at the first invalid byte a buffer's length earlier or later, has reported every record
 * already handed on.
 */
public final class FastReader {
  /** Bytes read at a time. */
  private static final int CHUNK = 1 << 20;
  /** How far past a record the UTF-8 must be checked before the record is handed on. */
  private static final long LOOKAHEAD = 1 << 20;
  /** Files at least this large are read by worker threads. */
  private static final long PARALLEL_BYTES = 4L << 20;
  /** Bytes of records a batch holds, at most (or one record, if larger). */
  private static final int BATCH_BYTES = 128 << 10;
  private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
  /** A record or line longer than this is left to the reference reader, which streams it. */
  private static final int MAX_SLICE = 32 << 20;

  private static volatile ExecutorService pool;

  private final ReadLimits limits;
  private final DocumentReader exact;
  private final JsonMapper mapper;
  private final Map<RecordType, ObjectReader> readers = new EnumMap<>(RecordType.class);
  private final ObjectReader strict;

  private final long parallelBytes;
  /** Files this reader handed to the reference reader from their start. */
  private int wholeFileFallbacks;
  private RecordPreparer preparer;

  /** Has records prepared by {@code p} as they are bound; returns this reader. */
  public FastReader preparing(RecordPreparer p) {
    this.preparer = p;
    return this;
  }

  /** Creates a reader with the given limits that groups findings by root cause. */
  public FastReader(ReadLimits limits) {
    this(limits, false);
  }

  /**
   * Creates a reader with the given limits.
   *
   * @param all whether to report the consequences of structural problems too (see
   *     {@link DocumentReader#DocumentReader(ReadLimits, boolean)})
   */
  public FastReader(ReadLimits limits, boolean all) {
    this(limits, all, PARALLEL_BYTES);
  }

  /** Creates a reader that reads files of at least {@code parallelBytes} bytes on worker threads. */
  public FastReader(ReadLimits limits, boolean all, long parallelBytes) {
    this.parallelBytes = parallelBytes;
    this.limits = limits;
    this.exact = new DocumentReader(limits, all);
    this.mapper = limits.equals(ReadLimits.DEFAULTS) ? Json.mapper() : Json.mapper(limits);
    this.strict = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    for (RecordType t : RecordType.values()) {
      readers.put(t, strict.forType(t.javaType()));
    }
  }

  /**
   * Builds, with the default limits, what reading valid records needs (the shared mapper, each
   * record type's deserializer, its constraint checks), so that it is ready when reading starts.
   * Readers work the same whether or not this ran, and it is safe to run on any thread.
   */
  public static void warmUp() {
    ObjectReader reader = Json.mapper().reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    for (RecordType t : RecordType.values()) {
      reader.forType(t.javaType()); // fetches and caches the deserializer eagerly
      ConstraintCheck.prepare(t.javaType());
    }
  }

  /** Thrown inside the scanner when the fast path cannot go on. */
  private static final class Fallback extends Exception {
    private static final long serialVersionUID = 1L;

    Fallback() {
      super(null, null, false, false);
    }
  }

  private static final Fallback FALLBACK = new Fallback();

  /** Marks, in a batch's events, the point where the fast path gave up. */
  private static final Object STOP = new Object();

  /** A record and what the {@link RecordPreparer} made of it, as an event. */
  private record Prepared(ReadRecord record, Object prepared) {}

  /** A manifest and where it stands, as an event. */
  private record ManifestEvent(Manifest manifest, Location location) {}

  /** One record's bytes in a batch, and where they stand in the file. */
  private record Slice(RecordType type, String pointer, long offset, int start, int length, int line,
      int column, int lineNo, Location key) {}

  /** Records cut from the file, with a copy of their bytes. */
  private static final class Batch {
    byte[] data = new byte[BATCH_BYTES];
    int size;
    final List<Slice> slices = new ArrayList<>();
    long lastEnd;

    int add(byte[] src, int from, int length) {
      if (size + length > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length * 2, size + length));
      }
      System.arraycopy(src, from, data, size, length);
      int at = size;
      size += length;
      return at;
    }
  }

  /**
   * Returns how many files this reader left to the reference reader from their start (the results
   * are the same; only the speed differs), for tests and diagnostics.
   */
  int wholeFileFallbacks() {
    return wholeFileFallbacks;
  }

  /**
   * Reads the files in order, as {@link DocumentReader#readAll} does, stopping before the file that
   * would take the total past the limit.
   *
   * @return true if every file was read to its end
   */
  public boolean readAll(List<InputFile> files, RecordListener listener) {
    return DocumentReader.readAll(files, listener, limits, this::read);
  }

  /**
   * Reads {@code file}, reporting to {@code listener}.
   *
   * @return true if the whole file was read (see {@link DocumentReader#read})
   */
  public boolean read(InputFile file, RecordListener listener) {
    GuardedInput input = GuardedInput.open(file, limits, f -> { });
    if (input == null) {
      return exact.read(file, listener); // which reports why, as it opens the file the same way
    }
    if (input.size() == 0) {
      input.release();
      return exact.read(file, listener);
    }
    FindingBudget budget = new FindingBudget(listener, limits.maxFindingsPerFile(), file.display());
    Run run = new Run(file, budget, input.size() >= parallelBytes && THREADS > 1);
    boolean complete = true;
    try {
      run.scanner = new Scanner(input);
      run.scanner.maxLine = limits.maxLineLength();
      listener.onFile(file);
      run.delivered++;
      if (file.format() == InputFormat.JSON_LINES) {
        run.lines();
      } else {
        run.document();
      }
      run.finish();
    } catch (FindingBudget.Exhausted e) {
      run.cancel();
      complete = false;
    } catch (Fallback | IOException e) {
      run.cancel();
      // What was delivered came from the file as it was when opened: the reference reader may
      // only take over (skipping it) if the file is still that file.
      if (!input.checkUnchanged(listener::onFinding)) {
        input.release();
        return false;
      }
      input.release();
      wholeFileFallbacks++;
      Skipping rest = new Skipping(listener, run.delivered);
      boolean readToEnd = exact.read(file, rest);
      if (rest.skip > 0) {
        // The file held fewer records and findings than were delivered: it changed meanwhile.
        listener.onFinding(Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(file.display()),
                "file changed while it was read: read again, it held less than before")
            .withHint("its findings may not match what it holds now; read it again once nothing "
                + "writes it"));
        return false;
      }
      return readToEnd;
    } catch (RuntimeException | Error e) {
      run.cancel();
      input.release();
      throw e;
    }
    boolean unchanged = input.checkUnchanged(listener::onFinding);
    input.release();
    return complete && unchanged;
  }

  /** One read of one file. */
  private final class Run {
    final InputFile file;
    final String display;
    final RecordListener listener;
    final boolean parallel;
    Scanner scanner;
    long delivered;
    long records;
    Batch batch = new Batch();
    final ArrayDeque<Batch> waiting = new ArrayDeque<>();
    final ArrayDeque<Future<List<Object>>> running = new ArrayDeque<>();

    Run(InputFile file, RecordListener listener, boolean parallel) {
      this.file = file;
      this.display = file.display();
      this.listener = listener;
      this.parallel = parallel;
    }

    // ---- cutting -------------------------------------------------------------------------------

    void document() throws IOException, Fallback {
      Scanner s = scanner;
      if (s.peek() == 0xEF) {
        throw FALLBACK; // a byte order mark
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
            throw FALLBACK;
          }
          Location key = new Location(display, s.line, s.column());
          String name = s.simpleString();
          s.skipWs();
          s.expect(':');
          s.skipWs();
          if (!seen.add(name)) {
            throw FALLBACK;
          }
          RecordType type = RecordType.forSection(name);
          if (type != null) {
            s.expect('[');
            s.skipWs();
            if (s.peek() == ']') {
              s.next();
            } else {
              int index = 0;
              String section = "/" + name + "/";
              while (true) {
                if (s.peek() != '{') {
                  throw FALLBACK;
                }
                if (++records > limits.maxRecordsPerFile()) {
                  throw FALLBACK;
                }
                cut(type, section + index++, key);
                s.skipWs();
                int c = s.next();
                if (c == ']') {
                  break;
                }
                if (c != ',') {
                  throw FALLBACK;
                }
                s.skipWs();
              }
            }
          } else if (name.equals("manifest")) {
            if (s.peek() != '{') {
              throw FALLBACK;
            }
            cut(null, "/manifest", key);
          } else if (name.equals("$schema")) {
            if (s.peek() != '"') {
              throw FALLBACK;
            }
            s.skipString();
          } else {
            throw FALLBACK;
          }
          s.skipWs();
          int c = s.next();
          if (c == '}') {
            break;
          }
          if (c != ',') {
            throw FALLBACK;
          }
          s.skipWs();
        }
      }
      s.skipWs();
      if (s.peek() != -1) {
        throw FALLBACK;
      }
    }

    /** Cuts the object at the scanner into the batch. */
    private void cut(RecordType type, String pointer, Location key) throws IOException, Fallback {
      Scanner s = scanner;
      int line = s.line;
      int column = s.column();
      s.keep();
      long offset = s.offset();
      s.object(limits.maxDepth() - 2);
      int from = s.kept();
      int length = s.pos - from;
      if (length > limits.maxRecordValues()) {
        // It may hold more values than the limit: the reference reader counts them.
        throw FALLBACK;
      }
      Slice slice = new Slice(type, pointer, offset, batch.add(s.buf, from, length), length, line,
          column, 0, key);
      batch.slices.add(slice);
      batch.lastEnd = offset + length;
      s.release();
      rotate();
    }

    void lines() throws IOException, Fallback {
      Scanner s = scanner;
      // Lines are numbered as editors number them (and as the reference reader does): a lone \r
      // inside a line starts another one.
      int nextLine = 1;
      while (s.peek() != -1) {
        int lineNo = nextLine;
        s.keep();
        long offset = s.offset();
        int end = s.lineEnd();
        int from = s.kept();
        int length = end - from;
        boolean endsWithReturn = length > 0 && s.buf[from + length - 1] == '\r';
        nextLine = lineNo + s.returns + (endsWithReturn ? 0 : 1);
        if (endsWithReturn) {
          length--;
        }
        if (length > limits.maxLineLength() || length > limits.maxRecordValues()) {
          throw FALLBACK;
        }
        boolean blank = true;
        boolean simple = true;
        for (int i = from; i < from + length && blank; i++) {
          int b = s.buf[i] & 0xFF;
          if (b >= 0x80) {
            simple = false;
            break;
          }
          blank = b == ' ' || b == '\t' || (b >= 0x0B && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
        }
        if (!simple) {
          blank = new String(s.buf, from, length, StandardCharsets.UTF_8).isBlank();
        }
        if (!blank) {
          if (++records > limits.maxRecordsPerFile()) {
            throw FALLBACK;
          }
          batch.slices.add(new Slice(null, "", offset, batch.add(s.buf, from, length), length, lineNo,
              1, lineNo, null));
          batch.lastEnd = offset + length;
        }
        s.release();
        rotate();
      }
    }

    // ---- batches -------------------------------------------------------------------------------

    /** Closes a full batch, and hands on the batches whose records are safely behind the scanner. */
    private void rotate() throws Fallback {
      if (batch.size >= BATCH_BYTES || batch.slices.size() >= 2048) {
        waiting.add(batch);
        batch = new Batch();
      }
      long safe = scanner.offset() - LOOKAHEAD;
      while (!waiting.isEmpty() && waiting.peekFirst().lastEnd <= safe) {
        submit(waiting.removeFirst());
      }
    }

    void finish() throws Fallback {
      if (!batch.slices.isEmpty()) {
        waiting.add(batch);
      }
      while (!waiting.isEmpty()) {
        submit(waiting.removeFirst());
      }
      while (!running.isEmpty()) {
        deliver(running.removeFirst());
      }
    }

    private void submit(Batch b) throws Fallback {
      if (!parallel) {
        deliver(work(b));
        return;
      }
      ExecutorService p = pool();
      while (running.size() >= 2 * THREADS + 1) {
        deliver(running.removeFirst());
      }
      running.add(p.submit(() -> work(b)));
    }

    private void deliver(Future<List<Object>> f) throws Fallback {
      try {
        deliver(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading " + display, e);
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException r) {
          throw r;
        }
        if (c instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(c);
      }
    }

    private void deliver(List<Object> events) throws Fallback {
      for (Object e : events) {
        if (e == STOP) {
          throw FALLBACK;
        }
        if (e instanceof ReadRecord r) {
          listener.onRecord(r);
        } else if (e instanceof Prepared p) {
          preparer.handOn(p.prepared());
          listener.onRecord(p.record());
        } else if (e instanceof Finding f) {
          listener.onFinding(f);
        } else if (e instanceof ManifestEvent m) {
          listener.onManifest(m.manifest(), m.location());
        }
        delivered++;
      }
    }

    void cancel() {
      for (Future<List<Object>> f : running) {
        f.cancel(false);
      }
      running.clear();
      waiting.clear();
    }

    // ---- reading records -------------------------------------------------------------------------

    /** Reads the records of a batch; runs on a worker thread. */
    List<Object> work(Batch b) {
      Collector collector = new Collector(new ArrayList<>(b.slices.size() + 8));
      List<Object> events = collector.events;
      for (Slice s : b.slices) {
        int before = events.size();
        boolean ok = s.lineNo() > 0 ? line(b.data, s, collector) : member(b.data, s, collector);
        if (!ok) {
          // The reference reader reports this record and what follows it.
          events.subList(before, events.size()).clear();
          events.add(STOP);
          break;
        }
      }
      return events;
    }

    /** Reads a record or the manifest of a JSON document; false if the file must be read again. */
    private boolean member(byte[] data, Slice s, RecordListener out) {
      Location root = new Location(display, s.line(), s.column());
      if (s.type() != null) {
        PolicyRecord value = bind(readers.get(s.type()), data, s.start(), s.length());
        if (value != null) {
          emit(out, value, new ReadRecord(s.type(), value.id(), value, true, file, s.pointer(), root,
              new SliceLocator(mapper, file.path(), display, s.offset(), s.length(), root, false)));
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
          exact.manifest(tree, s.pointer(), s.key(), out);
        } else {
          exact.emit(file, s.type(), tree, s.pointer(), out);
        }
        return true;
      } catch (JacksonException e) {
        return false;
      }
    }

    /** Hands on a record the fast path bound, prepared if there is a {@link RecordPreparer}. */
    private void emit(RecordListener out, PolicyRecord value, ReadRecord record) {
      Object prepared = preparer == null ? null : preparer.prepare(value);
      if (prepared != null && out instanceof Collector c) {
        c.events.add(new Prepared(record, prepared));
      } else {
        out.onRecord(record);
      }
    }

    /** Reads one JSON Lines line. */
    private boolean line(byte[] data, Slice s, RecordListener out) {
      if (s.length() > 0 && data[s.start()] == '{') {
        // The common form: "$type" first, then the record.
        try (JsonParser p = strict.createParser(data, s.start(), s.length())) {
          if (p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.PROPERTY_NAME
              && p.currentName().equals("$type") && p.nextToken() == JsonToken.VALUE_STRING) {
            RecordType type = RecordType.forSingular(p.getString());
            if (type != null && p.nextToken() == JsonToken.PROPERTY_NAME) {
              PolicyRecord value = readers.get(type).readValue(p);
              if (p.nextToken() == null && ConstraintCheck.passes(value)) {
                Location root = new Location(display, s.lineNo(), 1);
                emit(out, value, new ReadRecord(type, value.id(), value, true, file, "", root,
                    new SliceLocator(mapper, file.path(), display, s.offset(), s.length(), root, true)));
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

    /** Binds a record from its bytes; null if it has any problem at all. */
    private PolicyRecord bind(ObjectReader reader, byte[] data, int start, int length) {
      try (JsonParser p = reader.createParser(data, start, length)) {
        PolicyRecord value = reader.readValue(p);
        if (p.nextToken() != null || !ConstraintCheck.passes(value)) {
          return null;
        }
        return value;
      } catch (RuntimeException e) {
        return null;
      }
    }
  }

  /** Collects a batch's events in order. */
  private static final class Collector implements RecordListener {
    final List<Object> events;

    Collector(List<Object> events) {
      this.events = events;
    }

    @Override
    public void onRecord(ReadRecord record) {
      events.add(record);
    }

    @Override
    public void onManifest(Manifest manifest, Location location) {
      events.add(new ManifestEvent(manifest, location));
    }

    @Override
    public void onFinding(Finding finding) {
      events.add(finding);
    }
  }

  private static ExecutorService pool() {
    ExecutorService p = pool;
    if (p == null) {
      synchronized (FastReader.class) {
        p = pool;
        if (p == null) {
          p = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "policyset-reader");
            t.setDaemon(true);
            return t;
          });
          pool = p;
        }
      }
    }
    return p;
  }

  /** Passes events on to a listener, less the first {@code skip} (onFile included). */
  private static final class Skipping implements RecordListener {
    private final RecordListener delegate;
    private long skip;

    Skipping(RecordListener delegate, long skip) {
      this.delegate = delegate;
      this.skip = skip;
    }

    private boolean pass() {
      if (skip > 0) {
        skip--;
        return false;
      }
      return true;
    }

    @Override
    public void onFile(InputFile file) {
      if (pass()) {
        delegate.onFile(file);
      }
    }

    @Override
    public void onRecord(ReadRecord record) {
      if (pass()) {
        delegate.onRecord(record);
      }
    }

    @Override
    public void onManifest(Manifest manifest, Location location) {
      if (pass()) {
        delegate.onManifest(manifest, location);
      }
    }

    @Override
    public void onFinding(Finding finding) {
      if (pass()) {
        delegate.onFinding(finding);
      }
    }
  }

  /**
   * Walks a file's bytes, checking UTF-8 and counting lines and columns as Jackson's character
   * parser does (a column counts UTF-16 units; {@code \r}, {@code \n} and {@code \r\n} end a line).
   */
  private static final class Scanner {
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;

    /**
     * Whether a word of eight bytes may hold a byte that ends a run of plain string content: a
     * non-ASCII byte (its top bit), or, in a word of ASCII bytes, a control below 0x20, a quote or a
     * backslash: subtracting one from each byte sets the top bit of a byte that was zero, and a byte
     * below 0x20 sets it once 0x20 is subtracted. A borrow can only flag a word that has such a byte
     * anyway, so no byte that matters is ever skipped.
     */
    private static boolean stringSpecial(long w) {
      long t = w | (w - 0x20 * ONES) | ((w ^ ('"' * ONES)) - ONES) | ((w ^ ('\\' * ONES)) - ONES);
      return (t & HIGH) != 0;
    }

    /** Reads eight bytes of an array as one long. */
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Bytes the record scanner must look at: controls, non-ASCII, quotes, backslashes, brackets. */
    private static final boolean[] SPECIAL = new boolean[256];

    static {
      for (int c = 0; c < 256; c++) {
        SPECIAL[c] = c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || c == '{' || c == '}'
            || c == '[' || c == ']';
      }
    }

    private final InputStream in;
    byte[] buf = new byte[CHUNK];
    int pos;
    int limit;
    /** The file offset of {@code buf[0]}. */
    long base;
    boolean eof;
    /** Bytes from this index on are kept when the buffer is refilled; -1 for none. */
    private int keep = -1;
    int line = 1;
    /** The file offset where the current line starts. */
    long lineStart;
    /** Characters less bytes on the current line so far (negative with multi-byte characters). */
    int adjust;
    /** The file offset of the last {@code \r} consumed, which a {@code \n} right after joins. */
    long lastCr = -2;

    Scanner(InputStream in) {
      this.in = in;
    }

    long offset() {
      return base + pos;
    }

    int column() {
      return (int) (offset() - lineStart) + adjust + 1;
    }

    void keep() {
      keep = pos;
    }

    int kept() {
      return keep;
    }

    void release() {
      keep = -1;
    }

    /** Reads more bytes; false at the end of the file. */
    private boolean fill() throws IOException {
      if (eof) {
        return false;
      }
      int from = keep >= 0 ? keep : pos;
      if (from > 0) {
        System.arraycopy(buf, from, buf, 0, limit - from);
        base += from;
        pos -= from;
        limit -= from;
        if (keep >= 0) {
          keep = 0;
        }
      }
      if (limit == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
        return false;
      }
      limit += n;
      return true;
    }

    int peek() throws IOException {
      while (pos >= limit) {
        if (!fill()) {
          return -1;
        }
      }
      return buf[pos] & 0xFF;
    }

    /** Consumes one ASCII frame byte; returns it, or -1 at the end. */
    int next() throws IOException, Fallback {
      int b = peek();
      if (b >= 0x80) {
        throw FALLBACK;
      }
      if (b >= 0) {
        consume(b);
      }
      return b;
    }

    void expect(char c) throws IOException, Fallback {
      if (next() != c) {
        throw FALLBACK;
      }
    }

    /** Consumes an ASCII byte, counting lines. */
    private void consume(int b) {
      pos++;
      if (b == '\n') {
        if (lastCr != offset() - 2) {
          line++;
        }
        lineStart = offset();
        adjust = 0;
      } else if (b == '\r') {
        line++;
        lastCr = offset() - 1;
        lineStart = offset();
        adjust = 0;
      }
    }

    void skipWs() throws IOException {
      while (true) {
        int b = peek();
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
          consume(b);
        } else {
          return;
        }
      }
    }

    /**
     * Whether the {@code u} at {@link #pos} starts an escape of a UTF-16 surrogate ({@code \\uD800}
     * to {@code \\uDFFF}): the reference path reads those, and reports one left unpaired. A {@code u}
     * whose four hex digits are not yet in the buffer is sent there too.
     */
    boolean surrogateEscape() {
      if (pos + 3 > limit) {
        return true;
      }
      int h = buf[pos + 1] | 0x20;
      return h == 'd' && (buf[pos + 2] >= '8' && buf[pos + 2] <= '9' || (buf[pos + 2] | 0x20) >= 'a'
          && (buf[pos + 2] | 0x20) <= 'f');
    }

    /** Reads a string of plain ASCII without escapes; anything else is left to the reference. */
    String simpleString() throws IOException, Fallback {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        int b = peek();
        if (b == '"') {
          consume(b);
          return sb.toString();
        }
        if (b < 0x20 || b >= 0x80 || b == '\\') {
          throw FALLBACK;
        }
        consume(b);
        sb.append((char) b);
      }
    }

    void skipString() throws IOException, Fallback {
      expect('"');
      while (true) {
        int b = peek();
        if (b < 0) {
          throw FALLBACK;
        }
        if (b >= 0x80) {
          utf8(b);
        } else if (b == '"') {
          consume(b);
          return;
        } else if (b == '\\') {
          consume(b);
          int e = peek();
          if (e < 0x20 || e >= 0x80 || e == 'u' && surrogateEscape()) {
            throw FALLBACK;
          }
          consume(e);
        } else if (b < 0x20) {
          throw FALLBACK;
        } else {
          consume(b);
        }
      }
    }

    /** Consumes one object or array, checking nesting no deeper than {@code maxDepth}. */
    void object(int maxDepth) throws IOException, Fallback {
      int depth = 0;
      boolean string = false;
      while (true) {
        if (pos >= limit && (pos - keep > MAX_SLICE || !fill())) {
          throw FALLBACK;
        }
        byte[] b = buf;
        int p = pos;
        int end = limit;
        if (string) {
          // Inside a string only a quote, a backslash, a control or a non-ASCII byte matters:
          // eight bytes at a time while a word has none (see stringSpecial).
          while (p + 8 <= end && !stringSpecial((long) LONGS.get(b, p))) {
            p += 8;
          }
        }
        // The common case: printable ASCII that is neither a quote, a backslash nor a bracket.
        while (p < end && !SPECIAL[b[p] & 0xFF]) {
          p++;
        }
        pos = p;
        if (p == end) {
          continue;
        }
        int c = b[p] & 0xFF;
        if (c >= 0x80) {
          utf8(c);
        } else if (string) {
          if (c == '"') {
            string = false;
            consume(c);
          } else if (c == '\\') {
            consume(c);
            int e = peek();
            if (e < 0x20 || e >= 0x80 || e == 'u' && surrogateEscape()) {
              throw FALLBACK;
            }
            consume(e);
          } else if (c < 0x20) {
            throw FALLBACK; // a control character in a string: a syntax error
          } else {
            consume(c);
          }
        } else if (c == '"') {
          string = true;
          consume(c);
        } else if (c == '{' || c == '[') {
          if (++depth > maxDepth) {
            throw FALLBACK;
          }
          consume(c);
        } else if (c == '}' || c == ']') {
          consume(c);
          if (--depth == 0) {
            return;
          }
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
          consume(c);
        } else {
          throw FALLBACK;
        }
      }
    }

    /** The number of {@code \r} in the line {@link #lineEnd} last consumed. */
    int returns;
    /** Lines longer than this many bytes are left to the reference reader. */
    long maxLine = Long.MAX_VALUE;

    /** Consumes a line and its end; returns the index where its content ends. */
    int lineEnd() throws IOException, Fallback {
      returns = 0;
      while (true) {
        if (pos >= limit && pos - keep > Math.min(MAX_SLICE, maxLine)) {
          throw FALLBACK;
        }
        if (pos >= limit && !fill()) {
          return pos;
        }
        byte[] b = buf;
        int p = pos;
        int end = limit;
        while (p < end) {
          // Eight bytes at a time while none is a control up to \r, a non-ASCII byte or a
          // backslash: a byte below 0x0E sets its top bit once 0x0E is taken from it, and a
          // non-ASCII byte has it set already (a borrow can only flag a word that has such a byte
          // anyway); a backslash is a zero byte of w ^ 0x5C.. (the exact zero-byte test).
          if (p + 8 <= end) {
            long w = (long) LONGS.get(b, p);
            long x = w ^ 0x5C5C5C5C5C5C5C5CL;
            if ((((w - 0x0E0E0E0E0E0E0E0EL) | w | ((x - 0x0101010101010101L) & ~x))
                & 0x8080808080808080L) == 0) {
              p += 8;
              continue;
            }
          }
          byte c = b[p];
          if (c <= '\r') {
            if (c < 0 || c == '\n') {
              break;
            }
            if (c == '\r') {
              returns++;
            }
          } else if (c == '\\' && (p + 3 >= end || b[p + 1] == 'u' && (b[p + 2] | 0x20) == 'd'
              && (b[p + 3] >= '8' && b[p + 3] <= '9' || (b[p + 3] | 0x20) >= 'a' && (b[p + 3] | 0x20) <= 'f'))) {
            // Maybe an escaped surrogate (or an escape cut by the buffer's end): the reference
            // path reads the line and reports one left unpaired.
            throw FALLBACK;
          }
          p++;
        }
        pos = p;
        if (p == end) {
          continue;
        }
        int c = b[p] & 0xFF;
        if (c == '\n') {
          int contentEnd = p;
          pos++;
          line++;
          lineStart = offset();
          adjust = 0;
          return contentEnd;
        }
        utf8(c);
      }
    }

    /** Checks and consumes one multi-byte UTF-8 character starting with {@code lead}. */
    private void utf8(int lead) throws IOException, Fallback {
      int n;
      int min = 0x80;
      int max = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        n = 1;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        n = 2;
        if (lead == 0xE0) {
          min = 0xA0;
        } else if (lead == 0xED) {
          max = 0x9F;
        }
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        n = 3;
        if (lead == 0xF0) {
          min = 0x90;
        } else if (lead == 0xF4) {
          max = 0x8F;
        }
      } else {
        throw FALLBACK;
      }
      while (limit - pos < n + 1) {
        if (!fill()) {
          throw FALLBACK;
        }
      }
      for (int i = 1; i <= n; i++) {
        int c = buf[pos + i] & 0xFF;
        if (c < (i == 1 ? min : 0x80) || c > (i == 1 ? max : 0xBF)) {
          throw FALLBACK;
        }
      }
      pos += n + 1;
      adjust += (n == 3 ? 2 : 1) - (n + 1);
    }
  }
}
