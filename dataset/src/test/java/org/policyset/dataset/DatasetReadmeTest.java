package org.policyset.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
