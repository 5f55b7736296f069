package org.policyset.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.read.DatasetReader;

/**
 * Which paragraphs of a source a maintainer has still to read: a quote covers the paragraphs it
 * stands in (even when its locator is wrong), a citation without a findable quote covers what its
 * locator names, blank lines are no paragraphs, and a text that cannot be read says so.
 */
class SourceCoverageTest {

  @TempDir
  Path dir;

  @Test
  void quotesCoverWhereTheyStandAndLocatorsWhereTheyPoint() throws IOException {
    Files.writeString(dir.resolve("seed.txt"),
        "First paragraph about solidarity.\n\nThird paragraph about sovereignty\nand more of it.\n"
            + "Fifth paragraph nobody cites.\nSixth paragraph.\n");
    Files.writeString(dir.resolve("data.json"), """
        {
          "sources": [{"id": "seed", "title": "Seed", "kind": "commentary", "text": "seed.txt"},
                      {"id": "gone", "title": "Gone", "kind": "commentary", "text": "missing.txt"}],
          "events": [
            {"id": "a", "title": "A", "date": "2025", "type": "observance",
             "sources": [{"source": "seed", "quote": "about solidarity", "locator": "para. 6"}]},
            {"id": "b", "title": "B", "date": "2025", "type": "observance",
             "sources": [{"source": "seed", "quote": "sovereignty and more", "locator": "para. 3"}]},
            {"id": "c", "title": "C", "date": "2025", "type": "observance",
             "sources": [{"source": "seed", "locator": "para. 6"}, {"source": "gone", "quote": "x"}]},
            {"id": "d", "title": "D", "date": "2025", "type": "observance",
             "sources": [{"source": "seed", "quote": "not in the text", "locator": "p. 2"}]}
          ]
        }""");
    List<SourceCoverage> all = SourceCoverage.of(DatasetReader.create().load(List.of(dir)));
    assertThat(all).hasSize(2);
    SourceCoverage seed = all.get(0);
    assertThat(seed.problem()).isNull();
    assertThat(seed.paragraphs()).extracting(SourceCoverage.Paragraph::number).containsExactly(1, 3, 4, 5, 6);
    assertThat(seed.paragraphs()).extracting(SourceCoverage.Paragraph::citedBy).containsExactly(
        List.of("event:a"), List.of("event:b"), List.of("event:b"), List.of(), List.of("event:c"));
    assertThat(seed.cited()).isEqualTo(4);
    assertThat(seed.uncited()).containsExactly(5);
    assertThat(seed.paragraphs().get(3).opening()).isEqualTo("Fifth paragraph nobody cites.");
    SourceCoverage gone = all.get(1);
    assertThat(gone.problem()).contains("missing.txt");
    assertThat(gone.paragraphs()).isEmpty();
  }
}
