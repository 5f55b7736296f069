package org.policyset.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.internal.json.Json;
import org.policyset.core.query.QueryFixture;
import org.policyset.core.stats.DatasetStats.Named;
import org.policyset.core.stats.DatasetStats.Share;
import org.policyset.core.stats.DatasetStats.Spread;
import org.policyset.core.stats.DatasetStats.Tally;
import tools.jackson.databind.JsonNode;

/**
 * {@code stats --format markdown}, read back by a real CommonMark parser with GitHub's tables
 * extension (commonmark-java): one section per statistic, in the text format's order, whose tables
 * hold the figures the JSON holds, and cells that show hostile names as written — no cell ends
 * early, no emphasis, link, code span or HTML appears.
 */
class StatsMarkdownTest {

  private static final DatasetStats STATS = DatasetStats.of(QueryFixture.load());
  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  /** A section as the parser sees it: its heading, and its table's rows (header first), or none. */
  record Section(String heading, List<List<String>> rows) {}

  private static String write(StatsFormat format, DatasetStats stats) {
    StringWriter out = new StringWriter();
    StatsWriter.of(format).write(stats, out);
    return out.toString();
  }

  /** Parses the Markdown into sections; every cell must be plain text and nothing else. */
  static List<Section> sections(String markdown) {
    Node doc = PARSER.parse(markdown);
    List<Section> sections = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        assertThat(h.getLevel()).isEqualTo(2);
        sections.add(new Section(text(h), new ArrayList<>()));
      } else if (n instanceof TableBlock t) {
        List<List<String>> rows = sections.get(sections.size() - 1).rows();
        for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
          for (Node r = part.getFirstChild(); r != null; r = r.getNext()) {
            assertThat(r).isInstanceOf(TableRow.class);
            List<String> cells = new ArrayList<>();
            for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
              assertThat(c).isInstanceOf(TableCell.class);
              cells.add(text(c));
            }
            rows.add(cells);
          }
          if (part instanceof TableHead) {
            assertThat(rows).hasSize(1);
          }
        }
      } else {
        assertThat(n).as("only headings, tables and (none)").isInstanceOf(Paragraph.class);
        assertThat(text(n)).isEqualTo("(none)");
      }
    }
    return sections;
  }

  /** The text of a node whose children are all plain text. */
  private static String text(Node node) {
    StringBuilder b = new StringBuilder();
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      assertThat(c).as("a cell holds plain text only, not %s", c).isInstanceOf(Text.class);
      b.append(((Text) c).getLiteral());
    }
    return b.toString();
  }

  private static Map<String, Section> byHeading(List<Section> sections) {
    Map<String, Section> m = new LinkedHashMap<>();
    sections.forEach(s -> m.put(s.heading().replaceAll(" \\(\\d+ dates\\)$", ""), s));
    return m;
  }

  @Test
  void oneSectionPerStatisticInTheTextFormatsOrder() {
    List<Section> sections = sections(write(StatsFormat.MARKDOWN, STATS));
    // version2 is null for version 1 data, and its sections are left out.
    assertThat(sections).hasSize(DatasetStats.class.getRecordComponents().length - 1);
    List<String> textHeadings = write(StatsFormat.TEXT, STATS).lines()
        .filter(l -> !l.isBlank() && !l.startsWith(" ")).toList();
    assertThat(sections.stream().map(Section::heading).toList()).isEqualTo(textHeadings);
  }

  @Test
  void theTablesHoldTheFiguresTheJsonHolds() {
    JsonNode json = Json.mapper().readTree(write(StatsFormat.JSON, STATS));
    Map<String, Section> md = byHeading(sections(write(StatsFormat.MARKDOWN, STATS)));

    List<List<String>> records = new ArrayList<>(List.of(List.of("Type", "Records")));
    json.get("recordsPerType").properties().forEach(e -> records.add(List.of(e.getKey(),
        String.valueOf(e.getValue().asInt()))));
    assertThat(md.get("Records").rows()).isEqualTo(records);

    Map<String, String> tallies = Map.of("Stances per actor", "stancesPerActor", "Stances per topic",
        "stancesPerTopic", "Stances per principle", "stancesPerPrinciple", "Stances per position",
        "stancesPerPosition", "Events per year", "eventsPerYear");
    tallies.forEach((heading, field) -> {
      List<List<String>> rows = md.get(heading).rows();
      List<List<String>> expected = new ArrayList<>();
      boolean named = rows.get(0).size() == 3;
      for (JsonNode t : json.get(field)) {
        String name = t.get("name").isNull() ? "" : t.get("name").asString();
        expected.add(named ? List.of(t.get("key").asString(), name, String.valueOf(t.get("count").asInt()))
            : List.of(t.get("key").asString(), String.valueOf(t.get("count").asInt())));
      }
      assertThat(rows.subList(1, rows.size())).as(heading).isEqualTo(expected);
      assertThat(expected).as(heading).isNotEmpty();
    });

    List<List<String>> dates = new ArrayList<>();
    for (JsonNode d : json.get("datePrecision")) {
      dates.add(List.of(d.get("precision").asString(), String.valueOf(d.get("count").asInt()),
          String.format(Locale.ROOT, "%.1f%%", d.get("share").asDouble() * 100)));
    }
    List<List<String>> dateRows = md.get("Dates by precision").rows();
    assertThat(dateRows.get(0)).containsExactly("Precision", "Dates", "Share");
    assertThat(dateRows.subList(1, dateRows.size())).isEqualTo(dates);

    List<List<String>> spreads = new ArrayList<>();
    for (JsonNode s : json.get("sourcesPerRecord")) {
      spreads.add(List.of(s.get("type").asString(), String.valueOf(s.get("records").asInt()),
          String.valueOf(s.get("min").asInt()), String.valueOf(s.get("max").asInt()),
          String.format(Locale.ROOT, "%.2f", s.get("mean").asDouble())));
    }
    assertThat(md.get("Sources per record").rows().subList(1, spreads.size() + 1)).isEqualTo(spreads);

    Map<String, String> named = Map.of("Principles no stance invokes", "principlesWithoutStance",
        "Topics no stance is about", "topicsWithoutStance", "Actors holding no stance", "actorsWithoutStance");
    named.forEach((heading, field) -> {
      List<List<String>> expected = new ArrayList<>();
      json.get(field).forEach(n -> expected.add(List.of(n.get("id").asString(), n.get("name").asString())));
      List<List<String>> rows = md.get(heading).rows();
      assertThat(rows.isEmpty() ? List.of() : rows.subList(1, rows.size())).as(heading).isEqualTo(expected);
    });
  }

  @Test
  void hostileNamesShowAsWrittenInOneCell() {
    List<String> names = List.of(
        "Pipe | in the name",
        "Two\nlines\r\nand\ta tab",
        "*not emphasis* and _not either_",
        "<img src=x onerror=alert(1)> &amp; <b>bold</b>",
        "[a link](https://example.org) and ![an image](x.png)",
        "`code` and ``double``",
        "Back\\slash at the end\\",
        "~~not struck~~",
        "red\u001b[31m and \u202Ereversed",
        "=HYPERLINK(\"x\") +1 -1 @x");
    List<Tally> tallies = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      tallies.add(new Tally("actor-" + i, names.get(i), i + 1));
    }
    DatasetStats hostile = new DatasetStats(Map.of("actors", names.size()), tallies, List.of(),
        List.of(), List.of(), List.of(), List.of(new Share("day", 1, 1.0)),
        List.of(new Spread("stance", 1, 1, 1, 1.0)), List.of(), List.of(),
        List.of(new Named("x|y", "name | with | pipes")));
    String markdown = write(StatsFormat.MARKDOWN, hostile);
    Map<String, Section> md = byHeading(sections(markdown));

    List<List<String>> rows = md.get("Stances per actor").rows();
    assertThat(rows).hasSize(names.size() + 1);
    for (int i = 0; i < names.size(); i++) {
      String shown = TerminalText.escape(names.get(i).replaceAll("[\\r\\n\\t]+", " ")).strip();
      assertThat(rows.get(i + 1)).as("row of %s", names.get(i))
          .containsExactly("actor-" + i, shown, String.valueOf(i + 1));
    }
    assertThat(md.get("Actors holding no stance").rows().get(1)).containsExactly("x|y", "name | with | pipes");
    assertThat(md.get("Topics no stance is about").rows()).isEmpty();
    assertThat(markdown).doesNotContain("\u001b").doesNotContain("\u202E");
  }
}
