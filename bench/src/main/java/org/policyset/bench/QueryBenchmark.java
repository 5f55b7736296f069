package org.policyset.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.io.InputFile;
import org.policyset.core.model.Dataset;
import org.policyset.core.query.Query;

/** One filter (stances of one actor) over 20,000 records: in memory, and counted while reading. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueryBenchmark {

  private InputFile file;
  private Dataset dataset;
  private final Query query = Query.stances().actor("actor-7");

  @Setup
  public void setup() {
    file = Data.file("jsonl");
    dataset = DatasetReader.create().load(List.of(file.path())).dataset();
  }

  @Benchmark
  public int filterInMemory() {
    return query.count(dataset);
  }

  @Benchmark
  public int countWhileReading() {
    return query.countWhileReading(DatasetReader.create(), List.of(file.path())).result().total();
  }
}
