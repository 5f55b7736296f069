package org.policyset.core.internal.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.policyset.core.Reliability;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.validation.ValidationReport;

/**
 * Archived texts are read once, without the operating system following any link, so that no link
 * (swapped before or during the read) leads a read out of the dataset's folder.
 */
class SourceTextsTest {
  private static final Reliability LOG = new Reliability(SourceTextsTest.class);

  @TempDir
  Path dir;

  private static final String SECRET = "root:x:0:0:SECRET-LINE-OF-ANOTHER-FILE:/root:/bin/bash\n";

  @Test
  void aTextInsideTheFolderIsReadAndLinksInsideItAreFollowed() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.createDirectories(data.resolve("texts/real"));
    Files.writeString(data.resolve("texts/real/a.txt"), "the text");
    Files.createSymbolicLink(data.resolve("texts/link.txt"), Path.of("real/a.txt"));
    Files.createSymbolicLink(data.resolve("alias"), Path.of("texts/real"));

    assertThat(text(data.resolve("texts/real/a.txt"), data)).isEqualTo("the text");
    assertThat(text(data.resolve("texts/link.txt"), data)).isEqualTo("the text");
    assertThat(text(data.resolve("alias/a.txt"), data)).isEqualTo("the text");
  }

  @Test
  void pathsAndLinksLeadingOutOfTheFolderAreRefused() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    Files.createSymbolicLink(data.resolve("out.txt"), secret);
    Files.createSymbolicLink(data.resolve("outdir"), dir);
    Files.createSymbolicLink(data.resolve("up.txt"), Path.of("../secret.txt"));

    assertThat(SourceTexts.read(data.resolve("../secret.txt"), data).refusal())
        .isEqualTo("lies outside the folder of the file that declares the source");
    assertThat(SourceTexts.read(data.resolve("out.txt"), data).refusal())
        .isEqualTo("is a link to a file outside the folder of the file that declares the source");
    assertThat(SourceTexts.read(data.resolve("up.txt"), data).refusal())
        .isEqualTo("is a link to a file outside the folder of the file that declares the source");
    assertThat(SourceTexts.read(data.resolve("outdir/secret.txt"), data).refusal())
        .startsWith("lies in a folder that links outside");
    LOG.record("Links and paths that lead out of a dataset", "archived text paths and links (file, folder, ../) leading out of the dataset",
        "refused with the reason, nothing read");
  }

  @Test
  void loopsFifosAndMissingFilesAreRefusedWithoutHanging() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.createSymbolicLink(data.resolve("a.txt"), Path.of("b.txt"));
    Files.createSymbolicLink(data.resolve("b.txt"), Path.of("a.txt"));

    assertThat(SourceTexts.read(data.resolve("a.txt"), data).refusal())
        .isEqualTo("is not a regular file: a symbolic link loop");
    assertThatThrownBy(() -> SourceTexts.read(data.resolve("none.txt"), data))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> SourceTexts.read(data.resolve("none/x.txt"), data))
        .isInstanceOf(NoSuchFileException.class);
    Process mkfifo = new ProcessBuilder("mkfifo", data.resolve("pipe.txt").toString()).start();
    if (mkfifo.waitFor() == 0) {
      assertThat(SourceTexts.read(data.resolve("pipe.txt"), data).refusal())
          .isEqualTo("is not a regular file: a FIFO (named pipe)");
    }
  }

  @Test
  void aSparseTextPastTheLimitIsRefusedWithoutReadingIt() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path big = data.resolve("big.txt");
    try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(2L << 30); // 2 GiB of holes: reading it would take seconds and 2 GiB
    }

    long start = System.nanoTime();
    SourceTexts.Text t = SourceTexts.read(big, data);

    assertThat(t.refusal()).isEqualTo("has 2147483648 bytes; archived texts are read up to 67108864 bytes");
    assertThat(t.bytes()).isNull();
    System.out.printf("refused a 2 GiB sparse text in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    LOG.record("Links and paths that lead out of a dataset", "a 2 GiB sparse archived text",
        "refused from its size, nothing read");
  }

  /**
   * A link inside the dataset flips between a text inside it and a file outside it while the
   * dataset is validated again and again. The quote is the beginning of the outside file, so that
   * a read that followed the link out would show the rest of that file in the finding's hint.
   */
  @Test
  void aLinkSwappedDuringValidationNeverLeaksTheFileOutside() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.createDirectories(data.resolve("texts/inside"));
    Files.writeString(data.resolve("texts/inside/x.txt"), "A harmless archived text.\n");
    Path outsideDir = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outsideDir.resolve("x.txt"), SECRET);
    Files.writeString(data.resolve("data.json"), """
        {"sources": [{"id": "s", "title": "S", "kind": "news", "text": "texts/current/x.txt"}],
         "events": [{"id": "e", "title": "E", "date": "2024", "type": "statement",
                     "sources": [{"source": "s", "quote": "root:x:0:0:zzz"}]}]}
        """);
    Path link = data.resolve("texts/current");
    Files.createSymbolicLink(link, Path.of("inside"));
    AtomicBoolean stop = new AtomicBoolean();
    Thread flipper = new Thread(() -> {
      Path tmp = data.resolve("texts/.flip");
      boolean out = false;
      while (!stop.get()) {
        try {
          Files.deleteIfExists(tmp);
          Files.createSymbolicLink(tmp, out ? Path.of("inside") : outsideDir);
          Files.move(tmp, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          out = !out;
        } catch (IOException e) {
          // try again
        }
      }
    });
    flipper.start();
    int outsideRefused = 0;
    try {
      for (int i = 0; i < 300; i++) {
        ValidationReport r = DatasetValidator.create().validate(List.of(data.resolve("data.json")));
        for (Finding f : r.findings()) {
          assertThat(f.toString() + f.hint()).doesNotContain("SECRET").doesNotContain("/bin/bash");
          if (f.message().contains("outside the folder")) {
            outsideRefused++;
          }
        }
      }
    } finally {
      stop.set(true);
      flipper.join();
    }
    System.out.println("swapped-link runs refused as outside: " + outsideRefused + " of 300");
    LOG.record("Links and paths that lead out of a dataset", "a link swapped between a text inside and a file outside, 300 validations",
        "never a byte of the file outside in any finding");
  }

  private static String text(Path file, Path folder) throws IOException {
    SourceTexts.Text t = SourceTexts.read(file, folder);
    assertThat(t.refusal()).isNull();
    return new String(t.bytes(), StandardCharsets.UTF_8);
  }

  @org.junit.jupiter.api.AfterAll
  static void write() {
    LOG.write();
  }
}
