package org.policyset.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.MemberScope;
import org.policyset.core.model.SchemaVersions;
import org.policyset.core.model.Stance;

/**
 * Reading schema version 2: the manifest decides the version, a version 1 document reads exactly
 * as before, and the fast path (files) and the reference path (memory) agree.
 */
class SchemaVersion2ReadTest {

  @TempDir Path dir;

  private static final String ACTORS = "\"actors\": [{\"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"},"
      + " {\"id\": \"global-south\", \"name\": \"Countries of the Global South\", \"kind\": \"grouping\"}],"
      + " \"topics\": [{\"id\": \"gaza-ceasefire\", \"name\": \"Ceasefire in Gaza\"}],"
      + " \"sources\": [{\"id\": \"seed\", \"title\": \"A commentary\", \"kind\": \"commentary\"}]";

  private static String manifest(String version) {
    return "\"manifest\": {\"id\": \"example\", \"title\": \"Example\", \"version\": \"1.0.0\","
        + " \"license\": \"CC0-1.0\", \"schemaVersion\": \"" + version + "\"}";
  }

  private static final String V2_STANCE = "{\"id\": \"cn-gs-ceasefire\", \"holders\": [\"cn\", \"global-south\"],"
      + " \"holderScopes\": [{\"actor\": \"global-south\", \"scope\": \"some\"}],"
      + " \"topic\": \"gaza-ceasefire\", \"position\": \"calls-for\", \"strength\": \"emphatic\","
      + " \"statement\": \"China and some countries of the Global South call for a ceasefire.\","
      + " \"attribution\": \"reported\", \"reportedBy\": [\"seed\"], \"attested\": \"2025-09-12?\","
      + " \"inEffect\": \"/..\", \"sources\": [{\"source\": \"seed\", \"basis\": \"inferred\"}]}";

  private static final String V1_STANCE = "{\"id\": \"cn-ceasefire\", \"holders\": [\"cn\"],"
      + " \"topic\": \"gaza-ceasefire\", \"position\": \"calls-for\","
      + " \"statement\": \"China calls for a ceasefire.\", \"date\": \"2023\","
      + " \"sources\": [{\"source\": \"seed\"}]}";

  /** Reads {@code json} both from memory (reference path) and from a file (fast path). */
  private List<DatasetReader.Result> both(String json) throws IOException {
    Path file = dir.resolve("data.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return List.of(DatasetReader.create().loadString("data.json", json, InputFormat.JSON),
        DatasetReader.create().load(List.of(file)));
  }

  private static List<String> codes(DatasetReader.Result r) {
    return r.findings().stream().map(f -> f.rule().code() + " " + f.message()).toList();
  }

  @Test
  void aVersion2DatasetBindsItsNewFields() throws IOException {
    for (DatasetReader.Result r : both("{" + manifest("2") + ", " + ACTORS + ", \"stances\": [" + V2_STANCE + "]}")) {
      assertThat(r.findings()).isEmpty();
      Stance s = r.dataset().stances().get(0);
      assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
      assertThat(s.reportedBy()).containsExactly("seed");
      assertThat(s.holderScopes()).singleElement().satisfies(h -> {
        assertThat(h.actor()).isEqualTo("global-south");
        assertThat(h.scope()).isEqualTo(MemberScope.SOME);
      });
      assertThat(s.attested()).hasToString("2025-09-12?");
      assertThat(s.inEffect()).hasToString("/..");
      assertThat(s.date()).isNull();
      assertThat(SchemaVersions.fits(s, 2)).isTrue();
      assertThat(SchemaVersions.fits(s, 1)).isFalse();
    }
  }

  @Test
  void aVersion2FieldInAVersion1DocumentIsAnUnknownPropertyAsBefore() throws IOException {
    String stance = V1_STANCE.replace("\"date\": \"2023\",", "\"date\": \"2023\", \"attribution\": \"reported\",");
    for (DatasetReader.Result r : both("{" + manifest("1") + ", " + ACTORS + ", \"stances\": [" + stance + "]}")) {
      assertThat(codes(r)).containsExactly("PS203 unknown property 'attribution' in a stance");
      Finding f = r.findings().get(0);
      assertThat(f.hint()).doesNotContain("attested").contains("date");
    }
  }

  @Test
  void aCitationBasisInAVersion1DocumentIsAnUnknownProperty() throws IOException {
    String stance = V1_STANCE.replace("{\"source\": \"seed\"}", "{\"source\": \"seed\", \"basis\": \"inferred\"}");
    for (DatasetReader.Result r : both("{" + ACTORS + ", \"stances\": [" + stance + "]}")) {
      assertThat(codes(r)).contains("PS203 unknown property 'basis' in a citation");
    }
  }

  @Test
  void aVersion1DateInAVersion2DocumentIsUnknownAndAttributionIsRequired() throws IOException {
    for (DatasetReader.Result r : both("{" + manifest("2") + ", " + ACTORS + ", \"stances\": [" + V1_STANCE + "]}")) {
      assertThat(codes(r)).containsExactlyInAnyOrder(
          "PS203 unknown property 'date' in a stance",
          "PS205 required field 'attribution' is missing");
    }
  }

  @Test
  void anEventWithoutADateIsAnErrorInVersion1AndFineInVersion2() throws IOException {
    String event = "\"events\": [{\"id\": \"gaza-war-outbreak\", \"title\": \"The outbreak of the Gaza war\","
        + " \"type\": \"conflict\", \"sources\": [{\"source\": \"seed\"}]}]";
    for (DatasetReader.Result r : both("{" + manifest("1") + ", " + ACTORS + ", " + event + "}")) {
      assertThat(codes(r)).containsExactly("PS205 required field 'date' is missing");
    }
    for (DatasetReader.Result r : both("{" + manifest("2") + ", " + ACTORS + ", " + event + "}")) {
      assertThat(r.findings()).isEmpty();
      assertThat(r.dataset().events().get(0).date()).isNull();
    }
  }

  @Test
  void aDateOutsideTheProfileIsAnInvalidDate() throws IOException {
    String stance = V2_STANCE.replace("\"2025-09-12?\"", "\"2001-21\"");
    for (DatasetReader.Result r : both("{" + manifest("2") + ", " + ACTORS + ", \"stances\": [" + stance + "]}")) {
      assertThat(r.findings()).singleElement().satisfies(f -> {
        assertThat(f.rule().code()).isEqualTo("PS207");
        assertThat(f.location().line()).isEqualTo(1);
      });
    }
  }

  @Test
  void aManifestAfterTheRecordsThatNamesAnotherVersionIsReported() throws IOException {
    for (DatasetReader.Result r : both("{" + ACTORS + ", \"stances\": [" + V1_STANCE + "], " + manifest("2") + "}")) {
      assertThat(codes(r)).singleElement().asString().startsWith(
          "PS213 the manifest declares schema version 2, but the records were checked as version 1");
    }
  }

  @Test
  void aVersionThisReleaseDoesNotReadIsReported() throws IOException {
    for (DatasetReader.Result r : both("{" + manifest("3") + ", " + ACTORS + ", \"stances\": [" + V1_STANCE + "]}")) {
      assertThat(codes(r)).singleElement().asString().startsWith(
          "PS213 schema version '3' is not one this release of policyset reads (1, 2)");
    }
  }

  @Test
  void aJsonLinesFileTakesTheVersionOfItsFirstLine() throws IOException {
    String lines = "{\"$type\": \"manifest\", \"id\": \"example\", \"title\": \"Example\", \"version\": \"1.0.0\","
        + " \"license\": \"CC0-1.0\", \"schemaVersion\": \"2\"}\n"
        + "{\"$type\": \"actor\", \"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"}\n"
        + "{\"$type\": \"actor\", \"id\": \"global-south\", \"name\": \"Global South\", \"kind\": \"grouping\"}\n"
        + "{\"$type\": \"topic\", \"id\": \"gaza-ceasefire\", \"name\": \"Ceasefire in Gaza\"}\n"
        + "{\"$type\": \"source\", \"id\": \"seed\", \"title\": \"A commentary\", \"kind\": \"commentary\"}\n"
        + "{\"$type\": \"stance\", " + V2_STANCE.substring(1) + "\n";
    Path file = dir.resolve("data.jsonl");
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    for (DatasetReader.Result r : List.of(DatasetReader.create().load(List.of(file)),
        DatasetReader.create().loadString("data.jsonl", lines, InputFormat.JSON_LINES))) {
      assertThat(r.findings()).isEmpty();
      assertThat(r.dataset().stances().get(0).attribution()).isEqualTo(Attribution.REPORTED);
    }
  }

  @Test
  void aFolderTakesTheVersionOfItsManifestFile() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("manifest.json"), "{" + manifest("2") + "}");
    Files.writeString(data.resolve("actors.json"), "{" + ACTORS + "}");
    Files.writeString(data.resolve("stances.json"), "{\"stances\": [" + V2_STANCE + "]}");
    DatasetReader.Result r = DatasetReader.create().load(List.of(data));
    assertThat(r.findings()).isEmpty();
    assertThat(r.dataset().manifest().schemaVersion()).isEqualTo("2");
  }

  @Test
  void aFileOfAVersion2FolderReadAloneTakesTheVersionOfTheManifestBesideIt() throws IOException {
    // The pre-commit hook validates the changed files of a dataset folder, without its manifest.
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("manifest.json"), "{" + manifest("2") + "}");
    Path stances = data.resolve("stances.json");
    Files.writeString(stances, "{\"stances\": [" + V2_STANCE + "]}");
    DatasetReader.Result r = DatasetReader.create().load(List.of(stances));
    assertThat(r.findings()).isEmpty();
    assertThat(r.dataset().stances().get(0).attribution()).isEqualTo(Attribution.REPORTED);
    // A version assumed by the caller wins over the manifest beside the file.
    assertThat(codes(DatasetReader.create().assumingSchemaVersion(1).load(List.of(stances))))
        .contains("PS203 unknown property 'attribution' in a stance");
  }

  @Test
  void aBuilderRefusesAStanceOfNeitherForm() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Stance.builder().id("s").holders("cn")
            .topic("t").position(org.policyset.core.model.Position.SUPPORTS).statement("S.")
            .sources(List.of(new org.policyset.core.model.Citation("seed", null, null))).build())
        .hasMessageContaining("date: required in schema version 1");
    Stance v2 = Stance.builder().id("s").holders("cn").topic("t")
        .position(org.policyset.core.model.Position.SUPPORTS).statement("S.")
        .attribution(Attribution.ANALYSIS)
        .sources(List.of(new org.policyset.core.model.Citation("seed", null, null))).build();
    assertThat(SchemaVersions.formOf(v2)).isEqualTo(2);
  }
}
