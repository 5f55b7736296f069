package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.Dataset;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.write.CanonicalJson;
import org.policyset.core.write.Migration;
import org.policyset.dataset.BundledDataset;
import org.policyset.testkit.DatasetGenerator;

/**
 * {@code policyset migrate}: in place and to an output, --check for CI, refusals, --to 1, and the
 * round trip on generated datasets and on the bundled dataset.
 */
class MigrateCommandTest {

  @TempDir
  Path dir;

  private static final String MANIFEST = "{\"manifest\": {\"id\": \"example\", \"title\": \"Example\","
      + " \"version\": \"1.0.0\", \"license\": \"CC0-1.0\", \"schemaVersion\": \"1\"}}\n";

  private static final String RECORDS = "{\"actors\": [{\"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"}],"
      + " \"topics\": [{\"id\": \"gaza-ceasefire\", \"name\": \"Ceasefire in Gaza\"}],"
      + " \"sources\": [{\"id\": \"seed\", \"title\": \"A commentary\", \"kind\": \"commentary\"}],"
      + " \"stances\": [{\"id\": \"cn-ceasefire\", \"holders\": [\"cn\"], \"topic\": \"gaza-ceasefire\","
      + " \"position\": \"calls-for\", \"statement\": \"China calls for a ceasefire.\", \"date\": \"2023-11\","
      + " \"until\": \"2025\", \"sources\": [{\"source\": \"seed\"}]}]}\n";

  private Path folder() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("manifest.json"), MANIFEST);
    Files.writeString(data.resolve("records.json"), RECORDS);
    Files.writeString(data.resolve("NOTES.md"), "kept\n");
    return data;
  }

  private static DatasetReader.Result read(Path p) {
    return DatasetReader.create().load(List.of(p));
  }

  @Test
  void migratesAFolderInPlaceKeepingItsFilesAndOtherContent() throws IOException {
    Path data = folder();
    Cli r = Cli.run("migrate", "--", data.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("migrated from schema version 1 to 2 (2 files rewritten)");
    DatasetReader.Result after = read(data);
    assertThat(after.findings()).isEmpty();
    assertThat(after.dataset().manifest().schemaVersion()).isEqualTo("2");
    assertThat(after.dataset().stances()).singleElement().satisfies(s -> {
      assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
      assertThat(s.reportedBy()).containsExactly("seed");
      assertThat(s.attested()).hasToString("2023-11");
      assertThat(s.inEffect()).hasToString("2023-11/2025");
    });
    try (Stream<Path> s = Files.list(data)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "manifest.json", "records.json", "NOTES.md");
    }
    assertThat(data.resolve("NOTES.md")).hasContent("kept");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("data");
    }
    // Canonical (each file as format writes it), and migrating again has nothing to do.
    Dataset records = read(data).dataset();
    assertThat(data.resolve("records.json")).hasContent(CanonicalJson.document(
        new Dataset(null, records.actors(), records.topics(), records.principles(), records.events(),
            records.stances(), records.sources())).stripTrailing());
    assertThat(data.resolve("manifest.json")).hasContent(CanonicalJson.document(
        Dataset.of(records.manifest(), List.of())).stripTrailing());
    byte[] bytes = Files.readAllBytes(data.resolve("records.json"));
    Cli again = Cli.run("migrate", "--", data.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("already in schema version 2; nothing to do");
    assertThat(data.resolve("records.json")).hasBinaryContent(bytes);
  }

  @Test
  void checkListsWhatWouldChangeWritesNothingAndExits1() throws IOException {
    Path data = folder();
    byte[] before = Files.readAllBytes(data.resolve("records.json"));
    Cli r = Cli.run("migrate", "--check", "--", data.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("not in schema version 2 yet (version 1)")
        .contains("manifest.json").contains("records.json");
    assertThat(data.resolve("records.json")).hasBinaryContent(before);
    assertThat(Cli.run("migrate", "--", data.toString()).exit()).isZero();
    Cli after = Cli.run("migrate", "--check", "--", data.toString());
    assertThat(after.exit()).isZero();
    assertThat(after.out()).contains("already in schema version 2");
  }

  @Test
  void refusesADatasetWithErrorsLocatedAndWritesNothing() throws IOException {
    Path data = folder();
    Files.writeString(data.resolve("records.json"), RECORDS.replace("\"date\": \"2023-11\"", "\"date\": \"2023-13\""));
    byte[] before = Files.readAllBytes(data.resolve("records.json"));
    Cli r = Cli.run("migrate", "--color=never", "--", data.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("records.json:1:").contains("PS207").contains("nothing written");
    assertThat(data.resolve("records.json")).hasBinaryContent(before);
    assertThat(read(data).dataset().manifest().schemaVersion()).isEqualTo("1");
  }

  @Test
  void refusesADatasetWithoutAManifest() throws IOException {
    Path file = dir.resolve("data.json");
    Files.writeString(file, RECORDS);
    Cli r = Cli.run("migrate", "--", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("has no manifest");
    assertThat(file).hasContent(RECORDS.strip());
  }

  @Test
  void aMissingInputExits3() {
    Cli r = Cli.run("migrate", "--", dir.resolve("missing").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).contains("no such file or folder");
  }

  @Test
  void migratesAJsonLinesFileInPlaceAndAFileNamedLikeAnOption() throws IOException {
    String lines = "{\"$type\": \"manifest\", \"id\": \"example\", \"title\": \"Example\", \"version\": \"1.0.0\","
        + " \"license\": \"CC0-1.0\", \"schemaVersion\": \"1\"}\n"
        + "{\"$type\": \"actor\", \"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"}\n"
        + "{\"$type\": \"topic\", \"id\": \"t\", \"name\": \"T\"}\n"
        + "{\"$type\": \"source\", \"id\": \"seed\", \"title\": \"S\", \"kind\": \"commentary\"}\n"
        + "{\"$type\": \"stance\", \"id\": \"s\", \"holders\": [\"cn\"], \"topic\": \"t\", \"position\": \"supports\","
        + " \"statement\": \"S.\", \"date\": \"2020\", \"sources\": [{\"source\": \"seed\"}]}\n";
    Path file = dir.resolve("--to=1.jsonl");
    Files.writeString(file, lines);
    Cli r = Cli.run("migrate", "--", file.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(Files.readString(file)).contains("\"schemaVersion\":\"2\"")
        .contains("\"attribution\":\"reported\"").contains("\"inEffect\":\"2020/..\"");
    assertThat(read(file).findings()).isEmpty();
  }

  @Test
  void toVersion1MapsBackAndRefusesNamingTheRecordsThatCannotGoBack() throws IOException {
    Path data = folder();
    byte[] v1Records = Files.readAllBytes(data.resolve("records.json"));
    assertThat(Cli.run("migrate", "--", data.toString()).exit()).isZero();
    Cli back = Cli.run("migrate", "--to", "1", "--", data.toString());
    assertThat(back.exit()).as(back.out()).isZero();
    assertThat(read(data).dataset().manifest().schemaVersion()).isEqualTo("1");
    assertThat(Files.readString(data.resolve("records.json")))
        .isEqualTo(CanonicalJson.document(read(data.resolve("records.json")).dataset()));
    assertThat(read(data).dataset().stances().get(0).until()).hasToString("2025");
    assertThat(new String(v1Records)).contains("\"until\": \"2025\"");

    assertThat(Cli.run("migrate", "--", data.toString()).exit()).isZero();
    String v2 = Files.readString(data.resolve("records.json"));
    Files.writeString(data.resolve("records.json"), v2.replace("\"attribution\": \"reported\"",
        "\"strength\": \"emphatic\",\n      \"attribution\": \"reported\""));
    byte[] before = Files.readAllBytes(data.resolve("records.json"));
    Cli refused = Cli.run("migrate", "--to", "1", "--", data.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.out()).contains("stance 'cn-ceasefire': strength: not in schema version 1")
        .contains("cannot be written in schema version 1");
    assertThat(data.resolve("records.json")).hasBinaryContent(before);
  }

  @Test
  void writesToAnOutputWithTheArchivedTextsAndRefusesAnExistingOneWithoutForce() throws IOException {
    Path data = folder();
    Files.createDirectories(data.resolve("texts"));
    Files.writeString(data.resolve("texts/seed.txt"), "China calls for a ceasefire.\n");
    Files.writeString(data.resolve("records.json"), RECORDS.replace("\"kind\": \"commentary\"}",
        "\"kind\": \"commentary\", \"text\": \"texts/seed.txt\"}").replace("{\"source\": \"seed\"}",
        "{\"source\": \"seed\", \"quote\": \"calls for a ceasefire\"}"));
    byte[] before = Files.readAllBytes(data.resolve("records.json"));
    Path out = dir.resolve("v2");
    Cli r = Cli.run("migrate", "-o", out.toString(), "--", data.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(data.resolve("records.json")).hasBinaryContent(before);
    assertThat(out.resolve("texts/seed.txt")).hasContent("China calls for a ceasefire.");
    assertThat(Cli.run("validate", "--", out.toString()).exit()).isZero();
    assertThat(read(out).dataset().manifest().schemaVersion()).isEqualTo("2");
    Cli again = Cli.run("migrate", "-o", out.toString(), "--", data.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err() + again.out()).contains("--force");
    assertThat(Cli.run("migrate", "-o", out.toString(), "--check", "--", data.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("migrate", "--to", "3", "--", data.toString()).exit()).isEqualTo(2);
  }

  /** Version 1 → version 2 → written → read → version 1 gives the records read at first. */
  private static void assertRoundTrip(Dataset v1) {
    String v2 = CanonicalJson.document(Migration.toVersion2(v1));
    DatasetReader.Result back = DatasetReader.create().loadString("v2.json", v2,
        org.policyset.core.io.InputFormat.JSON);
    assertThat(back.errors()).isEmpty();
    Migration.Reversal r = Migration.toVersion1(back.dataset());
    assertThat(r.problems()).isEmpty();
    assertThat(CanonicalJson.document(r.dataset())).isEqualTo(CanonicalJson.document(v1));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 17, 4242})
  void generatedDatasetsRoundTrip(long seed) throws IOException {
    Path file = dir.resolve("gen-" + seed + ".json");
    DatasetGenerator.records(3000).seed(seed).write(file, org.policyset.core.io.InputFormat.JSON);
    DatasetReader.Result v1 = read(file);
    assertThat(v1.errors()).isEmpty();
    assertThat(v1.dataset().stances().stream().filter(s -> s.until() != null)).isNotEmpty();
    assertRoundTrip(v1.dataset());
  }

  @Test
  void theBundledDatasetRoundTripsAndMigratesWithTheSameFindings() throws IOException {
    Path bundled = NewRecordCommandTest.BUNDLED; // the bundled dataset as it was in version 1
    DatasetReader.Result v1 = read(bundled);
    assertThat(v1.errors()).isEmpty();
    assertRoundTrip(v1.dataset());
    Path copy = dir.resolve("bundled");
    try (Stream<Path> s = Files.walk(bundled)) {
      for (Path p : s.toList()) {
        Path to = copy.resolve(bundled.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Cli before = Cli.run("validate", "--color=never", "--format", "json", "--", copy.toString());
    Cli migrated = Cli.run("migrate", "--", copy.toString());
    assertThat(migrated.exit()).as(migrated.out()).isZero();
    Cli after = Cli.run("validate", "--color=never", "--format", "json", "--", copy.toString());
    assertThat(after.exit()).isEqualTo(before.exit());
    assertThat(codes(after.out())).isEqualTo(codes(before.out()));
    assertThat(read(copy).dataset().stances()).hasSameSizeAs(v1.dataset().stances())
        .allSatisfy(s -> assertThat(s.attribution()).isEqualTo(Attribution.REPORTED));
  }

  private static List<String> codes(String json) {
    List<String> codes = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(PS[0-9]{3})\"").matcher(json);
    while (m.find()) {
      codes.add(m.group(1));
    }
    codes.sort(null);
    return codes;
  }
}
