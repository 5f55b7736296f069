package org.policyset.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyset.core.GeneratedData;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Topic;

class CountWhileReadingTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(value = InputFormat.class, names = {"JSON", "JSON_LINES"})
  void countsWhatTheInMemoryQueryCounts(InputFormat format) throws Exception {
    Path file = generated(format);
    DatasetReader reader = DatasetReader.create();
    DatasetReader.Result loaded = reader.load(List.of(file));
    Dataset data = loaded.dataset();
    // An actor whose groups hold stances of their own, and a topic whose sub-topics have stances:
    // their matches are known only at the end.
    String member = data.actors().stream().map(Actor::id)
        .filter(a -> Query.stances().actor(a).includeGroups(true).count(data)
            > Query.stances().actor(a).count(data))
        .findFirst().orElseThrow();
    String parent = data.topics().stream().map(Topic::id)
        .filter(t -> Query.stances().topic(t).includeSubtopics(true).count(data)
            > Query.stances().topic(t).count(data))
        .findFirst().orElseThrow();
    List<Query> queries = List.of(
        Query.stances(),
        Query.stances().actor("actor-3"),
        Query.stances().actor("actor-3", "actor-9").includeGroups(true),
        Query.stances().actor(member).includeGroups(true),
        Query.stances().actor(member).includeGroups(true).topic(parent).includeSubtopics(true),
        Query.stances().actor(member).topic(parent).includeSubtopics(true),
        Query.stances().topic(parent).includeSubtopics(true),
        Query.events().actor(member).includeGroups(true).topic(parent).includeSubtopics(true),
        Query.stances().actor("actor-2").includeGroups(true).topic("topic-2").includeSubtopics(true),
        Query.stances().actor("actor-2").includeGroups(true).topic("topic-2"),
        Query.stances().actor("actor-2").topic("topic-0").includeSubtopics(true),
        Query.stances().topic("topic-0").includeSubtopics(true),
        Query.stances().topic("topic-2").includeSubtopics(true).position(Position.SUPPORTS),
        Query.stances().principle("principle-1").text("solidarity"),
        Query.stances().principle("principle-1", "principle-2").actor("actor-4").includeGroups(true),
        Query.events().actor("actor-1").from(PartialDate.parse("1990")),
        Query.events().actor("actor-1").includeGroups(true),
        Query.events().actor("actor-5").includeGroups(true).topic("topic-0").includeSubtopics(true),
        Query.events().topic("topic-1"),
        Query.of(RecordType.SOURCE).text("security"));
    for (Query q : queries) {
      Query.Counted c = q.countWhileReading(reader, List.of(file));
      assertThat(c.errors()).isEmpty();
      assertThat(c.result().total()).as(q.toString()).isEqualTo(q.count(loaded.dataset()));
    }
    assertThat(queries.get(1).count(loaded.dataset())).isPositive();
    assertThatThrownBy(() -> Query.stances().actor("actor-x").countWhileReading(reader, List.of(file)))
        .isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> Query.stances().actor("actor-1").includeGroups(true).topic("topic-x")
        .includeSubtopics(true).countWhileReading(reader, List.of(file)))
        .isInstanceOf(QueryException.class).hasMessageContaining("topic-x");
    assertThatThrownBy(() -> Query.stances().principle("principle-x")
        .countWhileReading(reader, List.of(file)))
        .isInstanceOf(QueryException.class).hasMessageContaining("principle-x");
  }

  @Test
  void returnsTheErrorsOfBrokenInputs() throws Exception {
    // Generated: 500 records, seed 4, 10% injected errors.
    Path file = GeneratedData.file("e.json", dir);
    Query.Counted c = Query.stances().countWhileReading(DatasetReader.create(), List.of(file));
    assertThat(c.result()).isNull();
    assertThat(c.errors()).isEqualTo(DatasetReader.create().load(List.of(file)).errors());
  }

  /** 3,000 generated records, seed 4 (see the resource's README); as JSON Lines, the same records. */
  private Path generated(InputFormat format) throws java.io.IOException {
    Path document = GeneratedData.file("d.json", dir);
    if (format == InputFormat.JSON) {
      return document;
    }
    Path lines = dir.resolve("d.jsonl");
    java.nio.file.Files.writeString(lines, org.policyset.core.write.CanonicalJson.jsonLines(
        DatasetReader.create().load(List.of(document)).dataset()));
    return lines;
  }
}
