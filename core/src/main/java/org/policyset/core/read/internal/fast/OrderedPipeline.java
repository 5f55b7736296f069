package org.policyset.core.read.internal.fast;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.io.RecordPreparer;
import org.policyset.core.model.RecordType;

/**
 * Takes one file's slices from a slicer, binds them in batches (on worker threads for a large file)
 * and delivers what they give to the listener in file order, on the calling thread; counts what it
 * delivered, so that {@link FallbackReplay} can skip it.
 *
 * <p>A batch is handed to the {@link SliceBinder} only once the scanner has checked the UTF-8 well
 * past its last record ({@link #LOOKAHEAD}): the reference reader, which stops at the first invalid
 * byte a buffer's length earlier or later, has then reported every record already handed on. At
 * most {@code 2 * THREADS + 1} batches are bound at once; a batch that ends with
 * {@link BatchEvents#STOP} makes {@link #rotate} or {@link #finish} throw {@link Fallback} once
 * everything before it is delivered.
 */
final class OrderedPipeline {
  /** How far past a record the UTF-8 must be checked before the record is handed on. */
  private static final long LOOKAHEAD = 1 << 20;
  /** Worker threads, one a processor. */
  static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private static volatile @Nullable ExecutorService pool;

  private final SliceBinder binder;
  private final InputFile file;
  private final String display;
  private final RecordListener listener;
  private final @Nullable RecordPreparer preparer;
  private final boolean parallel;
  /** Events handed to the listener, onFile included. */
  private long delivered;
  private Batch batch = new Batch();
  private final ArrayDeque<Batch> waiting = new ArrayDeque<>();
  private final ArrayDeque<Future<List<Object>>> running = new ArrayDeque<>();

  /**
   * Creates the pipeline of one read of {@code file}.
   *
   * @param parallel whether batches are bound on worker threads
   */
  OrderedPipeline(SliceBinder binder, InputFile file, RecordListener listener, boolean parallel) {
    this.binder = binder;
    this.file = file;
    this.display = file.display();
    this.listener = listener;
    this.preparer = binder.preparer();
    this.parallel = parallel;
  }

  /** Tells the listener the file starts. */
  void deliverFile() {
    listener.onFile(file);
    delivered++;
  }

  /** The number of events handed to the listener so far, onFile included. */
  long delivered() {
    return delivered;
  }

  /**
   * Adds a record to the batch being filled, copying its {@code length} bytes from {@code src} at
   * {@code from}; the other parameters are those of {@link Slice}.
   */
  void add(@Nullable RecordType type, String pointer, long offset, byte[] src, int from, int length,
      int line, int column, int lineNo, @Nullable Location key) {
    batch.slices.add(new Slice(type, pointer, offset, batch.add(src, from, length), length, line,
        column, lineNo, key));
    batch.lastEnd = offset + length;
  }

  /**
   * Closes a full batch, and hands on the batches whose records are safely behind {@code scanned},
   * the file offset up to which the scanner has checked the bytes.
   */
  void rotate(long scanned) throws Fallback {
    if (batch.full()) {
      waiting.add(batch);
      batch = new Batch();
    }
    long safe = scanned - LOOKAHEAD;
    while (!waiting.isEmpty() && waiting.peekFirst().lastEnd <= safe) {
      submit(waiting.removeFirst());
    }
  }

  /** Binds and delivers everything left, once the whole file has been scanned. */
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

  /** Drops the batches not yet delivered. */
  void cancel() {
    for (Future<List<Object>> f : running) {
      f.cancel(false);
    }
    running.clear();
    waiting.clear();
  }

  private void submit(Batch b) throws Fallback {
    if (!parallel) {
      deliver(binder.bind(b, file));
      return;
    }
    ExecutorService p = pool();
    while (running.size() >= 2 * THREADS + 1) {
      deliver(running.removeFirst());
    }
    running.add(p.submit(() -> binder.bind(b, file)));
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
      if (e == BatchEvents.STOP) {
        throw Fallback.INSTANCE;
      }
      if (e instanceof ReadRecord r) {
        listener.onRecord(r);
      } else if (e instanceof BatchEvents.Prepared p) {
        Objects.requireNonNull(preparer, "records are prepared only with a preparer").handOn(p.prepared());
        listener.onRecord(p.record());
      } else if (e instanceof Finding f) {
        listener.onFinding(f);
      } else if (e instanceof BatchEvents.ManifestEvent m) {
        listener.onManifest(m.manifest(), m.location());
      }
      delivered++;
    }
  }

  private static ExecutorService pool() {
    ExecutorService p = pool;
    if (p == null) {
      synchronized (OrderedPipeline.class) {
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
}
