package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {

  @TempDir
  Path dir;

  static final String SOURCES = "\"sources\": [{\"id\": \"src\", \"title\": \"Source\", \"kind\": \"news\"}]";

  private Path doc(String name, String topics) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, "{\"topics\": [" + topics + "], \"events\": [{\"id\": \"e\", \"title\": \"E\","
        + " \"date\": \"2025\", \"type\": \"meeting\", \"sources\": [{\"source\": \"src\"}]}], " + SOURCES + "}\n");
    return p;
  }

  @Test
  void aConflictIsReportedFieldByFieldAndNothingIsWritten() throws Exception {
    Path a = doc("a.json", "{\"id\": \"t\", \"name\": \"One\"}");
    Path b = doc("b.json", "{\"id\": \"t\", \"name\": \"Two\"}");
    Path out = dir.resolve("out.json");
    Cli r = Cli.run("merge", a.toString(), b.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("conflict: topic:t")
        .contains("first:  " + a + ":1:13").contains("second: " + b + ":1:13")
        .contains("field 'name'").contains("\"One\"").contains("\"Two\"")
        .contains("nothing written");
    assertThat(out).doesNotExist();
    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.json", "b.json");
  }

  @Test
  void lastWinsWhenAskedAndTheOutputIsCanonical() throws Exception {
    Path a = doc("a.json", "{\"id\": \"t\", \"name\": \"One\"}, {\"id\": \"u\", \"name\": \"U\"}");
    Path b = doc("b.json", "{\"id\": \"t\", \"name\": \"Two\"}");
    Path out = dir.resolve("out.json");
    Cli r = Cli.run("merge", a.toString(), b.toString(), "-o", out.toString(), "--on-conflict", "last");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("merged 2 inputs").contains("1 conflict resolved by --on-conflict last");
    String text = Files.readString(out);
    assertThat(text).contains("\"name\": \"Two\"").doesNotContain("\"One\"").endsWith("}\n");
    assertThat(Cli.run("format", "--check", out.toString()).exit()).isZero();
    assertThat(Cli.run("validate", out.toString()).exit()).isZero();
  }

  @Test
  void theSchemaTheInputsAgreeOnIsKeptInEveryWrittenDocument() throws Exception {
    String schema = "{\"$schema\": \"https://policyset.org/schema/1/dataset.schema.json\", ";
    Path a = dir.resolve("a.json");
    Files.writeString(a, Files.readString(doc("a.json", "{\"id\": \"t\", \"name\": \"T\"}"))
        .replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement(schema)));
    Path b = dir.resolve("b.json");
    Files.writeString(b, schema + "\"topics\": [{\"id\": \"u\", \"name\": \"U\"}]}\n");
    Path out = dir.resolve("out");
    assertThat(Cli.run("merge", a.toString(), b.toString(), "-o", out.toString()).exit()).isZero();
    for (String f : new String[] {"topics.json", "events.json", "sources.json"}) {
      assertThat(Files.readString(out.resolve(f)))
          .startsWith("{\n  \"$schema\": \"https://policyset.org/schema/1/dataset.schema.json\",\n");
    }
    assertThat(Cli.run("validate", out.toString()).exit()).isZero();

    Files.writeString(b, "{\"$schema\": \"./other.json\", \"topics\": [{\"id\": \"u\", \"name\": \"U\"}]}\n");
    Path disagreed = dir.resolve("disagreed.json");
    assertThat(Cli.run("merge", a.toString(), b.toString(), "-o", disagreed.toString()).exit()).isZero();
    assertThat(Files.readString(disagreed)).doesNotContain("$schema");
  }

  @Test
  void anInvalidMergedDatasetWritesNothing() throws Exception {
    Path a = dir.resolve("a.json");
    Files.writeString(a, "{\"topics\": [{\"id\": \"t\", \"name\": \"T\", \"parent\": \"p\"}]}");
    Path b = dir.resolve("b.json");
    Files.writeString(b, "{\"topics\": [{\"id\": \"p\", \"name\": \"P\", \"parent\": \"t\"}]}");
    Path out = dir.resolve("out");
    Cli r = Cli.run("merge", a.toString(), b.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("PS303").contains("nothing written");
    assertThat(out).doesNotExist();
    assertThat(Files.list(dir).count()).isEqualTo(2);
  }

  @Test
  void inputsAreNeverOverwrittenAndOutputsAreNotReplacedSilently() throws Exception {
    Path a = doc("a.json", "{\"id\": \"t\", \"name\": \"T\"}");
    byte[] before = Files.readAllBytes(a);
    Cli self = Cli.run("merge", a.toString(), "-o", a.toString(), "--force");
    assertThat(self.exit()).isEqualTo(2);
    assertThat(self.err()).contains("is an input");
    Files.createDirectories(dir.resolve("set"));
    Files.copy(a, dir.resolve("set/a.json"));
    Cli inside = Cli.run("merge", dir.resolve("set").toString(), "-o", dir.resolve("set/m.json").toString());
    assertThat(inside.exit()).isEqualTo(2);
    assertThat(inside.err()).contains("inside input dataset")
        .contains("; pass --force if that is what you want");
    Path out = dir.resolve("out.json");
    Files.writeString(out, "precious");
    Cli exists = Cli.run("merge", a.toString(), "-o", out.toString());
    assertThat(exists.exit()).isEqualTo(2);
    // The library says the output exists; the command says which option replaces it.
    assertThat(exists.err()).contains("exists; pass --force to replace it")
        .doesNotContain("must be asked for");
    assertThat(Files.readString(out)).isEqualTo("precious");
    assertThat(Cli.run("merge", a.toString(), "-o", out.toString(), "--force").exit()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(before);
  }

  @Test
  void aFolderOutputHasOneFileePerSectionAndCarriesArchivedTexts() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("texts"));
    Files.writeString(in.resolve("texts/s.txt"), "The “quoted” words.");
    Files.writeString(in.resolve("data.json"), "{\"manifest\": {\"id\": \"m\", \"title\": \"M\", \"version\": \"1.0.0\","
        + " \"license\": \"CC0-1.0\", \"schemaVersion\": \"1\"}, \"topics\": [{\"id\": \"t\", \"name\": \"T\"}],"
        + " \"events\": [{\"id\": \"e\", \"title\": \"E\", \"date\": \"2025\", \"type\": \"meeting\", \"topics\": [\"t\"],"
        + " \"sources\": [{\"source\": \"s\", \"quote\": \"The \\\"quoted\\\" words\"}]}],"
        + " \"sources\": [{\"id\": \"s\", \"title\": \"S\", \"kind\": \"news\", \"text\": \"texts/s.txt\"}]}");
    Path out = dir.resolve("merged");
    Cli r = Cli.run("merge", in.toString(), in.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(Files.list(out).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("manifest.json", "topics.json", "events.json", "sources.json", "texts");
    assertThat(out.resolve("texts/s.txt")).hasContent("The “quoted” words.");
    assertThat(Cli.run("validate", "--strict", out.toString()).exit()).isZero();
  }
}
