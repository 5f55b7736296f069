package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Dataset;
import org.policyset.dataset.BundledDataset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatsCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void textNamesEverySectionWithTheFixturesNumbers() {
    Cli r = Cli.run("stats", Fixture.PATH);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Records\n  actors            8\n")
        .contains("Stances per actor\n  bd                  4  Borduria\n  sy                  4  Syldavia\n")
        .contains("Stances per position\n  supports        4\n")
        .contains("Events per year\n  2023      1\n  2024      2\n  2025      5\n")
        .contains("Dates by precision (27 dates)\n  year        4   14.8%\n")
        .contains("  stance         13 records  min 1  max 2  mean 1.08\n")
        .contains("Principles no stance invokes\n  transparency  Transparency\n")
        .contains("Topics no stance is about\n  maritime-law     Maritime law\n  trade-corridors  Trade corridors\n")
        .contains("Actors holding no stance\n  kl    Klopstokia\n");
  }

  @Test
  void markdownIsOneTablePerSection() {
    Cli r = Cli.run("stats", "--format", "markdown", "--", Fixture.PATH);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("## Records\n\n| Type | Records |\n|---|---:|\n| actors | 8 |\n")
        .contains("\n## Stances per actor\n\n| Actor | Name | Stances |\n|---|---|---:|\n");
    assertThat(Cli.run("stats", "--help").out()).contains("text, json, markdown");
  }

  @Test
  void jsonHasTheDocumentedShape() {
    Cli r = Cli.run("stats", "--format", "json", Fixture.PATH);
    assertThat(r.exit()).isZero();
    JsonNode root = JSON.readTree(r.out());
    List<String> keys = new ArrayList<>();
    root.propertyNames().forEach(keys::add);
    assertThat(keys).containsExactly("formatVersion", "recordsPerType", "stancesPerActor", "stancesPerTopic",
        "stancesPerPrinciple", "stancesPerPosition", "eventsPerYear", "datePrecision", "sourcesPerRecord",
        "principlesWithoutStance", "topicsWithoutStance", "actorsWithoutStance", "sourceCoverage");
    assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(root.at("/recordsPerType/stances").asInt()).isEqualTo(13);
    assertThat(root.at("/stancesPerActor/0/key").asString()).isEqualTo("bd");
    assertThat(root.at("/stancesPerActor/0/name").asString()).isEqualTo("Borduria");
    assertThat(root.at("/stancesPerActor/0/count").asInt()).isEqualTo(4);
    assertThat(root.at("/stancesPerPosition/0/name").isNull()).isTrue();
    assertThat(root.at("/datePrecision/2/precision").asString()).isEqualTo("day");
    assertThat(root.at("/datePrecision/2/share").asDouble()).isCloseTo(15.0 / 27, within(1e-9));
    assertThat(root.at("/sourcesPerRecord/0/type").asString()).isEqualTo("stance");
    assertThat(root.at("/actorsWithoutStance/0/id").asString()).isEqualTo("kl");
  }

  @Test
  void theBundledDatasetsStatsAddUp() {
    Dataset data = BundledDataset.load();
    Cli r = Cli.run("stats", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.at("/recordsPerType/stances").asInt()).isEqualTo(data.stances().size());
    assertThat(root.at("/recordsPerType/actors").asInt()).isEqualTo(data.actors().size());
    int positions = 0;
    for (JsonNode t : root.get("stancesPerPosition")) {
      positions += t.get("count").asInt();
    }
    assertThat(positions).isEqualTo(data.stances().size());
    double shares = 0;
    for (JsonNode s : root.get("datePrecision")) {
      shares += s.get("share").asDouble();
    }
    assertThat(shares).isCloseTo(data.stances().isEmpty() && data.events().isEmpty() ? 0 : 1, within(1e-9));
    int events = 0;
    for (JsonNode y : root.get("eventsPerYear")) {
      events += y.get("count").asInt();
    }
    // Undated events (the outbreak of the war, the position paper, …) are in no year.
    assertThat(events).isEqualTo(data.events().stream().filter(e -> e.date() != null).count())
        .isLessThan(data.events().size());
    assertThat(root.get("actorsWithoutStance").size() + root.get("stancesPerActor").size())
        .isGreaterThanOrEqualTo(data.actors().size());
  }

  @Test
  void theBundledSourcesCoverageNamesTheParagraphsNoRecordCites() {
    Cli r = Cli.run("stats");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Source coverage (paragraphs of archived texts cited)\n"
        + "  seed-commentary   21 of   23   91.3%  not cited: 6, 10\n");
    Cli json = Cli.run("stats", "--format", "json");
    JsonNode c = JSON.readTree(json.out()).at("/sourceCoverage/0");
    assertThat(c.get("source").asString()).isEqualTo("seed-commentary");
    assertThat(c.get("text").asString()).isEqualTo("texts/south-south-security-cooperation.txt");
    assertThat(c.get("paragraphs").asInt()).isEqualTo(23);
    assertThat(c.get("cited").asInt()).isEqualTo(21);
    assertThat(c.get("uncited").toString()).isEqualTo("[6,10]");
  }

  @Test
  void theCoverageReportListsEveryParagraphWithWhoCitesIt() {
    Cli r = Cli.run("stats", "--coverage", "--", "../dataset/data");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("seed-commentary (texts/south-south-security-cooperation.txt): 21 of 23 paragraphs cited\n")
        .containsPattern("\n  para\\. 6 \\(item 1, heading\\) +not cited: \"1\\) Addressing Common Challenges:\"\n")
        .contains("\n  para. 9 (item 2)              topic:climate-change, topic:conflict, topic:human-security, "
            + "topic:inequality, topic:poverty, principle:development-security, stance:author-analysis-development-security\n");
    Cli json = Cli.run("stats", "--coverage", "--format", "json");
    JsonNode root = JSON.readTree(json.out());
    assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
    JsonNode p6 = root.at("/sources/0/coverage/5");
    assertThat(p6.get("paragraph").asInt()).isEqualTo(6);
    assertThat(p6.get("locator").asString()).isEqualTo("para. 6 (item 1, heading)");
    assertThat(p6.get("citedBy").isEmpty()).isTrue();
    assertThat(root.at("/sources/0/coverage/2/citedBy").toString()).contains("\"stance:");
  }
}
