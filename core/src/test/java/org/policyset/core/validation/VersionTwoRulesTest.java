package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.SourceTextProvider;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Position;
import org.policyset.core.model.Stance;

/**
 * The schema version 2 rules on attribution, holders and targets (PS214, PS312, PS314, PS315,
 * PS405–PS407, PS401 on relations) and the quotes of version 2 citations: each finding at its exact
 * place, the same from a file (fast path) and from memory (reference path), whether the records a
 * stance names come before or after it; and nothing of it in a version 1 document.
 */
class VersionTwoRulesTest {

  @TempDir Path dir;

  private static final String MANIFEST = "\"manifest\": {\"id\": \"example\", \"title\": \"Example\","
      + " \"version\": \"1.0.0\", \"license\": \"CC0-1.0\", \"schemaVersion\": \"2\"}";
  private static final String ACTORS = "\"actors\": ["
      + "{\"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"},\n"
      + "{\"id\": \"author\", \"name\": \"Author of the commentary\", \"kind\": \"person\", \"unnamed\": true}]";
  private static final String GROUP = ", {\"id\": \"global-south\", \"name\": \"Countries of the"
      + " Global South\", \"kind\": \"grouping\"}]";
  /** The actors and the Global South. */
  private static final String GROUPED = ACTORS.substring(0, ACTORS.length() - 1) + GROUP;
  private static final String TOPICS = "\"topics\": [{\"id\": \"gaza-ceasefire\", \"name\": \"Ceasefire in Gaza\"}]";
  private static final String SOURCES = "\"sources\": ["
      + "{\"id\": \"seed\", \"title\": \"A commentary\", \"kind\": \"commentary\", \"authors\": [\"author\"],"
      + " \"text\": \"seed.txt\"}]";
  private static final String TEXT = "Throughout the years of war on the Gaza Strip, China has been"
      + " insisting on the need for a ceasefire.\nIts position paper invoked Resolution 2712.\n";

  /** A stance with the given fields after its statement. */
  private static String stance(String id, String holders, String fields) {
    return "{\"id\": \"" + id + "\", \"holders\": " + holders + ", \"topic\": \"gaza-ceasefire\","
        + " \"position\": \"calls-for\", \"statement\": \"They call for a ceasefire.\",\n " + fields
        + ", \"attested\": \"2023\", \"sources\": [{\"source\": \"seed\"}]}";
  }

  private static String reported(String id, String holders, String more) {
    return stance(id, holders, "\"attribution\": \"reported\", \"reportedBy\": [\"seed\"]" + more);
  }

  /** Validates {@code json} from memory and from a file; returns both reports. */
  private List<ValidationReport> both(String json) throws IOException {
    ValidationReport memory = DatasetValidator.create().validate("data.json",
        json.getBytes(StandardCharsets.UTF_8), InputFormat.JSON,
        SourceTextProvider.of(Map.of("seed.txt", TEXT.getBytes(StandardCharsets.UTF_8))));
    Path folder = Files.createDirectories(dir.resolve("d" + Integer.toHexString(json.hashCode())));
    Files.writeString(folder.resolve("data.json"), json);
    Files.writeString(folder.resolve("seed.txt"), TEXT);
    ValidationReport file = DatasetValidator.create().validate(List.of(folder.resolve("data.json")));
    return List.of(memory, file);
  }

  /** The findings as "code pointer line:column", the same for both reports. */
  private List<String> findings(String json) throws IOException {
    List<List<String>> seen = new ArrayList<>();
    for (ValidationReport r : both(json)) {
      List<String> out = new ArrayList<>();
      for (Finding f : r.findings()) {
        out.add(f.rule().code() + " " + f.pointer() + " " + f.location().line() + ":"
            + f.location().column());
      }
      seen.add(out);
    }
    assertThat(seen.get(1)).as("from a file as from memory").isEqualTo(seen.get(0));
    return seen.get(0);
  }

  private static String doc(String... sections) {
    return "{" + MANIFEST + ",\n" + String.join(",\n", sections) + "}";
  }

  @Test
  void aScopeOnAStateIsReportedWhetherTheStateComesBeforeOrAfterTheStance() throws IOException {
    String s = "\"stances\": [\n" + reported("s-1", "[\"cn\", \"global-south\"]",
        ", \"holderScopes\": [{\"actor\": \"cn\", \"scope\": \"some\"}]") + "]";
    assertThat(findings(doc(GROUPED, TOPICS, SOURCES, s)))
        .containsExactly("PS312 /stances/0/holderScopes/0/actor 8:71");
    assertThat(findings(doc(s, GROUPED, TOPICS, SOURCES)))
        .containsExactly("PS312 /stances/0/holderScopes/0/actor 4:71");
  }

  @Test
  void aScopeOnAGroupOrAnOrganIsFine() throws IOException {
    String actors = GROUPED.replace("}]", "}, {\"id\": \"unsc\", \"name\": \"Security Council\","
        + " \"kind\": \"organ\"}]");
    String s = "\"stances\": [" + reported("s-1", "[\"cn\", \"global-south\", \"unsc\"]",
        ", \"holderScopes\": [{\"actor\": \"global-south\", \"scope\": \"some\"},"
            + " {\"actor\": \"unsc\", \"scope\": \"unspecified\"}]") + "]";
    assertThat(findings(doc(actors, TOPICS, SOURCES, s))).isEmpty();
  }

  @Test
  void aScopeOnAnActorThatIsNoHolderIsThatAloneNotAlsoANonGroup() throws IOException {
    String s = "\"stances\": [" + reported("s-1", "[\"global-south\"]",
        ", \"holderScopes\": [{\"actor\": \"cn\", \"scope\": \"all\"}]") + "]";
    assertThat(findings(doc(GROUPED, TOPICS, SOURCES, s))).singleElement().asString()
        .startsWith("PS315 /stances/0/holderScopes/0/actor");
  }

  @Test
  void targetsNameActorsThatMustExistAndThatCountAsUsed() throws IOException {
    String actors = ACTORS.replace("]", ", {\"id\": \"eg\", \"name\": \"Egypt\", \"kind\": \"state\"}]");
    String s = "\"stances\": [" + reported("s-1", "[\"cn\"]", ", \"targets\": [\"eg\", \"us\", \"cn\"]") + "]";
    assertThat(findings(doc(actors, TOPICS, SOURCES, s))).extracting(f -> f.split(" ")[0] + " " + f.split(" ")[1])
        .containsExactly("PS302 /stances/0/targets/1", "PS314 /stances/0/targets/2");
  }

  @Test
  void aReportingSourceMustExistAndBeCited() throws IOException {
    String sources = SOURCES.replace("}]", "}, {\"id\": \"news\", \"title\": \"News\", \"kind\": \"news\"}]");
    String s = "\"stances\": [" + stance("s-1", "[\"cn\"]",
        "\"attribution\": \"reported\", \"reportedBy\": [\"seed\", \"news\", \"gone\"]") + "]";
    assertThat(findings(doc(ACTORS, TOPICS, sources, s))).extracting(f -> f.split(" ")[0] + " " + f.split(" ")[1])
        .containsExactly("PS404 /sources/1/id", "PS405 /stances/0/reportedBy/1",
            "PS302 /stances/0/reportedBy/2", "PS405 /stances/0/reportedBy/2");
  }

  @Test
  void anAuthorsClaimIsCheckedWhetherItsSourceComesBeforeOrAfterIt() throws IOException {
    String s = "\"stances\": [\n" + stance("s-1", "[\"author\", \"cn\"]", "\"attribution\": \"analysis\"") + ",\n"
        + stance("s-2", "[\"cn\"]", "\"attribution\": \"stated\"") + ",\n"
        + stance("s-3", "[\"author\"]", "\"attribution\": \"prediction\"") + "]";
    List<String> before = findings(doc(ACTORS, TOPICS, SOURCES, s));
    assertThat(before).containsExactly("PS406 /stances/0/holders/1 7:37", "PS407 /stances/1/attribution 10:2");
    List<String> after = findings(doc(ACTORS, TOPICS, s, SOURCES));
    assertThat(after).containsExactly("PS406 /stances/0/holders/1 6:37", "PS407 /stances/1/attribution 9:2");
  }

  @Test
  void statedIsFineWhenTheSourceIsByWhoVoicedIt() throws IOException {
    String sources = SOURCES.replace("\"authors\": [\"author\"]", "\"authors\": [\"author\", \"spokesperson\"]");
    String actors = ACTORS.replace("]", ", {\"id\": \"spokesperson\", \"name\": \"A spokesperson\","
        + " \"kind\": \"person\", \"memberOf\": [\"cn\"]}]");
    String s = "\"stances\": [" + stance("s-1", "[\"cn\"]",
        "\"attribution\": \"stated\", \"voicedBy\": [\"spokesperson\"]") + "]";
    assertThat(findings(doc(actors, TOPICS, sources, s))).isEmpty();
    assertThat(findings(doc(actors, TOPICS, sources, s.replace("\"voicedBy\": [\"spokesperson\"]",
        "\"voicedBy\": [\"nobody\"]")))).extracting(f -> f.split(" ")[0])
        .containsExactly("PS407", "PS302");
  }

  @Test
  void anAuthorsClaimCitingAnUndeclaredSourceIsLeftToTheDanglingReference() throws IOException {
    String s = "\"stances\": [" + stance("s-1", "[\"cn\"]", "\"attribution\": \"analysis\"")
        .replace("{\"source\": \"seed\"}", "{\"source\": \"sed\"}") + "]";
    assertThat(findings(doc(ACTORS, TOPICS, SOURCES, s))).extracting(f -> f.split(" ")[0])
        .containsExactly("PS404", "PS302");
  }

  @Test
  void reportedAndReportedByGoTogether() throws IOException {
    String s = "\"stances\": [" + stance("s-1", "[\"cn\"]", "\"attribution\": \"reported\"") + ", "
        + stance("s-2", "[\"author\"]", "\"attribution\": \"proposal\", \"reportedBy\": [\"seed\"]") + "]";
    assertThat(findings(doc(ACTORS, TOPICS, SOURCES, s))).extracting(f -> f.split(" ")[0] + " " + f.split(" ")[1])
        .containsExactly("PS214 /stances/0/attribution", "PS214 /stances/1/reportedBy");
  }

  @Test
  void aRecordBuiltInCodeGetsTheShapeRuleOnAttribution() {
    Stance s = Stance.builder().id("s-1").holders("cn").topic("gaza-ceasefire")
        .position(Position.CALLS_FOR).statement("China calls for a ceasefire.")
        .attribution(Attribution.REPORTED)
        .sources(List.of(new Citation("seed", null, null))).build();
    assertThat(DatasetValidator.create().validateRecord(s)).extracting(Finding::rule)
        .containsExactly(Rule.ATTRIBUTION_FIELDS);
  }

  @Test
  void quotesOfEventAndTopicRelationsAndOfActorsAndTopicsAreCheckedWhereTheyStand() throws IOException {
    String events = "\"events\": [{\"id\": \"res-2712\", \"title\": \"Resolution 2712\", \"date\": \"2023-11-15\","
        + " \"type\": \"resolution\", \"sources\": [{\"source\": \"seed\", \"quote\": \"Resolution 2712\"}]},\n"
        + "{\"id\": \"paper\", \"title\": \"Position paper\", \"type\": \"position-paper\","
        + " \"sources\": [{\"source\": \"seed\", \"quote\": \"Its position paper\"}],\n"
        + " \"relations\": [{\"event\": \"res-2712\", \"kind\": \"invokes\","
        + " \"sources\": [{\"source\": \"seed\", \"quote\": \"invoked Resolution 2713\"}]}]}]";
    String topics = "\"topics\": [{\"id\": \"gaza-ceasefire\", \"name\": \"Ceasefire in Gaza\","
        + " \"sources\": [{\"source\": \"seed\", \"quote\": \"the need for a truce\"}],\n"
        + " \"relations\": [{\"topic\": \"war\", \"kind\": \"related-to\","
        + " \"sources\": [{\"source\": \"seed\", \"quote\": \"years of peace\"}]}]},\n"
        + " {\"id\": \"war\", \"name\": \"War\"}]";
    String actors = ACTORS.replace("\"kind\": \"state\"}",
        "\"kind\": \"state\", \"sources\": [{\"source\": \"seed\", \"quote\": \"Chinese\"}]}");
    String s = "\"stances\": [" + reported("s-1", "[\"cn\", \"author\"]", "") + "]";
    assertThat(findings(doc(actors, topics, SOURCES, events, s)))
        .containsExactly("PS402 /actors/0/sources/0/quote 2:90",
            "PS402 /topics/0/sources/0/quote 4:97",
            "PS402 /topics/0/relations/0/sources/0/quote 5:86",
            "PS402 /events/1/relations/0/sources/0/quote 10:88");
  }

  @Test
  void aRelationWithoutACitationAndAnEventCitingOnlyThroughItsRelationsAreMissingCitations()
      throws IOException {
    String events = "\"events\": [{\"id\": \"res-2712\", \"title\": \"Resolution 2712\", \"date\": \"2023-11-15\","
        + " \"type\": \"resolution\", \"sources\": [{\"source\": \"seed\"}],\n"
        + " \"relations\": [{\"event\": \"paper\", \"kind\": \"follows\"}]},\n"
        + "{\"id\": \"paper\", \"title\": \"Position paper\", \"type\": \"position-paper\","
        + " \"relations\": [{\"event\": \"res-2712\", \"kind\": \"invokes\", \"sources\": [{\"source\": \"seed\"}]}]}]";
    String topics = "\"topics\": [{\"id\": \"gaza-ceasefire\", \"name\": \"Ceasefire in Gaza\","
        + " \"relations\": [{\"topic\": \"gaza-ceasefire\", \"kind\": \"related-to\", \"sources\": []}]}]";
    String s = "\"stances\": [" + reported("s-1", "[\"cn\", \"global-south\", \"author\"]", "") + "]";
    assertThat(findings(doc(GROUPED, topics, SOURCES, events, s))).extracting(f -> f.split(" ")[0] + " " + f.split(" ")[1])
        .containsExactly("PS401 /topics/0/relations/0", "PS401 /events/0/relations/0",
            "PS401 /events/1/sources");
  }

  @Test
  void aVersion1DocumentWithVersion2FieldsGetsOnlyUnknownProperties() throws IOException {
    String v1 = "{\"manifest\": {\"id\": \"example\", \"title\": \"Example\", \"version\": \"1.0.0\","
        + " \"license\": \"CC0-1.0\", \"schemaVersion\": \"1\"},\n" + GROUPED.replace(", \"unnamed\": true", "")
        + ",\n" + TOPICS + ",\n" + SOURCES.replace(", \"authors\": [\"author\"]", "") + ",\n"
        + "\"stances\": [{\"id\": \"s-1\", \"holders\": [\"cn\", \"global-south\", \"author\"], \"topic\": \"gaza-ceasefire\","
        + " \"position\": \"calls-for\", \"statement\": \"They call for a ceasefire.\", \"date\": \"2023\","
        + " \"attribution\": \"stated\", \"targets\": [\"cn\"], \"holderScopes\": [{\"actor\": \"cn\", \"scope\": \"some\"}],"
        + " \"sources\": [{\"source\": \"seed\"}]}]}";
    Map<String, Integer> counts = new HashMap<>();
    for (String f : findings(v1)) {
      counts.merge(f.split(" ")[0], 1, Integer::sum);
    }
    assertThat(counts).containsExactly(Map.entry("PS203", 3));
  }
}
