package org.policyset.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.EventType;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;

/**
 * A query keeps what it was asked, refuses what it cannot mean whichever order the options come in,
 * and suggests the record a user probably meant by its name.
 */
class QueryOptionsTest {

  private static final Dataset DATA = QueryFixture.load();

  @TempDir
  Path dir;

  private static PartialDate d(String s) {
    return PartialDate.parse(s);
  }

  @Test
  void anEmptyDateRangeIsRefusedWhicheverBoundComesFirst() {
    assertThatThrownBy(() -> Query.stances().to(d("2025")).from(d("2026")))
        .isInstanceOf(QueryException.class).hasMessageContaining("is empty");
    assertThatThrownBy(() -> Query.stances().from(d("2026")).to(d("2025")))
        .isInstanceOf(QueryException.class).hasMessageContaining("is empty");
    assertThat(Query.stances().to(d("2025")).from(d("2025-12")).from()).isEqualTo(d("2025-12"));
  }

  @Test
  void filtersThatDoNotApplyAreRefusedForEveryBound() {
    assertThatThrownBy(() -> Query.of(RecordType.TOPIC).to(d("2025")))
        .isInstanceOf(QueryException.class).hasMessage("the date filter does not apply to topics");
    assertThatThrownBy(() -> Query.of(RecordType.SOURCE).topic("peace"))
        .isInstanceOf(QueryException.class).hasMessage("the topic filter does not apply to sources");
  }

  @Test
  void aQueryReportsBackEveryOptionItWasGiven() {
    Query q = Query.stances().actor("sy").includeGroups(true).topic("border-ceasefire")
        .includeSubtopics(true).principle("sovereignty").position(Position.SUPPORTS)
        .from(d("2024")).to(d("2025")).asOf(LocalDate.of(2024, 6, 1)).text("ceasefire")
        .sortBy("date").limit(3);
    Query events = Query.events().eventType(EventType.SUMMIT).groupBy("type");

    assertThat(q.actors()).containsExactly("sy");
    assertThat(q.includesGroups()).isTrue();
    assertThat(q.topics()).containsExactly("border-ceasefire");
    assertThat(q.includesSubtopics()).isTrue();
    assertThat(q.principles()).containsExactly("sovereignty");
    assertThat(q.positions()).containsExactly(Position.SUPPORTS);
    assertThat(q.from()).isEqualTo(d("2024"));
    assertThat(q.to()).isEqualTo(d("2025"));
    assertThat(q.asOf()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(q.text()).isEqualTo("ceasefire");
    assertThat(q.sortKeys()).extracting(Object::toString).containsExactly("date");
    assertThat(q.limit()).isEqualTo(3);
    assertThat(q.unlimited().limit()).isEqualTo(-1);
    assertThat(q.groupByField()).isNull();
    assertThat(events.eventTypes()).isEqualTo(Set.of(EventType.SUMMIT));
    assertThat(events.groupByField()).isEqualTo("type");
    assertThat(Query.stances().includesGroups()).isFalse();
    assertThat(Query.stances().includesSubtopics()).isFalse();
  }

  @Test
  void queriesAskingTheSameAreEqualAndOthersAreNot() {
    Query a = Query.stances().actor("sy").limit(2);
    Query b = Query.stances().actor("sy").limit(2);
    Query c = Query.stances().actor("bd").limit(2);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo("stances");
    assertThat(a.hashCode()).isNotEqualTo(c.hashCode());
    assertThat(Query.stances().limit(0).toString()).endsWith(" limit 0");
    assertThat(Query.stances().toString()).doesNotContain("limit");
  }

  @Test
  void aMistypedIdIsMatchedByTheRecordsNameOrAlias() {
    assertThatThrownBy(() -> Query.stances().principle("Non-Interference").run(DATA))
        .extracting(e -> ((QueryException) e).hint())
        .isEqualTo("did you mean 'non-interference' (Non-interference)?");
    assertThatThrownBy(() -> Query.stances().actor("the-forum-of-the-south").run(DATA))
        .extracting(e -> ((QueryException) e).hint())
        .isEqualTo("did you mean 'southern-forum' (Southern Forum)?");
  }

  @Test
  void countingWhileReadingAsOfADayReadsIntoMemoryAndCountsAsARunDoes() throws Exception {
    Query asOf = Query.stances().asOf(LocalDate.of(2024, 6, 1));
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"stances\": [");

    Query.Counted counted = asOf.countWhileReading(DatasetReader.create(), List.of(QueryFixture.path()));
    Query.Counted failed = asOf.countWhileReading(DatasetReader.create(), List.of(broken));

    assertThat(counted.errors()).isEmpty();
    assertThat(counted.result().total()).isEqualTo(asOf.run(DATA).total()).isPositive();
    assertThat(failed.result()).isNull();
    assertThat(failed.errors()).extracting(f -> f.rule().code()).containsExactly("PS101");
  }
}
