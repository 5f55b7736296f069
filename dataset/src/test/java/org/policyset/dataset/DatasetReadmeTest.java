package org.policyset.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.write.CanonicalJson;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.RecordType;

/**
 * Keeps the counts table of {@code dataset/README.md} equal to what the tool reads. Run with
 * {@code -Dpolicyset.readme.write=true} to regenerate it.
 */
class DatasetReadmeTest {

  static final String START = "<!-- counts:start -->";
  static final String END = "<!-- counts:end -->";

  static String table(Dataset d) {
    StringBuilder sb = new StringBuilder("| Record type | Count |\n|---|---|\n");
    for (RecordType t : RecordType.values()) {
      sb.append("| ").append(t.section()).append(" | ").append(d.records(t).size()).append(" |\n");
    }
    return sb.toString();
  }

  @Test
  void countsTableMatchesTheData() throws IOException {
    Path readme = Path.of("README.md");
    String text = Files.readString(readme);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    assertThat(start).as("README has the counts markers").isNotNegative();
    assertThat(end).isGreaterThan(start);
    String expected = table(BundledDataset.load());
    String actual = text.substring(start + START.length(), end).strip() + "\n";
    if (Boolean.getBoolean("policyset.readme.write") && !actual.equals(expected)) {
      Files.writeString(readme, text.substring(0, start + START.length()) + "\n" + expected
          + text.substring(end));
      return;
    }
    assertThat(actual)
        .as("dataset/README.md counts drifted; regenerate with: "
            + "mvn -B -q -pl dataset -am test -Dtest=DatasetReadmeTest -Dsurefire.failIfNoSpecifiedTests=false -Dpolicyset.readme.write=true")
        .isEqualTo(expected);
  }

  /**
   * The files table says in which order each file holds its records; that must be the order the
   * canonical writer writes (and {@code format --check} enforces), which is by id, whatever the
   * order of the records given to it. It once said "sorted by date" and "in the order of the text".
   */
  @Test
  void theFilesTableStatesTheOrderTheCanonicalWriterKeeps() throws IOException {
    String text = Files.readString(Path.of("README.md"));
    Dataset bundled = BundledDataset.load();
    List<PolicyRecord> reversed = new ArrayList<>(bundled.records().toList());
    Collections.reverse(reversed);
    String written = CanonicalJson.document(Dataset.of(bundled.manifest(), reversed));
    Dataset readBack = DatasetReader.create().loadBytes("dataset.json",
        written.getBytes(StandardCharsets.UTF_8), InputFormat.JSON).dataset();
    for (RecordType t : RecordType.values()) {
      String row = text.lines().filter(l -> l.startsWith("| `data/" + t.section() + ".json` |"))
          .findFirst().orElseThrow(() -> new AssertionError("no row for " + t.section()));
      List<String> ids = readBack.records(t).stream().map(PolicyRecord::id).toList();
      assertThat(ids).as("the canonical writer's order of %s", t.section())
          .isSortedAccordingTo(Comparator.naturalOrder()).hasSizeGreaterThan(1);
      assertThat(row).as("README row of %s", t.section()).endsWith(", in id order |");
    }
    assertThat(text).doesNotContain("sorted by date").doesNotContain("in the order of the text");
  }
}
