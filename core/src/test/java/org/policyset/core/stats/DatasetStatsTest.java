package org.policyset.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.policyset.core.model.Dataset;
import org.policyset.core.stats.DatasetStats.Named;
import org.policyset.core.stats.DatasetStats.Share;
import org.policyset.core.stats.DatasetStats.Spread;
import org.policyset.core.stats.DatasetStats.Tally;
import org.policyset.core.query.QueryFixture;

class DatasetStatsTest {

  private final DatasetStats stats = DatasetStats.of(QueryFixture.load());

  @Test
  void countsRecordsPerTypeInTypeOrder() {
    assertThat(stats.recordsPerType()).containsExactly(
        entry("actors", 8), entry("topics", 6), entry("principles", 5), entry("events", 8),
        entry("stances", 13), entry("sources", 5));
  }

  @Test
  void countsStancesDirectlyLargestFirst() {
    assertThat(stats.stancesPerActor()).startsWith(new Tally("bd", "Borduria", 4), new Tally("sy", "Syldavia", 4),
        new Tally("fd", "Freedonia", 2));
    assertThat(stats.stancesPerTopic()).containsExactly(
        new Tally("regional-security", "Regional security", 4),
        new Tally("border-ceasefire", "Border ceasefire", 3),
        new Tally("ceasefire-monitoring", "Ceasefire monitoring", 3),
        new Tally("water-sharing", "Water sharing", 3));
    assertThat(stats.stancesPerPrinciple()).containsExactly(
        new Tally("common-security", "Common security", 4), new Tally("sovereignty", "Sovereignty", 3),
        new Tally("non-interference", "Non-interference", 2), new Tally("solidarity", "Solidarity", 2));
    assertThat(stats.stancesPerPosition()).first().isEqualTo(new Tally("supports", null, 4));
    assertThat(stats.stancesPerPosition().stream().mapToInt(Tally::count).sum()).isEqualTo(13);
  }

  @Test
  void countsEventsPerYearInYearOrder() {
    assertThat(stats.eventsPerYear()).containsExactly(
        new Tally("2023", null, 1), new Tally("2024", null, 2), new Tally("2025", null, 5));
  }

  @Test
  void sharesDatesByPrecision() {
    // 8 event dates, 13 stance dates, 2 until dates, 4 published dates = 27.
    // year: ev-talks, bd-ceasefire, fd-monitoring, src-news = 4
    // month: ev-clashes, ev-resolution, sy-ceasefire-2023, forum-water, council-monitoring,
    //        until 2024-03, src-council-res, src-paper = 8
    assertThat(stats.datePrecision()).extracting(Share::precision, Share::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("year", 4),
            org.assertj.core.groups.Tuple.tuple("month", 8), org.assertj.core.groups.Tuple.tuple("day", 15));
    assertThat(stats.datePrecision().get(0).share()).isCloseTo(4.0 / 27, within(1e-9));
  }

  @Test
  void spreadsSourcesPerRecord() {
    assertThat(stats.sourcesPerRecord()).containsExactly(
        new Spread("stance", 13, 1, 2, 14.0 / 13),
        new Spread("event", 8, 1, 1, 1.0),
        new Spread("principle", 5, 1, 2, 6.0 / 5));
  }

  @Test
  void listsWhatNoStanceTouches() {
    assertThat(stats.principlesWithoutStance()).containsExactly(new Named("transparency", "Transparency"));
    assertThat(stats.topicsWithoutStance()).containsExactly(
        new Named("maritime-law", "Maritime law"), new Named("trade-corridors", "Trade corridors"));
    assertThat(stats.actorsWithoutStance()).containsExactly(new Named("kl", "Klopstokia"));
  }

  @Test
  void anEmptyDatasetHasZeroesNotErrors() {
    DatasetStats empty = DatasetStats.of(Dataset.empty());
    assertThat(empty.recordsPerType().values()).containsOnly(0);
    assertThat(empty.datePrecision()).allMatch(s -> s.count() == 0 && s.share() == 0);
    assertThat(empty.sourcesPerRecord()).allMatch(s -> s.records() == 0 && s.mean() == 0);
  }

  private static java.util.Map.Entry<String, Integer> entry(String k, int v) {
    return java.util.Map.entry(k, v);
  }
}
