package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An escaped half of a surrogate pair ({@code "\ud800"}) is valid JSON but no character: it used to
 * pass {@code validate}, make {@code export} exit 2 with an internal error, and be rewritten to
 * {@code ?} by {@code format}. Now it is a located PS107 finding, and no command changes the data.
 */
class UnpairedSurrogateTest {

  @TempDir
  Path dir;

  private static final String TOPIC = "{\"id\": \"t\", \"name\": \"NAME\"}";

  private Path document(String name) throws Exception {
    Path p = dir.resolve("d.json");
    Files.writeString(p, "{\"topics\": [" + TOPIC.replace("NAME", name) + "]}\n");
    return p;
  }

  @Test
  void validateReportsItWhereItStandsInADocumentAJsonLinesLineAndAKey() throws Exception {
    Path doc = document("Gaza \\ud800 ceasefire");
    Cli r = Cli.run("validate", "--color=never", "--", doc.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("1:33").contains("PS107").contains("\\ud800");

    Path lines = dir.resolve("d.jsonl");
    Files.writeString(lines, "{\"$type\": \"topic\", \"id\": \"a\", \"name\": \"A\"}\n"
        + "{\"$type\": \"topic\", \"id\": \"b\", \"name\": \"B \\uDFFF\"}\n");
    Cli l = Cli.run("validate", "--color=never", "--", lines.toString());
    assertThat(l.exit()).isEqualTo(1);
    assertThat(l.out()).contains("2:39").contains("PS107").contains("\\udfff");

    Path key = dir.resolve("k.json");
    Files.writeString(key, "{\"topics\": [{\"id\": \"t\", \"name\": \"T\", \"x\\udbff\": 1}]}");
    Cli k = Cli.run("validate", "--color=never", "--", key.toString());
    assertThat(k.exit()).as("in a key, Jackson itself refuses it as malformed JSON").isEqualTo(1);
    assertThat(k.out()).contains("1:46").contains("surrogate");
  }

  @Test
  void formatLeavesTheFileAsItWasAndExportAndMergeRefuseWithoutCrashing() throws Exception {
    Path doc = document("Gaza \\ud800 ceasefire");
    byte[] before = Files.readAllBytes(doc);
    Cli format = Cli.run("format", "--", doc.toString());
    assertThat(format.exit()).isEqualTo(1);
    assertThat(format.out() + format.err()).contains("PS107");
    assertThat(Files.readAllBytes(doc)).as("format changed nothing").isEqualTo(before);

    Cli export = Cli.run("export", "-o", dir.resolve("out").toString(), "--", doc.toString());
    assertThat(export.exit()).isEqualTo(1);
    assertThat(export.err()).contains("PS107").doesNotContain("internal error");
    Cli merge = Cli.run("merge", doc.toString(), "-o", dir.resolve("m.json").toString());
    assertThat(merge.exit()).isEqualTo(1);
    assertThat(merge.err()).doesNotContain("internal error");
    assertThat(dir.resolve("m.json")).doesNotExist();
  }

  @Test
  void aWholePairIsACharacterAndGoesThroughUnchanged() throws Exception {
    Path doc = document("Olive branch \\ud83c\\udf3f");
    assertThat(Cli.run("validate", "--select", "syntax,shape", "--", doc.toString()).exit()).isZero();
    assertThat(Cli.run("format", "--", doc.toString()).exit()).isZero();
    assertThat(Files.readString(doc)).contains("Olive branch \uD83C\uDF3F");
    Path out = dir.resolve("out");
    assertThat(Cli.run("export", "-o", out.toString(), "--", doc.toString()).exit()).isZero();
    assertThat(Files.readString(out.resolve("topics.csv"))).contains("t,Olive branch \uD83C\uDF3F,");
  }
}
