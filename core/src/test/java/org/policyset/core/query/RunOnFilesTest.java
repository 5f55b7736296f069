package org.policyset.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;
import org.policyset.core.read.DatasetReader;

/**
 * {@link Query#run(DatasetReader, List)} gives what a run on the loaded dataset gives, whether it
 * counts while reading (a query that keeps no match) or reads the dataset into memory.
 */
class RunOnFilesTest {

  private static final Dataset DATA = QueryFixture.load();

  @TempDir
  Path dir;

  static Stream<Query> queries() {
    Query s = Query.stances();
    return Stream.of(
        s,
        s.limit(0),
        s.actor("bd").includeGroups(true).limit(0),
        s.topic("regional-security").includeSubtopics(true).limit(0),
        s.principle("sovereignty").position(Position.SUPPORTS).limit(0),
        s.from(PartialDate.parse("2025")).text("ceasefire").limit(0),
        s.asOf(LocalDate.of(2024, 6, 1)).limit(0),
        s.asOf(LocalDate.of(2024, 6, 1)),
        s.actor("sy").sortBy("-date").limit(2),
        s.groupBy("position"),
        s.groupBy("holders").limit(0),
        Query.events().actor("sy").includeGroups(true).limit(0),
        Query.events().groupBy("year").limit(1),
        Query.of(RecordType.ACTOR).text("forum").limit(0),
        Query.of(RecordType.SOURCE).from(PartialDate.parse("2024")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void givesWhatARunOnTheLoadedDatasetGives(Query q) {
    QueryResult expected = q.run(DATA);

    Query.Outcome outcome = q.run(DatasetReader.create(), List.of(QueryFixture.path()));

    assertThat(outcome.errors()).isEmpty();
    QueryResult r = outcome.result();
    assertThat(r.query()).isSameAs(q);
    assertThat(r.total()).isEqualTo(expected.total());
    assertThat(r.ids()).isEqualTo(expected.ids());
    assertThat(r.groupBy()).isEqualTo(expected.groupBy());
    assertThat(r.groups()).isEqualTo(expected.groups());
    assertThat(r.totalGroups()).isEqualTo(expected.totalGroups());
  }

  @Test
  void aCountOnlyQueryOnBrokenInputsReturnsTheirErrorsAsALoadWould() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"stances\": [");
    List<Path> inputs = List.of(QueryFixture.path(), broken);

    for (Query q : List.of(Query.stances().limit(0), Query.stances(), Query.stances().groupBy("topic"))) {
      Query.Outcome outcome = q.run(DatasetReader.create(), inputs);

      assertThat(outcome.result()).as(q.toString()).isNull();
      assertThat(outcome.errors()).as(q.toString())
          .isEqualTo(DatasetReader.create().load(inputs).errors())
          .extracting(f -> f.rule().code()).containsExactly("PS101");
    }
  }

  @Test
  void anUnknownIdIsRefusedWithAHintWhicheverWayTheQueryRuns() {
    for (Query q : List.of(Query.stances().actor("syldavia").limit(0), Query.stances().actor("syldavia"))) {
      assertThatThrownBy(() -> q.run(DatasetReader.create(), List.of(QueryFixture.path())))
          .isInstanceOf(QueryException.class)
          .hasMessage("unknown actor 'syldavia'")
          .extracting(e -> ((QueryException) e).hint()).isEqualTo("did you mean 'sy' (Syldavia)?");
    }
  }
}
