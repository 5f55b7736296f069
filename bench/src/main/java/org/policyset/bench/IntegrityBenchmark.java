package org.policyset.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.policyset.core.read.internal.fast.FastReader;
import org.policyset.core.validation.internal.integrity.IntegrityIndex;
import org.policyset.core.validation.internal.provenance.ProvenanceIndex;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.diagnostic.Finding;

/** The integrity and provenance layers over the 20,000 records of a file, read beforehand. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IntegrityBenchmark {

  private final List<ReadRecord> records = new ArrayList<>();

  @Setup
  public void setup() {
    new FastReader(ReadLimits.DEFAULTS).read(Data.file("jsonl"), new RecordListener() {
      @Override
      public void onRecord(ReadRecord record) {
        records.add(record);
      }

      @Override
      public void onFinding(Finding finding) {
        throw new IllegalStateException(finding.toString());
      }
    });
  }

  @Benchmark
  public int integrity() {
    int[] n = new int[1];
    IntegrityIndex index = new IntegrityIndex(f -> n[0]++);
    for (ReadRecord r : records) {
      index.accept(r);
    }
    index.finish(true);
    return n[0];
  }

  @Benchmark
  public int provenance() {
    int[] n = new int[1];
    ProvenanceIndex index = new ProvenanceIndex(f -> n[0]++);
    for (ReadRecord r : records) {
      index.accept(r);
    }
    index.finish(true);
    return n[0];
  }
}
