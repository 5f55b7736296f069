package org.policyset.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.policyset.core.model.EventType;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;

/**
 * Golden results of queries on the fixture dataset: one file per case under
 * {@code src/test/resources/query/golden}, holding the query and the result table, compared
 * strictly. Run with {@code -Dgolden.update=true} to rewrite them, then review the diff.
 */
class QueryGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/query/golden");

  private static final Map<RecordType, List<String>> FIELDS = Map.of(
      RecordType.STANCE, List.of("id", "date", "until", "inEffectUntil", "holders", "topic", "position", "principles"),
      RecordType.EVENT, List.of("id", "date", "type", "actors", "topics"),
      RecordType.SOURCE, List.of("id", "published", "kind"),
      RecordType.ACTOR, List.of("id", "name", "memberOf"),
      RecordType.TOPIC, List.of("id", "name", "parent"),
      RecordType.PRINCIPLE, List.of("id", "name", "related"));

  static Map<String, Query> cases() {
    Map<String, Query> c = new LinkedHashMap<>();
    Query s = Query.stances();
    c.put("stances-all", s);
    c.put("stances-actor-sy", s.actor("sy"));
    c.put("stances-actor-sy-include-groups", s.actor("sy").includeGroups(true));
    c.put("stances-actor-bd-include-groups", s.actor("bd").includeGroups(true));
    c.put("stances-actor-bd-or-fd", s.actor("bd", "fd"));
    c.put("stances-topic-border-ceasefire", s.topic("border-ceasefire"));
    c.put("stances-topic-regional-security-subtopics", s.topic("regional-security").includeSubtopics(true));
    c.put("stances-principle-non-interference", s.principle("non-interference"));
    c.put("stances-principle-transparency-none", s.principle("transparency"));
    c.put("stances-position-supports-welcomes", s.position(Position.SUPPORTS, Position.WELCOMES));
    c.put("stances-day-2025-03-04", s.from(d("2025-03-04")).to(d("2025-03-04")));
    c.put("stances-leap-day-2024-02-29", s.from(d("2024-02-29")).to(d("2024-02-29")));
    c.put("stances-to-leap-month-2024-02", s.to(d("2024-02")));
    c.put("stances-month-2025-02", s.from(d("2025-02")).to(d("2025-02")));
    c.put("stances-month-end-2025-01-31", s.from(d("2025-01-31")).to(d("2025-01-31")));
    c.put("stances-from-year-end-2025-12-31", s.from(d("2025-12-31")));
    c.put("stances-year-2025", s.from(d("2025")).to(d("2025")));
    c.put("stances-as-of-2024-02-28", s.asOf(LocalDate.of(2024, 2, 28)));
    c.put("stances-as-of-2024-02-29", s.asOf(LocalDate.of(2024, 2, 29)));
    c.put("stances-as-of-2024-03-31", s.asOf(LocalDate.of(2024, 3, 31)));
    c.put("stances-as-of-2024-04-01", s.asOf(LocalDate.of(2024, 4, 1)));
    c.put("stances-as-of-2024-06-14", s.asOf(LocalDate.of(2024, 6, 14)));
    c.put("stances-as-of-2024-06-15", s.asOf(LocalDate.of(2024, 6, 15)));
    c.put("stances-as-of-2025-01-01", s.asOf(LocalDate.of(2025, 1, 1)));
    c.put("stances-text-ceasefire", s.text("Ceasefire"));
    c.put("stances-text-in-quote-riverine", s.text("riverine"));
    c.put("stances-sort-date-descending", s.sortBy("-date"));
    c.put("stances-sort-topic-then-date-descending", s.sortBy("topic", "-date"));
    c.put("stances-sort-until", s.sortBy("until"));
    c.put("stances-limit-3", s.limit(3));
    c.put("stances-group-by-position", s.groupBy("position"));
    c.put("stances-group-by-holders", s.groupBy("holders"));
    c.put("stances-group-by-responds-to", s.groupBy("respondsTo"));
    c.put("stances-group-by-year-limit-1", s.groupBy("year").limit(1));
    c.put("stances-sy-groups-common-security-since-2024-06",
        s.actor("sy").includeGroups(true).principle("common-security").from(d("2024-06")));
    Query e = Query.events();
    c.put("events-all", e);
    c.put("events-type-meeting", e.eventType(EventType.MEETING));
    c.put("events-actor-sy-include-groups", e.actor("sy").includeGroups(true));
    c.put("events-topic-regional-security-subtopics", e.topic("regional-security").includeSubtopics(true));
    c.put("events-day-2025-03-04", e.from(d("2025-03-04")).to(d("2025-03-04")));
    c.put("events-to-leap-month-2024-02", e.to(d("2024-02")));
    c.put("events-text-vltava", e.text("vltava"));
    c.put("events-group-by-type", e.groupBy("type"));
    Query o = Query.of(RecordType.SOURCE);
    c.put("sources-all", o);
    c.put("sources-leap-day-2024-02-29", o.from(d("2024-02-29")).to(d("2024-02-29")));
    c.put("sources-from-2025", o.from(d("2025")));
    c.put("actors-all", Query.of(RecordType.ACTOR));
    c.put("actors-text-forum", Query.of(RecordType.ACTOR).text("forum"));
    c.put("topics-all", Query.of(RecordType.TOPIC));
    c.put("topics-group-by-parent", Query.of(RecordType.TOPIC).groupBy("parent"));
    c.put("principles-all", Query.of(RecordType.PRINCIPLE));
    c.put("principles-text-strains", Query.of(RecordType.PRINCIPLE).text("strains"));
    return c;
  }

  private static PartialDate d(String s) {
    return PartialDate.parse(s);
  }

  static String render(Query q) {
    StringWriter out = new StringWriter();
    out.write("# " + q + "\n");
    ResultWriter.of(ResultFormat.TABLE).width(200).fields(FIELDS.get(q.type()))
        .write(q.run(QueryFixture.load()), out);
    return out.toString();
  }

  @TestFactory
  Stream<DynamicTest> goldenResults() {
    boolean update = Boolean.getBoolean("golden.update");
    List<DynamicTest> tests = new ArrayList<>();
    cases().forEach((name, query) -> tests.add(DynamicTest.dynamicTest(name, () -> {
      Path file = GOLDEN.resolve(name + ".txt");
      String actual = render(query);
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s (run with -Dgolden.update=true to create it)", file).exists();
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    })));
    return tests.stream();
  }

  @Test
  void everyGoldenFileBelongsToACase() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.forEach(f -> names.add(f.getFileName().toString().replaceFirst("\\.txt$", "")));
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(cases().keySet());
  }
}
