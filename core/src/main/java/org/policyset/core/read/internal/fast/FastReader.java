package org.policyset.core.read.internal.fast;

import java.io.IOException;
import java.util.List;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.RecordListener;
import org.policyset.core.io.RecordPreparer;
import org.policyset.core.read.internal.reference.DocumentReader;
import org.policyset.core.read.internal.reference.FindingBudget;
import org.policyset.core.read.internal.reference.GuardedInput;
import org.policyset.core.read.internal.shape.ConstraintCheck;

/**
 * Reads a dataset file fast, with the same results as {@link DocumentReader}, which stays the
 * reference.
 *
 * <p>A byte scanner checks the UTF-8 and the document's frame (sections, manifest, {@code $schema})
 * and cuts the file into one slice a record, noting where each starts. Slices go in batches to
 * worker threads, which bind each record straight from its bytes with Jackson (duplicate keys
 * refused) and check its constraints with {@link ConstraintCheck}; no tree and no positions are
 * built. A record that does not pass is read again from its slice by the reference path, so its
 * findings are those the reference reader gives. Results reach the listener in file order, on the
 * calling thread.
 *
 * <p>Anything the scanner does not expect (a byte order mark, invalid UTF-8, a syntax error in the
 * frame or in a record, an unknown or repeated section, a limit reached) stops the fast path: the
 * reference reader then reads the file from its start, and the events the listener has already had
 * are skipped, so the listener sees exactly what the reference reader reports. Records are handed
 * on only once the UTF-8 has been checked well past their end, so that the reference reader, which
 * stops at the first invalid byte a buffer's length earlier or later, has reported every record
 * already handed on.
 *
 * <p>This class only puts the parts together (see the package overview): {@link ByteScanner},
 * {@link DocumentSlicer} or {@link LineSlicer}, {@link OrderedPipeline}, {@link SliceBinder} and
 * {@link FallbackReplay}.
 */
public final class FastReader {
  /** Files at least this large are read by worker threads. */
  private static final long PARALLEL_BYTES = 4L << 20;

  private final ReadLimits limits;
  private final DocumentReader exact;
  private final SliceBinder binder;
  private final FallbackReplay replay;
  private final long parallelBytes;

  /** Has records prepared by {@code p} as they are bound; returns this reader. */
  public FastReader preparing(RecordPreparer p) {
    binder.preparing(p);
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
    this(limits, all, parallelBytes, org.policyset.core.model.SchemaVersions.V1);
  }

  /** Returns a reader of records of schema version {@code version}. */
  public static FastReader ofVersion(ReadLimits limits, boolean all, int version) {
    return new FastReader(limits, all, PARALLEL_BYTES, version);
  }

  /** Creates a reader of records of schema version {@code version} that reads files of at least {@code parallelBytes} bytes on worker threads. */
  public FastReader(ReadLimits limits, boolean all, long parallelBytes, int version) {
    this.parallelBytes = parallelBytes;
    this.limits = limits;
    this.exact = new DocumentReader(limits, all, version);
    this.binder = new SliceBinder(limits, exact);
    this.replay = new FallbackReplay(exact);
  }

  /**
   * Builds, with the default limits, what reading valid records needs (the shared mapper, each
   * record type's deserializer, its constraint checks), so that it is ready when reading starts.
   * Readers work the same whether or not this ran, and it is safe to run on any thread.
   */
  public static void warmUp() {
    SliceBinder.warmUp();
  }

  /**
   * Returns how many files this reader left to the reference reader from their start (the results
   * are the same; only the speed differs), for tests and diagnostics.
   */
  int wholeFileFallbacks() {
    return replay.files();
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
    OrderedPipeline pipeline = new OrderedPipeline(binder, file, budget,
        input.size() >= parallelBytes && OrderedPipeline.THREADS > 1);
    boolean complete = true;
    try {
      ByteScanner scanner = new ByteScanner(input, limits.maxLineLength());
      pipeline.deliverFile();
      if (file.format() == InputFormat.JSON_LINES) {
        new LineSlicer(scanner, limits, pipeline).slice();
      } else {
        new DocumentSlicer(scanner, limits, file.display(), pipeline, exact.version()).slice();
      }
      pipeline.finish();
    } catch (FindingBudget.Exhausted e) {
      pipeline.cancel();
      complete = false;
    } catch (Fallback | IOException e) {
      pipeline.cancel();
      return replay.replay(file, input, pipeline.delivered(), listener);
    } catch (RuntimeException | Error e) {
      pipeline.cancel();
      input.release();
      throw e;
    }
    boolean unchanged = input.checkUnchanged(listener::onFinding);
    input.release();
    return complete && unchanged;
  }
}
