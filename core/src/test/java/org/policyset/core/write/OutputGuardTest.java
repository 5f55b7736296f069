package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.write.OutputGuard.Kind;

/**
 * An output is refused when writing it would overwrite what the command reads, however the output
 * is spelled: the same file by another path, through a link or a hard link; a folder that holds an
 * input; a file inside an input dataset that would be read as part of it. Everything else is
 * allowed: reports beside the data, hidden files, other extensions, neighbours with similar names.
 */
class OutputGuardTest {

  @TempDir
  Path dir;

  private Path q;
  private Path baseline;

  @BeforeEach
  void inputs() throws Exception {
    q = Files.createDirectories(dir.resolve("q"));
    Files.writeString(q.resolve("actors.json"), "{\"actors\": []}\n");
    Files.writeString(q.resolve("stances.json"), "{\"stances\": []}\n");
    Files.createDirectories(q.resolve("texts"));
    baseline = Files.writeString(dir.resolve("baseline.json"), "{\"findings\": []}\n");
  }

  private String refusal(Path output, Kind kind, Path... inputs) {
    return OutputGuard.refusal(output, kind, List.of(inputs), false);
  }

  @Test
  void anInputItselfIsRefusedUnderAnySpelling() throws Exception {
    String expected = "it is an input of this command (" + baseline + "); policyset never overwrites "
        + "its inputs: write elsewhere";
    Path relative = Path.of("").toAbsolutePath().relativize(baseline);
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), baseline);
    Path hardLink = Files.createLink(dir.resolve("hard.json"), baseline);

    assertThat(refusal(baseline, Kind.FILE, q, baseline)).isEqualTo(expected);
    assertThat(refusal(dir.resolve("q/../baseline.json"), Kind.FILE, q, baseline)).isEqualTo(expected);
    assertThat(refusal(dir.resolve("./baseline.json"), Kind.FILE, q, baseline)).isEqualTo(expected);
    assertThat(refusal(relative, Kind.FILE, q, baseline)).as("relative").isEqualTo(expected);
    assertThat(refusal(link, Kind.FILE, q, baseline)).as("a link to it").isEqualTo(expected);
    assertThat(refusal(hardLink, Kind.FILE, q, baseline)).as("a hard link to it").isEqualTo(expected);
    assertThat(refusal(baseline, Kind.FILE, link)).as("an input given as a link")
        .isEqualTo(expected.replace(baseline.toString(), link.toString()));
    assertThat(refusal(q, Kind.FOLDER, q)).as("the input folder")
        .isEqualTo("it is an input of this command (" + q + "); policyset never overwrites its inputs: "
            + "write elsewhere");
  }

  @Test
  void aFolderHoldingAnInputIsRefusedAndReplacingItWouldRemoveIt() {
    assertThat(refusal(dir, Kind.FOLDER, baseline, q)).isEqualTo("it holds an input of this command ("
        + baseline + "), which replacing it would remove: write elsewhere");
    assertThat(refusal(dir, Kind.FILE, q)).isEqualTo("it holds an input of this command (" + q
        + "): write elsewhere");
  }

  @Test
  void whatIsAlreadyPartOfAnInputDatasetIsNeverOverwrittenEvenWhenNewFilesMayGoThere() throws Exception {
    Path linkedFolder = Files.createSymbolicLink(dir.resolve("alias"), q);
    String expected = "it is part of input dataset " + q + "; policyset never overwrites its inputs: "
        + "write elsewhere";

    for (boolean insideAllowed : new boolean[] {false, true}) {
      assertThat(OutputGuard.refusal(q.resolve("stances.json"), Kind.FILE, List.of(q), insideAllowed))
          .isEqualTo(expected);
      assertThat(OutputGuard.refusal(linkedFolder.resolve("actors.json"), Kind.FILE, List.of(q), insideAllowed))
          .as("through a linked folder").isEqualTo(expected);
      assertThat(OutputGuard.refusal(q.resolve("texts"), Kind.FOLDER, List.of(q), insideAllowed))
          .as("a folder in it").isEqualTo(expected);
    }
  }

  @Test
  void aNewDatasetFileInsideAnInputDatasetIsRefusedUnlessAllowed() throws Exception {
    Path linkedFolder = Files.createSymbolicLink(dir.resolve("alias"), q);
    String file = "it lies inside input dataset " + q + ", where it would be read as part of it: write "
        + "elsewhere (or give it another extension)";

    assertThat(refusal(q.resolve("merged.json"), Kind.FILE, baseline, q)).isEqualTo(file);
    assertThat(refusal(q.resolve("new/deeper/merged.jsonl"), Kind.FILE, q)).as("in new folders")
        .isEqualTo(file);
    assertThat(refusal(linkedFolder.resolve("new/merged.json"), Kind.FILE, q))
        .as("in new folders under a link to it").isEqualTo(file);
    assertThat(refusal(q.resolve("merged"), Kind.FOLDER, q)).isEqualTo("it lies inside input dataset "
        + q + ", where it would be read as part of it: write elsewhere");
    assertThat(OutputGuard.refusal(q.resolve("merged.json"), Kind.FILE, List.of(q), true)).isNull();
    assertThat(OutputGuard.refusal(q.resolve("merged"), Kind.FOLDER, List.of(q), true)).isNull();
  }

  @Test
  void filesThatAreNotReadAsDataMayGoAnywhere() throws Exception {
    Files.writeString(q.resolve("notes.txt"), "notes\n");

    assertThat(refusal(q.resolve("report.sarif"), Kind.FILE, q)).as("another extension").isNull();
    assertThat(refusal(q.resolve(".report.json"), Kind.FILE, q)).as("a hidden file").isNull();
    assertThat(refusal(q.resolve("notes.txt"), Kind.FILE, q)).as("an existing file not read").isNull();
    assertThat(refusal(dir.resolve("out.json"), Kind.FILE, q, baseline)).as("beside the inputs").isNull();
    assertThat(refusal(dir.resolve("out"), Kind.FOLDER, q, baseline)).as("a folder beside").isNull();
    assertThat(refusal(dir.resolve("q2/out.json"), Kind.FILE, q)).as("a neighbour with a longer name").isNull();
    assertThat(refusal(dir.resolve("baseline.json.d/out.json"), Kind.FILE, baseline))
        .as("under the name of an input file").isNull();
    assertThat(refusal(dir.resolve("other.json"), Kind.FILE, baseline)).as("beside an input file").isNull();
  }
}
