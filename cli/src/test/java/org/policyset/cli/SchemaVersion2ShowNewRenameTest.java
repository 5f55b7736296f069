package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Event;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;

/**
 * {@code show}, {@code new stance} and {@code rename} on schema version 2 data: show prints the new
 * fields with what their references name; new stance takes the version 2 options in a version 2
 * dataset only (and --date/--until in a version 1 dataset only); rename rewrites the new references.
 */
class SchemaVersion2ShowNewRenameTest {

  static final String V2 = SchemaVersion2MergeTest.V2.toString();

  @TempDir Path dir;

  @Test
  void showPrintsTheNewFieldsOfAStanceWithWhatTheyName() {
    Cli r = Cli.run("show", "stance:vd-rejects-blockade", "--color", "never", "--", V2);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("\n  strength +emphatic\n")
        .containsPattern("\n  attribution +stated\n")
        .containsPattern("\n  voicedBy +vd-spokesperson \\(Foreign ministry spokesperson of Veldoria\\)\n")
        .containsPattern("\n  attested +\\[2025-03-01\\.\\.2025-03-05\\]\n")
        .containsPattern("\n  inEffect +2025-03/\\.\\.\n")
        .containsPattern("\n  expressedAt +coastal-summit-2025 \\(The Coastal Summit, 2025-03\\)\n")
        .containsPattern("\n  targets +om \\(Ostmark\\)\n");
    assertThat(Cli.run("show", "stance:vd-south-welcome-accord", "--color", "never", "--", V2).out())
        .containsPattern("\n  holderScopes +southern-states \\(The southern states\\): some\n")
        .containsPattern("\n  reportedBy +src-commentary \\(Harbour talks and the southern states\\)\n");
  }

  @Test
  void showPrintsEventAndTopicRelationsSourceAuthorsAndUnnamedActors() {
    assertThat(Cli.run("show", "event:tidewater-declaration", "--color", "never", "--", V2).out())
        .containsPattern("\n  relations +follows river-dispute-outbreak \\(The outbreak of the river dispute\\) within P2M\n");
    assertThat(Cli.run("show", "topic:piracy", "--color", "never", "--", V2).out())
        .containsPattern("\n  relations +threatens fisheries \\(Fisheries of the region\\)\n");
    assertThat(Cli.run("show", "source:src-ministry", "--color", "never", "--", V2).out())
        .containsPattern("\n  authors +vd \\(Veldoria\\)\n").containsPattern("\n  language +en\n");
    assertThat(Cli.run("show", "actor:commentary-author", "--color", "never", "--", V2).out())
        .containsPattern("\n  unnamed +true\n");
  }

  @Test
  void citeFindsAPassageInAVersion2DatasetsSource() {
    Cli r = Cli.run("cite", "--source", "src-commentary", "--quote", "Piracy threatens the fisheries", "--", V2);
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("\"source\": \"src-commentary\"").contains("para. 13");
  }

  @Test
  void newStanceInAVersion2DatasetTakesTheVersion2Options() throws Exception {
    Path data = SchemaVersion2MergeTest.copy(dir.resolve("data"));
    assertThat(Cli.run("format", "--", data.toString()).exit()).isZero();
    Cli r = Cli.run("new", "stance", "--id", "om-blockade", "--holder", "om", "--topic", "shipping-lanes",
        "--position", "supports", "--statement", "Ostmark upholds its blockade.",
        "--attribution", "reported", "--reported-by", "src-commentary", "--attested", "2025-03?",
        "--in-effect", "2025-03/..",
        "--expressed-at", "coastal-summit-2025", "--target", "vd", "--strength", "hedged",
        "--source", "src-commentary", "--quote", "the blockade imposed by Ostmark", "--locator", "para. 7",
        "--", data.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    Stance s = SchemaVersion2MergeTest.read(data).find(Stance.class, "om-blockade").orElseThrow();
    assertThat(s.attribution()).hasToString("reported");
    assertThat(s.reportedBy()).containsExactly("src-commentary");
    assertThat(s.attested()).hasToString("2025-03?");
    assertThat(s.inEffect()).hasToString("2025-03/..");
    assertThat(s.expressedAt()).isEqualTo("coastal-summit-2025");
    assertThat(s.targets()).containsExactly("vd");
    assertThat(s.strength()).hasToString("hedged");
    assertThat(s.date()).isNull();
    assertThat(Cli.run("format", "--check", "--", data.toString()).exit()).isZero();

    Cli reported = Cli.run("new", "stance", "--id", "vd-reported", "--holder", "vd", "--topic", "shipping-lanes",
        "--position", "supports", "--statement", "Veldoria supports open lanes.",
        "--attribution", "reported", "--reported-by", "src-commentary", "--source", "src-commentary",
        "--print", "--", data.toString());
    assertThat(reported.exit()).as(reported.out() + reported.err()).isZero();
    assertThat(reported.out()).contains("\"reportedBy\": [").contains("\"src-commentary\"");
  }

  @Test
  void theOptionsOfTheOtherVersionAreAUsageError() throws Exception {
    Path data = SchemaVersion2MergeTest.copy(dir.resolve("data"));
    String before = Files.readString(data.resolve("stances.json"));
    Cli dated = Cli.run("new", "stance", "--id", "x", "--holder", "vd", "--topic", "shipping-lanes",
        "--position", "supports", "--statement", "S.", "--attribution", "reported", "--date", "2025",
        "--until", "2026", "--source", "src-commentary", "--", data.toString());
    assertThat(dated.exit()).isEqualTo(2);
    assertThat(dated.err()).contains("--date and --until are for schema version 1, and this dataset is version 2")
        .contains("--attested").contains("--in-effect");
    assertThat(Files.readString(data.resolve("stances.json"))).isEqualTo(before);

    Cli missing = Cli.run("new", "stance", "--id", "x", "--holder", "vd", "--topic", "shipping-lanes",
        "--position", "supports", "--statement", "S.", "--source", "src-commentary", "--", data.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--attribution is required in a schema version 2 dataset");

    Cli v1 = Cli.run("new", "stance", "--id", "x", "--holder", "ar", "--topic", "border-ceasefire",
        "--position", "supports", "--statement", "S.", "--date", "2025", "--attribution", "stated",
        "--target", "bd", "--source", "src-news", "--print", "--", Fixture.PATH);
    assertThat(v1.exit()).isEqualTo(2);
    assertThat(v1.err()).contains("--attribution, --target are for schema version 2, and this dataset is version 1")
        .contains("policyset migrate");
  }

  @Test
  void renameRewritesTheNewReferenceFields() throws Exception {
    Path data = SchemaVersion2MergeTest.copy(dir.resolve("data"));
    for (String[] r : new String[][] {{"actor", "om", "ostmark"}, {"actor", "vd-spokesperson", "vd-voice"},
        {"actor", "commentary-author", "the-author"}, {"event", "coastal-summit-2025", "coastal-summit"},
        {"event", "river-dispute-outbreak", "dispute-outbreak"}, {"topic", "fisheries", "fish"},
        {"source", "src-commentary", "commentary"}}) {
      Cli run = Cli.run("rename", r[0], r[1], r[2], "--", data.toString());
      assertThat(run.exit()).as(String.join(" ", r) + ": " + run.out() + run.err()).isZero();
    }
    Dataset d = SchemaVersion2MergeTest.read(data);
    Stance blockade = d.find(Stance.class, "vd-rejects-blockade").orElseThrow();
    assertThat(blockade.targets()).containsExactly("ostmark");
    assertThat(blockade.voicedBy()).containsExactly("vd-voice");
    assertThat(blockade.expressedAt()).isEqualTo("coastal-summit");
    assertThat(d.find(Stance.class, "vd-open-lanes").orElseThrow().reportedBy()).containsExactly("commentary");
    assertThat(d.find(Stance.class, "south-conditional-patrols").orElseThrow().holderScopes().get(0).actor())
        .isEqualTo("southern-states");
    assertThat(d.find(Event.class, "tidewater-declaration").orElseThrow().relations().get(0).event())
        .isEqualTo("dispute-outbreak");
    assertThat(d.find(Topic.class, "piracy").orElseThrow().relations().get(0).topic()).isEqualTo("fish");
    assertThat(d.find(Source.class, "commentary").orElseThrow().authors()).containsExactly("the-author");
    assertThat(d.find(Actor.class, "the-author").orElseThrow().sources().get(0).source()).isEqualTo("commentary");
    Cli validate = Cli.run("validate", "--", data.toString());
    assertThat(validate.out()).contains("no errors");
  }

  @Test
  void renameRewritesHolderScopes() throws Exception {
    Path data = SchemaVersion2MergeTest.copy(dir.resolve("data"));
    Cli run = Cli.run("rename", "actor", "southern-states", "south", "--", data.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    Stance s = SchemaVersion2MergeTest.read(data).find(Stance.class, "vd-south-welcome-accord").orElseThrow();
    assertThat(s.holders()).containsExactly("vd", "south");
    assertThat(s.holderScopes().get(0).actor()).isEqualTo("south");
  }
}
