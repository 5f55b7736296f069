package org.policyset.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.EventType;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Stance;

/**
 * The query semantics on the fixture dataset, with every expectation worked out by hand from the
 * fixture's dates (see the comments), independently of the golden files.
 */
class QueryTest {

  private static final Dataset DATA = QueryFixture.load();

  private static List<String> ids(Query q) {
    return q.run(DATA).ids();
  }

  private static PartialDate d(String s) {
    return PartialDate.parse(s);
  }

  private static List<String> split(String ids) {
    return ids.isBlank() ? List.of() : List.of(ids.split(" "));
  }

  @Test
  void withoutFiltersEveryStanceComesInDateOrderThenIdOrder() {
    // 2023-12 < 2024 (starts 01-01) < 2024-02-28 < ... < 2025 (starts 01-01) < 2025-01-31 ...
    assertThat(ids(Query.stances())).containsExactly(
        "sy-ceasefire-2023", "bd-ceasefire-2024", "fd-security-2024-02-28", "pact-security-2024-02-29",
        "assembly-security-2024", "sy-ceasefire-2024", "fd-monitoring-2025", "sy-water-2025-01-31",
        "forum-water-2025-02", "joint-water-2025-02-28", "council-monitoring-2025-03",
        "bd-monitoring-2025-03-04", "bd-security-2025-12-31");
  }

  @ParameterizedTest(name = "[{0}, {1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      // One day: the year, the month and the day that contain it all overlap it.
      "2025-03-04 | 2025-03-04 | fd-monitoring-2025 council-monitoring-2025-03 bd-monitoring-2025-03-04",
      // Leap day: 2024 overlaps, 2024-02-28 and 2024-03-01 do not.
      "2024-02-29 | 2024-02-29 | bd-ceasefire-2024 pact-security-2024-02-29",
      // A month of 28 days: 2025-02 runs to 02-28; 2025-01-31 and 2025-03 stay out.
      "2025-02    | 2025-02    | fd-monitoring-2025 forum-water-2025-02 joint-water-2025-02-28",
      // Month end.
      "2025-01-31 | 2025-01-31 | fd-monitoring-2025 sy-water-2025-01-31",
      // A whole year.
      "2025       | 2025       | fd-monitoring-2025 sy-water-2025-01-31 forum-water-2025-02 "
          + "joint-water-2025-02-28 council-monitoring-2025-03 bd-monitoring-2025-03-04 bd-security-2025-12-31",
      // Year end, open to the right.
      "2025-12-31 |            | fd-monitoring-2025 bd-security-2025-12-31",
      // to 2024-02 ends on 2024-02-29 (leap year), so the leap-day stance is in, 2024-03-01 out.
      "           | 2024-02    | sy-ceasefire-2023 bd-ceasefire-2024 fd-security-2024-02-28 pact-security-2024-02-29",
      // from 2024-03 starts on 03-01: the year-dated 2024 stance still overlaps.
      "2024-03    | 2024-12    | bd-ceasefire-2024 assembly-security-2024 sy-ceasefire-2024",
      // 2023-12 ends on 12-31.
      "           | 2023-12-31 | sy-ceasefire-2023",
      "           | 2023-11    | ",
  })
  void dateRangesUseOverlapSemantics(String from, String to, String expected) {
    Query q = Query.stances();
    if (from != null) {
      q = q.from(d(from));
    }
    if (to != null) {
      q = q.to(d(to));
    }
    assertThat(ids(q)).containsExactlyElementsOf(split(expected == null ? "" : expected));
  }

  @ParameterizedTest(name = "as of {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // Before anything began.
      "2023-11-30 | ",
      // sy-ceasefire-2023 (2023-12) has begun; bd-ceasefire-2024 (year) begins 01-01.
      "2024-01-01 | sy-ceasefire-2023 bd-ceasefire-2024",
      // The day before the leap day: the leap-day stance has not begun.
      "2024-02-28 | sy-ceasefire-2023 bd-ceasefire-2024 fd-security-2024-02-28",
      "2024-02-29 | sy-ceasefire-2023 bd-ceasefire-2024 fd-security-2024-02-28 pact-security-2024-02-29",
      // until 2024-03 lasts to 03-31 inclusive ...
      "2024-03-31 | sy-ceasefire-2023 bd-ceasefire-2024 fd-security-2024-02-28 pact-security-2024-02-29 "
          + "assembly-security-2024",
      // ... and not a day longer.
      "2024-04-01 | sy-ceasefire-2023 fd-security-2024-02-28 pact-security-2024-02-29 assembly-security-2024",
      // Superseded by a stance of 2024-06-15: in effect to 06-14, replaced on 06-15.
      "2024-06-14 | sy-ceasefire-2023 fd-security-2024-02-28 pact-security-2024-02-29 assembly-security-2024",
      "2024-06-15 | fd-security-2024-02-28 pact-security-2024-02-29 assembly-security-2024 sy-ceasefire-2024",
      // until 2024-12-31 ends that day; the year-dated 2025 stance begins on 01-01.
      "2024-12-31 | fd-security-2024-02-28 pact-security-2024-02-29 assembly-security-2024 sy-ceasefire-2024",
      "2025-01-01 | fd-security-2024-02-28 pact-security-2024-02-29 sy-ceasefire-2024 fd-monitoring-2025",
  })
  void asOfFollowsDateUntilAndSupersession(String day, String expected) {
    assertThat(ids(Query.stances().asOf(LocalDate.parse(day))))
        .containsExactlyElementsOf(split(expected == null ? "" : expected));
  }

  /**
   * A partial --as-of date is the range of its days, as --from/--to read it: a stance matches when
   * it is in effect on at least one of them. In June 2024 the 2023 ceasefire stance (superseded on
   * 06-15) and its successor both were.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-06 | sy-ceasefire-2023 fd-security-2024-02-28 pact-security-2024-02-29 assembly-security-2024 "
          + "sy-ceasefire-2024",
      "2024-04 | sy-ceasefire-2023 fd-security-2024-02-28 pact-security-2024-02-29 assembly-security-2024",
  })
  void asOfAMonthMatchesTheStancesInEffectOnAnyOfItsDays(String month, String expected) {
    assertThat(ids(Query.stances().asOfPeriod(PartialDate.parse(month))))
        .containsExactlyElementsOf(split(expected));
  }

  /** The same, checked day by day: a period matches the stances of the union of its days. */
  @ParameterizedTest
  @ValueSource(strings = {"2023", "2024", "2025", "2024-02", "2024-03", "2024-12", "2025-01", "2026"})
  void asOfAPeriodIsTheUnionOfItsDays(String period) {
    PartialDate p = PartialDate.parse(period);
    java.util.Set<String> union = new java.util.TreeSet<>();
    for (LocalDate day = p.start(); !day.isAfter(p.end()); day = day.plusDays(1)) {
      union.addAll(ids(Query.stances().asOf(day)));
    }
    assertThat(new java.util.TreeSet<>(ids(Query.stances().asOfPeriod(p)))).isEqualTo(union);
    assertThat(Query.stances().asOfPeriod(p).asOf()).as("a period is not a day").isNull();
  }

  @Test
  void asOfADayIsTheDayPeriod() {
    assertThat(Query.stances().asOf(LocalDate.of(2024, 6, 14)))
        .isEqualTo(Query.stances().asOfPeriod(PartialDate.parse("2024-06-14")));
    assertThat(Query.stances().asOfPeriod(PartialDate.parse("2024-06-14")).asOf())
        .isEqualTo(LocalDate.of(2024, 6, 14));
    assertThat(ids(Query.stances().asOfPeriod(PartialDate.parse("2024-06-14"))))
        .isEqualTo(ids(Query.stances().asOf(LocalDate.of(2024, 6, 14))));
  }

  @Test
  void actorMatchesHoldersAndOptionallyTheirGroupsTransitively() {
    assertThat(ids(Query.stances().actor("sy"))).containsExactly(
        "sy-ceasefire-2023", "sy-ceasefire-2024", "sy-water-2025-01-31", "joint-water-2025-02-28");
    // sy is in river-pact, which is in southern-forum.
    assertThat(ids(Query.stances().actor("sy").includeGroups(true))).containsExactly(
        "sy-ceasefire-2023", "pact-security-2024-02-29", "sy-ceasefire-2024", "sy-water-2025-01-31",
        "forum-water-2025-02", "joint-water-2025-02-28");
    // bd is in river-pact (so southern-forum) and in the assembly.
    assertThat(ids(Query.stances().actor("bd").includeGroups(true))).containsExactly(
        "bd-ceasefire-2024", "pact-security-2024-02-29", "assembly-security-2024", "forum-water-2025-02",
        "joint-water-2025-02-28", "bd-monitoring-2025-03-04", "bd-security-2025-12-31");
    // Several actors: any of them.
    assertThat(ids(Query.stances().actor("sy", "fd"))).containsExactly(
        "sy-ceasefire-2023", "fd-security-2024-02-28", "sy-ceasefire-2024", "fd-monitoring-2025",
        "sy-water-2025-01-31", "joint-water-2025-02-28");
    // Groups are not expanded to their members.
    assertThat(ids(Query.stances().actor("river-pact").includeGroups(true)))
        .containsExactly("pact-security-2024-02-29", "forum-water-2025-02");
    // Events: the participating actors.
    assertThat(ids(Query.events().actor("sy").includeGroups(true))).containsExactly(
        "ev-clashes-2023-12", "ev-summit-2024-02-29", "ev-declaration-2024-03-01", "ev-talks-2025",
        "ev-forum-2025-01-31", "ev-accord-2025-02-28");
  }

  @Test
  void topicMatchesOptionallySubtopicsAtAnyDepth() {
    assertThat(ids(Query.stances().topic("border-ceasefire")))
        .containsExactly("sy-ceasefire-2023", "bd-ceasefire-2024", "sy-ceasefire-2024");
    assertThat(ids(Query.stances().topic("border-ceasefire").includeSubtopics(true))).containsExactly(
        "sy-ceasefire-2023", "bd-ceasefire-2024", "sy-ceasefire-2024", "fd-monitoring-2025",
        "council-monitoring-2025-03", "bd-monitoring-2025-03-04");
    // Two levels down: regional-security > border-ceasefire > ceasefire-monitoring.
    assertThat(ids(Query.stances().topic("regional-security").includeSubtopics(true)))
        .hasSize(10).doesNotContain("sy-water-2025-01-31", "forum-water-2025-02", "joint-water-2025-02-28");
    assertThat(ids(Query.events().topic("trade-corridors")))
        .containsExactly("ev-forum-2025-01-31", "ev-accord-2025-02-28");
  }

  @Test
  void principlePositionAndEventType() {
    assertThat(ids(Query.stances().principle("non-interference")))
        .containsExactly("sy-ceasefire-2024", "fd-monitoring-2025");
    assertThat(ids(Query.stances().principle("solidarity", "sovereignty"))).containsExactly(
        "sy-ceasefire-2023", "bd-ceasefire-2024", "pact-security-2024-02-29", "sy-water-2025-01-31",
        "forum-water-2025-02");
    assertThat(ids(Query.stances().principle("transparency"))).isEmpty();
    assertThat(ids(Query.stances().position(Position.SUPPORTS, Position.WELCOMES))).containsExactly(
        "sy-ceasefire-2024", "sy-water-2025-01-31", "forum-water-2025-02", "council-monitoring-2025-03",
        "bd-monitoring-2025-03-04");
    assertThat(ids(Query.events().eventType(EventType.MEETING)))
        .containsExactly("ev-talks-2025", "ev-forum-2025-01-31");
  }

  @Test
  void filtersCombineWithAnd() {
    // "Which stances of sy, or of its groupings, invoke common security since June 2024?"
    assertThat(ids(Query.stances().actor("sy").includeGroups(true).principle("common-security")
        .from(d("2024-06")))).containsExactly("sy-ceasefire-2024", "joint-water-2025-02-28");
    // "What was sy's position on the border ceasefire as of 2024-06-01?"
    assertThat(ids(Query.stances().actor("sy").topic("border-ceasefire").asOf(LocalDate.of(2024, 6, 1))))
        .containsExactly("sy-ceasefire-2023");
  }

  @Test
  void textIgnoresCaseAndSearchesEachTypesOwnText() {
    // Statements and quotes.
    assertThat(ids(Query.stances().text("CEASEFIRE"))).containsExactly(
        "sy-ceasefire-2023", "bd-ceasefire-2024", "sy-ceasefire-2024", "fd-monitoring-2025");
    // Only in a quote.
    assertThat(ids(Query.stances().text("riverine"))).containsExactly("pact-security-2024-02-29");
    assertThat(ids(Query.events().text("vltava"))).containsExactly("ev-accord-2025-02-28");
    assertThat(ids(Query.of(RecordType.TOPIC).text("VLTAVA"))).containsExactly("water-sharing");
    // An alias.
    assertThat(ids(Query.of(RecordType.ACTOR).text("klopstokian"))).containsExactly("kl");
    // A quote of a principle relation.
    assertThat(ids(Query.of(RecordType.PRINCIPLE).text("strains"))).containsExactly("non-interference");
    assertThat(ids(Query.of(RecordType.SOURCE).text("\"day by day\""))).containsExactly("src-news");
  }

  @Test
  void sourcesFilterOnPublishedAndUndatedOnesNeverMatchARange() {
    assertThat(ids(Query.of(RecordType.SOURCE))).containsExactly(
        "src-paper", "src-communique", "src-news", "src-council-res", "src-undated");
    assertThat(ids(Query.of(RecordType.SOURCE).from(d("2024-02-29")).to(d("2024-02-29"))))
        .containsExactly("src-communique");
    assertThat(ids(Query.of(RecordType.SOURCE).from(d("2025")))).containsExactly("src-news", "src-council-res");
  }

  @Test
  void sortKeepsMissingValuesLastInBothDirections() {
    assertThat(ids(Query.stances().sortBy("-date"))).startsWith(
        "bd-security-2025-12-31", "bd-monitoring-2025-03-04", "council-monitoring-2025-03",
        "joint-water-2025-02-28", "forum-water-2025-02", "sy-water-2025-01-31", "fd-monitoring-2025");
    assertThat(ids(Query.stances().sortBy("until")))
        .startsWith("bd-ceasefire-2024", "assembly-security-2024", "bd-monitoring-2025-03-04");
    assertThat(ids(Query.stances().sortBy("-until")))
        .startsWith("assembly-security-2024", "bd-ceasefire-2024", "bd-monitoring-2025-03-04");
    assertThat(ids(Query.stances().sortBy("topicName", "-date")).subList(0, 3))
        .containsExactly("sy-ceasefire-2024", "bd-ceasefire-2024", "sy-ceasefire-2023");
  }

  @Test
  void sortKeysParseBothDescendingForms() {
    assertThat(SortKey.parse("-date")).isEqualTo(SortKey.descending("date"));
    assertThat(SortKey.parse(" date:desc ")).isEqualTo(SortKey.descending("date"));
    assertThat(SortKey.parse("date:asc")).isEqualTo(SortKey.ascending("date"));
    assertThat(SortKey.parse("date")).hasToString("date");
    assertThat(SortKey.descending("date")).hasToString("-date");
    assertThatThrownBy(() -> SortKey.parse("-")).isInstanceOf(QueryException.class);
  }

  @Test
  void coarserDatesSortFirstOnTheSameDay() {
    Stance year = stance("a-year", "2025");
    Stance month = stance("b-month", "2025-01");
    Stance day = stance("c-day", "2025-01-01");
    Dataset data = new Dataset(null, null, null, null, null, List.of(day, month, year), null);
    assertThat(Query.stances().run(data).ids()).containsExactly("a-year", "b-month", "c-day");
    assertThat(Query.stances().sortBy("-date").run(data).ids()).containsExactly("c-day", "b-month", "a-year");
  }

  @Test
  void limitCutsMatchesButNotTheTotal() {
    QueryResult r = Query.stances().limit(3).run(DATA);
    assertThat(r.ids()).containsExactly("sy-ceasefire-2023", "bd-ceasefire-2024", "fd-security-2024-02-28");
    assertThat(r.total()).isEqualTo(13);
    assertThat(Query.stances().limit(0).run(DATA).matches()).isEmpty();
    assertThat(Query.stances().actor("sy").count(DATA)).isEqualTo(4);
  }

  @Test
  void groupByCountsEachValueAndPutsMissingValuesLast() {
    QueryResult byHolder = Query.stances().groupBy("holders").run(DATA);
    assertThat(byHolder.groups()).containsExactly(
        new Group("bd", 4), new Group("sy", 4), new Group("fd", 2), new Group("assembly", 1),
        new Group("council", 1), new Group("river-pact", 1), new Group("southern-forum", 1));
    assertThat(byHolder.total()).isEqualTo(13);
    QueryResult byEvent = Query.stances().groupBy("respondsTo").run(DATA);
    assertThat(byEvent.groups()).last().isEqualTo(new Group(null, 8));
    assertThat(byEvent.groups()).hasSize(6);
    QueryResult top = Query.stances().groupBy("position").limit(2).run(DATA);
    assertThat(top.groups()).containsExactly(new Group("supports", 4), new Group("affirms", 2));
    assertThat(top.totalGroups()).isEqualTo(8);
  }

  @Test
  void matchesCarryResolvedReferences() {
    Match m = Query.stances().actor("sy").from(d("2024-06-15")).limit(1).run(DATA).matches().get(0);
    assertThat(m.id()).isEqualTo("sy-ceasefire-2024");
    assertThat(m.references("holders")).containsExactly(new Resolved(RecordType.ACTOR, "sy", "Syldavia"));
    assertThat(m.values("topicName")).containsExactly("Border ceasefire");
    assertThat(m.values("principleNames")).containsExactly("Common security", "Non-interference");
    assertThat(m.values("sourceTitles"))
        .containsExactly("Joint communiqué of the River Pact summit", "Ceasefire talks, \"day by day\"");
    assertThat(m.references("supersedes").get(0).label())
        .isEqualTo("Syldavia calls for a ceasefire on the river border.");
    assertThat(m.references().keySet()).containsExactly(
        "holders", "topic", "principles", "respondsTo", "supersedes", "supersededBy", "sources");
    Match old = Query.stances().actor("sy").limit(1).run(DATA).matches().get(0);
    assertThat(old.values("supersededBy")).containsExactly("sy-ceasefire-2024");
    assertThat(old.values("inEffectUntil")).containsExactly("2024-06-14");
    assertThat(old.values("quotes")).containsExactly("Syldavia wants the guns to fall silent");
    Match event = Query.events().text("vltava").run(DATA).matches().get(0);
    assertThat(event.values("actorNames")).containsExactly("Syldavia", "Borduria");
    assertThat(event.values("roles")).containsExactly("signatory", "signatory");
  }

  @Test
  void aDanglingReferenceResolvesToItsId() {
    Dataset data = new Dataset(null, null, null, null, null, List.of(stance("s", "2025")), null);
    Match m = Query.stances().run(data).matches().get(0);
    assertThat(m.references("topic")).containsExactly(new Resolved(RecordType.TOPIC, "missing-topic", null));
    assertThat(m.references("topic").get(0).found()).isFalse();
    assertThat(m.values("topicName")).containsExactly("missing-topic");
  }

  @Test
  void unknownIdsAreErrorsWithADidYouMeanHint() {
    assertThatThrownBy(() -> Query.stances().actor("syl").run(DATA))
        .isInstanceOf(QueryException.class).hasMessage("unknown actor 'syl'")
        .extracting(e -> ((QueryException) e).hint()).isEqualTo("did you mean 'sy'?");
    assertThatThrownBy(() -> Query.stances().actor("Borduria").run(DATA))
        .extracting(e -> ((QueryException) e).hint()).isEqualTo("did you mean 'bd' (Borduria)?");
    assertThatThrownBy(() -> Query.stances().topic("border-cesefire").run(DATA))
        .extracting(e -> ((QueryException) e).describe())
        .isEqualTo("unknown topic 'border-cesefire'; did you mean 'border-ceasefire'?");
    assertThatThrownBy(() -> Query.stances().principle("non-interferance").run(DATA))
        .extracting(e -> ((QueryException) e).describe())
        .isEqualTo("unknown principle 'non-interferance'; did you mean 'non-interference'?");
    assertThatThrownBy(() -> Query.stances().principle("xyzzy").run(DATA))
        .extracting(e -> ((QueryException) e).hint()).isEqualTo("no principle has that id or name");
  }

  @Test
  void filtersThatDoNotApplyToTheTypeAreRejectedWhenSet() {
    assertThatThrownBy(() -> Query.events().principle("solidarity"))
        .isInstanceOf(QueryException.class)
        .hasMessage("the principle filter does not apply to events");
    assertThatThrownBy(() -> Query.events().position(Position.SUPPORTS)).isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> Query.stances().eventType(EventType.SUMMIT)).isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> Query.events().asOf(LocalDate.of(2025, 1, 1))).isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> Query.of(RecordType.ACTOR).from(d("2025"))).isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> Query.of(RecordType.SOURCE).actor("sy"))
        .extracting(e -> ((QueryException) e).hint()).isEqualTo("it applies to events and stances");
  }

  @Test
  void badValuesAreRejected() {
    assertThatThrownBy(() -> Query.stances().from(d("2026")).to(d("2025")))
        .isInstanceOf(QueryException.class).hasMessageContaining("is empty");
    // Overlapping bounds are fine: from 2025-03 to 2025 is March to December.
    assertThat(ids(Query.stances().from(d("2025-03")).to(d("2025"))))
        .containsExactly("fd-monitoring-2025", "council-monitoring-2025-03", "bd-monitoring-2025-03-04",
            "bd-security-2025-12-31");
    assertThatThrownBy(() -> Query.stances().sortBy("dat"))
        .extracting(e -> ((QueryException) e).describe())
        .isEqualTo("stances have no field 'dat'; did you mean 'date'?");
    assertThatThrownBy(() -> Query.stances().groupBy("nope")).isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> Query.stances().text("  ")).isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> Query.stances().limit(-1)).isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> Query.stances().actor("")).isInstanceOf(QueryException.class);
  }

  @Test
  void queriesAreImmutableValues() {
    Query base = Query.stances();
    Query withActor = base.actor("sy");
    assertThat(base.actors()).isEmpty();
    assertThat(withActor.actors()).containsExactly("sy");
    assertThat(withActor.actor("sy").actors()).containsExactly("sy");
    assertThat(base.actor("sy")).isEqualTo(withActor).hasSameHashCodeAs(withActor);
    assertThat(withActor.includeGroups(true).from(d("2023")).toString())
        .isEqualTo("stances where actor in [sy] (and their groups) and date overlaps [2023, ]");
  }

  private static Stance stance(String id, String date) {
    return new Stance(id, List.of("x"), "missing-topic", Position.SUPPORTS, "S.", d(date), null, List.of(),
        List.of(new Citation("src", null, null)), null, List.of());
  }
}
