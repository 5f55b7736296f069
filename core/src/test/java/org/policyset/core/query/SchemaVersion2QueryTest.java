package org.policyset.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PartialDate;
import org.policyset.core.read.DatasetReader;

/**
 * {@code --as-of} on a schema version 2 dataset reads attested and inEffect through
 * InEffectPeriod: stances possibly in effect, each marked certain or possible; undated stances only
 * when asked; and the filters on attribution, target and expressedAt.
 */
class SchemaVersion2QueryTest {

  private static String stance(String id, String rest) {
    return "{\"id\": \"" + id + "\", \"holders\": [\"cn\"], \"topic\": \"two-state\","
        + " \"position\": \"supports\", \"statement\": \"China supports it (" + id + ").\","
        + " \"attribution\": \"reported\", \"reportedBy\": [\"seed\"], " + rest
        + " \"sources\": [{\"source\": \"seed\"}]}";
  }

  private static final String DATA = "{\"manifest\": {\"id\": \"example\", \"title\": \"Example\","
      + " \"version\": \"1.0.0\", \"license\": \"CC0-1.0\", \"schemaVersion\": \"2\"},"
      + " \"actors\": [{\"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"},"
      + "  {\"id\": \"us\", \"name\": \"United States\", \"kind\": \"state\"}],"
      + " \"topics\": [{\"id\": \"two-state\", \"name\": \"Two-state solution\"}],"
      + " \"sources\": [{\"id\": \"seed\", \"title\": \"A commentary\", \"kind\": \"commentary\"}],"
      + " \"events\": [{\"id\": \"gsd-2025\", \"title\": \"Global South Day\", \"date\": \"2025-09-12\","
      + "  \"type\": \"observance\", \"sources\": [{\"source\": \"seed\"}]},"
      + "  {\"id\": \"outbreak\", \"title\": \"Outbreak of the war\", \"type\": \"conflict\","
      + "  \"sources\": [{\"source\": \"seed\"}]}],"
      + " \"stances\": ["
      // Held since an unknown day, attested on a day itself uncertain: possible on 2024-06-01.
      + stance("firm-position", "\"attested\": \"2025-09-12?\", \"inEffect\": \"/..\",") + ","
      // From 2023 on, exact: certain on 2024-06-01.
      + stance("since-2023", "\"attested\": \"2023-05\", \"inEffect\": \"2023/..\", \"targets\": [\"us\"],") + ","
      // Attested only: possible from its day, certain on it alone.
      + stance("welcomed", "\"attested\": \"2024-06-01\",") + ","
      // Dated by the event it was expressed at.
      + stance("at-gsd", "\"expressedAt\": \"gsd-2025\",") + ","
      // No date anywhere.
      + stance("undated", "\"inEffect\": \"/..\", \"expressedAt\": \"outbreak\",") + ","
      // Superseded from 2024-03 on: no longer possible on 2024-06-01.
      + stance("old", "\"attested\": \"2022\", \"inEffect\": \"2022/..\",") + ","
      + stance("new", "\"attested\": \"2024-03\", \"inEffect\": \"2024-03/..\", \"supersedes\": [\"old\"],")
          .replace("\"reported\"", "\"analysis\"").replace(", \"reportedBy\": [\"seed\"]", "")
      + "]}";

  private static Dataset dataset() {
    DatasetReader.Result r = DatasetReader.create().loadString("data.json", DATA, InputFormat.JSON);
    assertThat(r.errors()).isEmpty();
    return r.dataset();
  }

  private static List<String> ids(QueryResult r) {
    return r.matches().stream().map(Match::id).toList();
  }

  private static List<String> marked(QueryResult r) {
    return r.matches().stream().map(m -> m.id() + " " + m.values("inEffectCertainty")).toList();
  }

  @Test
  void asOfReturnsTheStancesPossiblyInEffectEachMarkedCertainOrPossible() {
    QueryResult r = Query.stances().asOf(LocalDate.of(2024, 6, 1)).sortBy("id").run(dataset());
    assertThat(marked(r)).containsExactly("firm-position [possible]", "new [certain]",
        "since-2023 [certain]", "welcomed [certain]");
  }

  @Test
  void certainOnlyKeepsTheCertainOnes() {
    QueryResult r = Query.stances().asOf(LocalDate.of(2024, 6, 1)).certainOnly(true).sortBy("id")
        .run(dataset());
    assertThat(ids(r)).containsExactly("new", "since-2023", "welcomed");
    QueryResult later = Query.stances().asOf(LocalDate.of(2024, 6, 2)).certainOnly(true).sortBy("id")
        .run(dataset());
    // Attested on 2024-06-01 and nothing said of after: possible, not certain, the next day.
    assertThat(ids(later)).containsExactly("new", "since-2023");
  }

  @Test
  void theExpressedAtEventDatesAStanceWithoutAnAttestedDate() {
    QueryResult before = Query.stances().asOf(LocalDate.of(2025, 9, 11)).run(dataset());
    assertThat(ids(before)).doesNotContain("at-gsd");
    QueryResult on = Query.stances().asOf(LocalDate.of(2025, 9, 12)).run(dataset());
    assertThat(marked(on)).contains("at-gsd [certain]");
  }

  @Test
  void undatedStancesAreLeftOutUnlessIncluded() {
    assertThat(ids(Query.stances().asOf(LocalDate.of(2024, 6, 1)).run(dataset()))).doesNotContain("undated");
    QueryResult r = Query.stances().asOf(LocalDate.of(2024, 6, 1)).includeUndated(true).run(dataset());
    assertThat(marked(r)).contains("undated [possible]");
  }

  @Test
  void asOfAYearMatchesStancesPossiblyInEffectOnOneOfItsDays() {
    QueryResult r = Query.stances().asOfPeriod(PartialDate.parse("2022")).sortBy("id").run(dataset());
    assertThat(marked(r)).containsExactly("firm-position [possible]", "old [certain]");
  }

  @Test
  void filtersOnAttributionTargetAndExpressedAt() {
    assertThat(ids(Query.stances().attribution(Attribution.ANALYSIS).run(dataset()))).containsExactly("new");
    assertThat(ids(Query.stances().target("us").run(dataset()))).containsExactly("since-2023");
    assertThat(ids(Query.stances().expressedAt("gsd-2025").run(dataset()))).containsExactly("at-gsd");
    assertThatThrownBy(() -> Query.stances().target("usa").run(dataset()))
        .isInstanceOf(QueryException.class).hasMessageContaining("unknown actor 'usa'");
    assertThatThrownBy(() -> Query.stances().expressedAt("gsd").run(dataset()))
        .isInstanceOf(QueryException.class).hasMessageContaining("unknown event 'gsd'");
  }

  @Test
  void theJsonAndCsvOfAnAsOfQueryCarryTheCertainty() {
    QueryResult r = Query.stances().asOf(LocalDate.of(2024, 6, 1)).sortBy("id").run(dataset());
    StringWriter json = new StringWriter();
    ResultWriter.of(ResultFormat.JSON).write(r, json);
    assertThat(json.toString()).contains("\"inEffectCertainty\" : \"possible\"")
        .contains("\"inEffectCertainty\" : \"certain\"");
    StringWriter csv = new StringWriter();
    ResultWriter.of(ResultFormat.CSV).write(r, csv);
    assertThat(csv.toString().lines().findFirst().orElseThrow()).endsWith(",inEffectCertainty");
    // Without --as-of there is nothing to be certain of: the field is not written.
    StringWriter plain = new StringWriter();
    ResultWriter.of(ResultFormat.JSON).write(Query.stances().run(dataset()), plain);
    assertThat(plain.toString()).doesNotContain("inEffectCertainty");
  }
}
