package org.policyset.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.policyset.core.read.internal.reference.DocumentReader;
import org.policyset.core.read.internal.fast.FastReader;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.diagnostic.Finding;

/** Reading a 20,000-record file through the syntax and shape layers: fast reader vs reference. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReaderBenchmark {

  @Param({"json", "jsonl"})
  public String format;

  private InputFile file;

  @Setup
  public void setup() {
    file = Data.file(format);
  }

  /** Counts what a read reports. */
  static final class Counter implements RecordListener {
    long records;
    long findings;

    @Override
    public void onRecord(ReadRecord record) {
      records++;
    }

    @Override
    public void onFinding(Finding finding) {
      findings++;
    }
  }

  @Benchmark
  public long fastReader() {
    Counter c = new Counter();
    new FastReader(ReadLimits.DEFAULTS).read(file, c);
    return c.records;
  }

  @Benchmark
  public long referenceReader() {
    Counter c = new Counter();
    new DocumentReader(ReadLimits.DEFAULTS).read(file, c);
    return c.records;
  }
}
