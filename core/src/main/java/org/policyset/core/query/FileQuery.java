package org.policyset.core.query;

import java.nio.file.Path;
import java.util.List;
import org.policyset.core.read.DatasetReader;

/**
 * Runs a query on dataset files: counts while reading ({@link StreamingCount}) where the result
 * needs only the total and the query allows it, else reads the dataset into memory and runs the
 * query there ({@link InMemoryQuery}). Either way the inputs are read whole before any id a filter
 * names is checked, so that errors in the inputs come first.
 */
final class FileQuery {
  private FileQuery() {}

  /** {@link Query#run(DatasetReader, List)}: the result {@link InMemoryQuery} gives, made cheaply. */
  static Query.Outcome run(Query query, QuerySpec spec, DatasetReader reader, List<Path> inputs) {
    if (spec.countsOnly() && StreamingCount.handles(spec)) {
      Query.Counted counted = count(query, spec, reader, inputs);
      return new Query.Outcome(counted.result(), counted.errors());
    }
    DatasetReader.Result read = reader.load(inputs);
    if (!read.errors().isEmpty()) {
      return new Query.Outcome(null, read.errors());
    }
    return new Query.Outcome(InMemoryQuery.run(query, spec, read.dataset()), List.of());
  }

  /** {@link Query#countWhileReading}: streams unless the query needs the dataset in memory. */
  static Query.Counted count(Query query, QuerySpec spec, DatasetReader reader, List<Path> inputs) {
    if (!StreamingCount.handles(spec)) {
      DatasetReader.Result read = reader.load(inputs);
      if (!read.errors().isEmpty()) {
        return new Query.Counted(null, read.errors());
      }
      return new Query.Counted(totalOnly(query, InMemoryQuery.run(query, spec, read.dataset()).total()),
          List.of());
    }
    StreamingCount counting = new StreamingCount(spec);
    reader.read(inputs, counting);
    if (!counting.errors().isEmpty()) {
      return new Query.Counted(null, counting.errors());
    }
    return new Query.Counted(totalOnly(query, counting.total()), List.of());
  }

  /** A result of the query that holds only the number of matches. */
  private static QueryResult totalOnly(Query query, int total) {
    return new QueryResult(query, total, List.of(), null, List.of(), 0);
  }
}
