package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archived texts that travel with merged sources: none is dropped or overwritten by another of
 * the same path, none is taken from outside an input dataset, and none too large is copied.
 */
class MergeTextsTest {
  private static final Reliability LOG = new Reliability(MergeTextsTest.class);

  @TempDir
  Path dir;

  /** A dataset folder with a source whose archived text is {@code texts/x.txt}, and a quote of it. */
  private Path dataset(String name, String sourceId, String text, String quote) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name));
    Files.createDirectories(d.resolve("texts"));
    if (text != null) {
      Files.writeString(d.resolve("texts/x.txt"), text);
    }
    Files.writeString(d.resolve("data.json"), "{\"sources\": [{\"id\": \"" + sourceId
        + "\", \"title\": \"S\", \"kind\": \"news\", \"text\": \"texts/x.txt\"}], \"events\": [{\"id\": \"e-"
        + sourceId + "\", \"title\": \"E\", \"date\": \"2024\", \"type\": \"statement\", "
        + "\"sources\": [{\"source\": \"" + sourceId + "\", \"quote\": \"" + quote + "\"}]}]}\n");
    return d;
  }

  private static List<String> files(Path folder) throws Exception {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void twoDifferentTextsUnderOnePathAreKeptApartAndTheResultIsTheSameInEitherOrder() throws Exception {
    Path a = dataset("a", "src-a", "The first archived text.\n", "first archived");
    Path b = dataset("b", "src-b", "The second archived text.\n", "second archived");

    Cli ab = Cli.run("merge", "-o", dir.resolve("ab").toString(), "--", a.toString(), b.toString());
    Cli ba = Cli.run("merge", "-o", dir.resolve("ba").toString(), "--", b.toString(), a.toString());

    assertThat(ab.exit()).as(ab.out()).isZero();
    assertThat(ba.exit()).as(ba.out()).isZero();
    List<String> written = files(dir.resolve("ab"));
    assertThat(written).hasSize(4).contains("events.json", "sources.json", "texts/x.txt")
        .anyMatch(f -> f.matches("texts/x\\.[0-9a-f]{12}\\.txt"));
    assertThat(files(dir.resolve("ba"))).isEqualTo(written);
    for (String f : written) {
      assertThat(Files.readAllBytes(dir.resolve("ba").resolve(f)))
          .isEqualTo(Files.readAllBytes(dir.resolve("ab").resolve(f)));
    }
    Cli validate = Cli.run("validate", "--color=never", "--", dir.resolve("ab").toString());
    assertThat(validate.exit()).as(validate.out()).isZero();
    assertThat(Files.readString(dir.resolve("ab/texts/x.txt"))).isEqualTo("The first archived text.\n");
    LOG.record("Archived texts in a merge", "two sources, different texts under one path",
        "both kept (one under a content-hash name), output valid, same bytes in either input order");
  }

  @Test
  void oneSourceWithDifferentTextsIsAConflict() throws Exception {
    Path a = dataset("a", "src", "The archived text.\n", "archived text");
    Path b = dataset("b", "src", "The archived text, corrected.\n", "archived text");
    Path out = dir.resolve("out");

    Cli fail = Cli.run("merge", "-o", out.toString(), "--", a.toString(), b.toString());

    assertThat(fail.exit()).isEqualTo(1);
    assertThat(fail.out()).contains("conflict: source:src").contains("the archived file texts/x.txt")
        .contains("nothing written");
    assertThat(out).doesNotExist();

    Cli last = Cli.run("merge", "-o", out.toString(), "--on-conflict", "last", "--", a.toString(),
        b.toString());
    assertThat(last.exit()).as(last.out()).isZero();
    assertThat(Files.readString(out.resolve("texts/x.txt"))).isEqualTo("The archived text, corrected.\n");
    LOG.record("Archived texts in a merge", "one source, different texts in two inputs",
        "conflict, exit 1, nothing written; --on-conflict last takes the last text");
  }

  @Test
  void aTextLinkedToAFileOutsideTheInputIsNotCopied() throws Exception {
    Path secret = Files.writeString(dir.resolve("shadow"), "root:$6$secret-hash:19000:0:99999:7:::\n");
    Path a = dataset("a", "src", null, "root");
    Files.createSymbolicLink(a.resolve("texts/x.txt"), secret);
    Path out = dir.resolve("out");

    Cli r = Cli.run("merge", "-o", out.toString(), "--", a.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("PS403").contains("is a link to a file outside the folder")
        .contains("nothing written").doesNotContain("secret-hash");
    assertThat(out).doesNotExist();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("shadow", "a");
    }
    LOG.record("Links and paths that lead out of a dataset", "merge of a source text linked to a file outside (a shadow file)",
        "PS403 link outside, exit 1; nothing written, nothing of the file printed");
  }

  @Test
  void aHugeSparseTextIsRefusedBeforeAnythingIsCopied() throws Exception {
    Path a = dataset("a", "src", null, "x");
    try (RandomAccessFile f = new RandomAccessFile(a.resolve("texts/x.txt").toFile(), "rw")) {
      f.setLength(2L << 30);
    }
    Path out = dir.resolve("out");

    long start = System.nanoTime();
    Cli r = Cli.run("merge", "-o", out.toString(), "--", a.toString());
    long ms = (System.nanoTime() - start) / 1_000_000;

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("has 2147483648 bytes; archived texts are read up to 67108864 bytes");
    assertThat(out).doesNotExist();
    System.out.println("merge refused a 2 GiB sparse text in " + ms + " ms");
    LOG.record("Archived texts in a merge", "a 2 GiB sparse archived text",
        "PS403 over the 64 MiB limit, refused from its size, exit 1; nothing copied");
  }

  @org.junit.jupiter.api.AfterAll
  static void write() {
    LOG.write();
  }
}
