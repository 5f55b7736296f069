package org.policyset.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.generate.DatasetGenerator;
import org.policyset.core.io.DatasetReader;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;

class CountWhileReadingTest {

  @TempDir
  Path dir;

  @Test
  void countsWhatTheInMemoryQueryCounts() throws Exception {
    Path file = DatasetGenerator.records(3_000).seed(4).write(dir.resolve("d.jsonl"),
        InputFormat.JSON_LINES).file();
    DatasetReader reader = DatasetReader.create();
    DatasetReader.Result loaded = reader.load(List.of(file));
    List<Query> queries = List.of(
        Query.stances(),
        Query.stances().actor("actor-3"),
        Query.stances().actor("actor-3", "actor-9").includeGroups(true),
        Query.stances().topic("topic-2").includeSubtopics(true).position(Position.SUPPORTS),
        Query.stances().principle("principle-1").text("solidarity"),
        Query.events().actor("actor-1").from(org.policyset.core.model.PartialDate.parse("1990")),
        Query.of(RecordType.SOURCE).text("security"));
    for (Query q : queries) {
      Query.Counted c = q.countWhileReading(reader, List.of(file));
      assertThat(c.errors()).isEmpty();
      assertThat(c.result().total()).as(q.toString()).isEqualTo(q.count(loaded.dataset()));
    }
    assertThat(queries.get(1).count(loaded.dataset())).isPositive();
    assertThatThrownBy(() -> Query.stances().actor("actor-x").countWhileReading(reader, List.of(file)))
        .isInstanceOf(QueryException.class);
  }

  @Test
  void returnsTheErrorsOfBrokenInputs() throws Exception {
    Path file = DatasetGenerator.records(500).seed(4).invalidRate(0.1).write(dir.resolve("e.json"),
        InputFormat.JSON).file();
    Query.Counted c = Query.stances().countWhileReading(DatasetReader.create(), List.of(file));
    assertThat(c.result()).isNull();
    assertThat(c.errors()).isEqualTo(DatasetReader.create().load(List.of(file)).errors());
  }
}
