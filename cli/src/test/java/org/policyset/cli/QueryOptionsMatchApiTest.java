package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.EventType;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;
import org.policyset.core.query.Field;
import org.policyset.core.query.Group;
import org.policyset.core.query.Match;
import org.policyset.core.query.Query;
import org.policyset.core.query.QueryResult;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every option of {@code policyset query} against the equivalent call of the core API: the command
 * must build the same query, and its JSON output must hold the same records, totals, groups and
 * field values as the API's result.
 */
class QueryOptionsMatchApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static PartialDate d(String s) {
    return PartialDate.parse(s);
  }

  static Stream<Arguments> options() {
    Query s = Query.stances();
    Query e = Query.events();
    return Stream.of(
        Arguments.of("--type stance", s),
        Arguments.of("--type event", e),
        Arguments.of("--type actor", Query.of(RecordType.ACTOR)),
        Arguments.of("--type topic", Query.of(RecordType.TOPIC)),
        Arguments.of("--type principle", Query.of(RecordType.PRINCIPLE)),
        Arguments.of("--type source", Query.of(RecordType.SOURCE)),
        Arguments.of("--actor sy", s.actor("sy")),
        Arguments.of("--actor sy,fd", s.actor("sy", "fd")),
        Arguments.of("--actor sy --actor fd", s.actor("sy", "fd")),
        Arguments.of("--actor bd --include-groups", s.actor("bd").includeGroups(true)),
        Arguments.of("--type event --actor sy --include-groups", e.actor("sy").includeGroups(true)),
        Arguments.of("--topic border-ceasefire", s.topic("border-ceasefire")),
        Arguments.of("--topic regional-security --include-subtopics",
            s.topic("regional-security").includeSubtopics(true)),
        Arguments.of("--type event --topic trade-corridors", e.topic("trade-corridors")),
        Arguments.of("--principle non-interference", s.principle("non-interference")),
        Arguments.of("--principle solidarity,sovereignty", s.principle("solidarity", "sovereignty")),
        Arguments.of("--position supports,welcomes", s.position(Position.SUPPORTS, Position.WELCOMES)),
        Arguments.of("--position calls-for", s.position(Position.CALLS_FOR)),
        Arguments.of("--type event --event-type meeting,summit", e.eventType(EventType.MEETING, EventType.SUMMIT)),
        Arguments.of("--from 2025-03-04 --to 2025-03-04", s.from(d("2025-03-04")).to(d("2025-03-04"))),
        Arguments.of("--from 2024-02-29", s.from(d("2024-02-29"))),
        Arguments.of("--to 2024-02", s.to(d("2024-02"))),
        Arguments.of("--type event --from 2025 --to 2025-02", e.from(d("2025")).to(d("2025-02"))),
        Arguments.of("--type source --from 2024-02-29 --to 2024-02-29",
            Query.of(RecordType.SOURCE).from(d("2024-02-29")).to(d("2024-02-29"))),
        Arguments.of("--as-of 2024-06-14", s.asOf(LocalDate.of(2024, 6, 14))),
        Arguments.of("--as-of 2024-02-29", s.asOf(LocalDate.of(2024, 2, 29))),
        Arguments.of("--as-of 2024-06", s.asOfPeriod(d("2024-06"))),
        Arguments.of("--as-of 2024", s.asOfPeriod(d("2024"))),
        Arguments.of("--as-of 2024-06-14 --certain", s.asOf(LocalDate.of(2024, 6, 14)).certainOnly(true)),
        Arguments.of("--as-of 2024 --include-undated", s.asOfPeriod(d("2024")).includeUndated(true)),
        Arguments.of("--attribution reported,analysis",
            s.attribution(Attribution.REPORTED, Attribution.ANALYSIS)),
        Arguments.of("--target sy", s.target("sy")),
        Arguments.of("--text riverine", s.text("riverine")),
        Arguments.of("--type actor --text FORUM", Query.of(RecordType.ACTOR).text("FORUM")),
        Arguments.of("--sort -date", s.sortBy("-date")),
        Arguments.of("--sort topic,-date", s.sortBy("topic", "-date")),
        Arguments.of("--sort holders:desc,date:asc", s.sortBy("-holders", "date")),
        Arguments.of("--sort holderNames --limit 5", s.sortBy("holderNames").limit(5)),
        Arguments.of("--limit 2", s.limit(2)),
        Arguments.of("--limit 0", s.limit(0)),
        Arguments.of("--group-by position", s.groupBy("position")),
        Arguments.of("--group-by holders --limit 3", s.groupBy("holders").limit(3)),
        Arguments.of("--type event --group-by year", e.groupBy("year")),
        Arguments.of("--actor sy --include-groups --principle common-security --from 2024-06",
            s.actor("sy").includeGroups(true).principle("common-security").from(d("2024-06"))),
        Arguments.of("--actor sy --topic border-ceasefire --as-of 2024-06-01",
            s.actor("sy").topic("border-ceasefire").asOf(LocalDate.of(2024, 6, 1))));
  }

  private static String[] argv(String options, String... more) {
    List<String> args = new ArrayList<>(List.of("query"));
    args.addAll(List.of(options.split(" ")));
    args.addAll(List.of(more));
    args.add(Fixture.PATH);
    return args.toArray(new String[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("options")
  void theCommandBuildsTheSameQuery(String options, Query api) {
    QueryCommand command = new QueryCommand();
    new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true)
        .parseArgs(argv(options));
    assertThat(command.toQuery()).isEqualTo(api);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("options")
  void theCommandPrintsWhatTheApiReturns(String options, Query api) {
    QueryResult expected = api.run(Fixture.dataset());
    Cli r = Cli.run(argv(options, "--format", "json"));
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("total").asInt()).isEqualTo(expected.total());
    assertThat(root.get("type").asString()).isEqualTo(api.type().singular());
    if (expected.groupBy().isPresent()) {
      List<Group> groups = new ArrayList<>();
      for (JsonNode g : root.get("groups")) {
        groups.add(new Group(g.get("key").isNull() ? null : g.get("key").asString(), g.get("count").asInt()));
      }
      assertThat(groups).isEqualTo(expected.groups());
      return;
    }
    JsonNode results = root.get("results");
    assertThat(results.size()).isEqualTo(expected.matches().size());
    for (int i = 0; i < results.size(); i++) {
      Match m = expected.matches().get(i);
      for (Field f : Field.all(api.type())) {
        JsonNode v = results.get(i).get(f.name());
        List<String> printed = new ArrayList<>();
        if (v.isArray()) {
          v.forEach(x -> printed.add(x.asString()));
        } else if (!v.isNull()) {
          printed.add(v.asString());
        }
        assertThat(printed).as("%s of %s", f.name(), m.id()).isEqualTo(f.values(m));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("options")
  void countMatchesTheApiTotal(String options, Query api) {
    if (api.groupByField() != null) {
      return;
    }
    Cli r = Cli.run(argv(options, "--count"));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(api.count(Fixture.dataset()) + "\n");
  }
}
