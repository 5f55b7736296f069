package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Stance;
import org.policyset.dataset.BundledDataset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queries on the bundled dataset, which is being curated and grows: these tests assert properties
 * that hold for any valid dataset rather than exact counts.
 */
class BundledDatasetQueryTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  // The bundled dataset as it was in schema version 1 (its version 2 queries are tested in
  // SchemaVersion2QueryTest and QueryVersion2CommandTest).
  private static final Dataset DATA = org.policyset.core.read.DatasetReader.create()
      .load(java.util.List.of(NewRecordCommandTest.BUNDLED)).dataset();

  private static JsonNode json(String... args) {
    List<String> argv = new ArrayList<>(List.of("query", "--format", "json"));
    argv.addAll(List.of(args));
    argv.add("--");
    argv.add(NewRecordCommandTest.BUNDLED.toString());
    Cli r = Cli.run(argv.toArray(new String[0]));
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void everyStanceComesOnceInDateOrderWithEveryReferenceResolved() {
    JsonNode root = json();
    assertThat(root.get("total").asInt()).isEqualTo(DATA.stances().size());
    PartialDate previous = null;
    TreeSet<String> seen = new TreeSet<>();
    for (JsonNode s : root.get("results")) {
      assertThat(seen.add(s.get("id").asString())).isTrue();
      PartialDate date = PartialDate.parse(s.get("date").asString());
      if (previous != null) {
        assertThat(previous.compareTo(date)).isLessThanOrEqualTo(0);
      }
      previous = date;
      // The bundled dataset is valid, so every holder and the topic resolve to names, not ids.
      assertThat(s.get("holderNames").size()).isEqualTo(s.get("holders").size());
      for (int i = 0; i < s.get("holders").size(); i++) {
        String id = s.get("holders").get(i).asString();
        String name = DATA.find(Actor.class, id).orElseThrow().name();
        assertThat(s.get("holderNames").get(i).asString()).isEqualTo(name);
      }
      assertThat(s.get("sourceTitles").size()).isEqualTo(s.get("sources").size()).isPositive();
    }
  }

  @Test
  void perActorCountsMatchTheHoldersAndGroupsOnlyAddStances() {
    for (Actor a : DATA.actors()) {
      long holding = DATA.stances().stream().filter(s -> s.holders().contains(a.id())).count();
      assertThat(json("--actor", a.id(), "--count").get("total").asLong()).as(a.id()).isEqualTo(holding);
      assertThat(json("--actor", a.id(), "--include-groups", "--count").get("total").asLong())
          .isGreaterThanOrEqualTo(holding);
    }
  }

  @Test
  void groupsAddUpToTheTotal() {
    JsonNode byPosition = json("--group-by", "position");
    int sum = 0;
    for (JsonNode g : byPosition.get("groups")) {
      sum += g.get("count").asInt();
    }
    assertThat(sum).isEqualTo(DATA.stances().size());
  }

  @Test
  void yearRangesPartitionTheStancesDatedWithinAYear() {
    TreeSet<Integer> years = new TreeSet<>();
    DATA.stances().forEach(s -> years.add(s.date().year()));
    for (int y : years) {
      long expected = DATA.stances().stream().filter(s -> s.date().year() == y).count();
      String year = String.valueOf(y);
      assertThat(json("--from", year, "--to", year, "--count").get("total").asLong()).isEqualTo(expected);
    }
  }

  @Test
  void asOfReturnsOnlyStancesThatHaveBegun() {
    for (Stance s : DATA.stances()) {
      LocalDate day = s.date().start();
      JsonNode root = json("--as-of", day.toString(), "--fields", "id,date");
      for (JsonNode r : root.get("results")) {
        assertThat(PartialDate.parse(r.get("date").asString()).start()).isBeforeOrEqualTo(day);
      }
      // A stance is in effect on its first day unless a stance replaced it that same day.
      boolean replacedAtOnce = DATA.stances().stream().anyMatch(o -> o.supersedes().contains(s.id())
          && o.date().start().equals(day));
      boolean endedAtOnce = s.until() != null && s.until().end().isBefore(day);
      if (!replacedAtOnce && !endedAtOnce) {
        List<String> ids = new ArrayList<>();
        root.get("results").forEach(r -> ids.add(r.get("id").asString()));
        assertThat(ids).contains(s.id());
      }
    }
  }
}
