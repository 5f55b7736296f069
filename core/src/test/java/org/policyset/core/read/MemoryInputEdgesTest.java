package org.policyset.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.write.DatasetFormatter;

/**
 * Input held in memory where the API meets files: an {@link InputFile} without a path (as the
 * null-marked API allows) is read by the memory readers and refused, with a message, by those that
 * read files; bytes that are not UTF-8 are a located finding whatever holds them.
 */
class MemoryInputEdgesTest {

  @Test
  void bytesThatAreNotUtf8AreALocatedFindingNotAnException() {
    byte[] content = "{\n  \"actors\": [\"é\"]\n}\n".getBytes(StandardCharsets.ISO_8859_1);

    DatasetReader.Result r = DatasetReader.create().loadBytes("memory.json", content, InputFormat.JSON);

    assertThat(r.findings()).hasSize(1);
    Finding f = r.findings().get(0);
    assertThat(f.rule().code()).isEqualTo("PS103");
    assertThat(f.location().toString()).isEqualTo("memory.json:2:15");
    assertThat(f.message()).isEqualTo("invalid UTF-8 byte sequence 0xE9 at byte offset 16");
  }

  @Test
  void jsonLinesThatAreNotUtf8AreALocatedFindingToo() {
    byte[] content = "{\"$type\": \"actor\", \"id\": \"a\"}\n{\"name\": \"\u00e9\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);

    DatasetReader.Result r = DatasetReader.create().loadBytes("memory.jsonl", content, InputFormat.JSON_LINES);

    assertThat(r.findings()).extracting(f -> f.rule().code()).contains("PS103");
    assertThat(r.findings()).filteredOn(f -> f.rule().code().equals("PS103"))
        .extracting(f -> f.location().toString()).containsExactly("memory.jsonl:2:11");
  }

  @Test
  void readingFilesRefusesInputHeldInMemoryByName() {
    InputFile memory = new InputFile(null, "from-memory.json", InputFormat.JSON);
    List<Finding> findings = new ArrayList<>();
    RecordListener listener = new RecordListener() {
      @Override
      public void onRecord(ReadRecord record) {}

      @Override
      public void onFinding(Finding finding) {
        findings.add(finding);
      }
    };

    assertThatThrownBy(() -> DatasetReader.create().readFiles(List.of(memory), listener, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'from-memory.json' is input held in memory")
        .hasMessageContaining("readBytes");
    assertThat(findings).isEmpty();
  }

  @Test
  void theFormatterRefusesInputHeldInMemoryByName() {
    InputFile memory = new InputFile(null, "from-memory.json", InputFormat.JSON);
    DatasetFormatter formatter = new DatasetFormatter(DatasetReader.create());

    assertThatThrownBy(() -> formatter.canonicalText(memory, new ArrayList<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'from-memory.json' is input held in memory");
  }
}
