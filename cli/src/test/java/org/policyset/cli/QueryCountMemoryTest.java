package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.model.Dataset;
import org.policyset.core.query.Query;
import org.policyset.core.read.DatasetReader;

/**
 * {@code query --count} counts while reading: records that do not fit the heap, which a listing
 * query runs out of memory on, are counted in it.
 */
class QueryCountMemoryTest {

  private static final List<String> SMALL_HEAP = List.of("-Xmx24m");

  @TempDir
  Path dir;

  @Test
  void countsRecordsThatDoNotFitTheHeap() {
    Path file = dir.resolve("big.jsonl");
    Cli generated = Cli.run("generate", "--records", "25000", "--seed", "7", "-o", file.toString());
    assertThat(generated.exit()).as(generated.err()).isZero();
    Dataset data = DatasetReader.create().load(List.of(file)).dataset();
    int expected = Query.stances().actor("actor-3").includeGroups(true).count(data);

    ChildJvm listed = ChildJvm.run(SMALL_HEAP, Duration.ofSeconds(120), "query", "--actor", "actor-3",
        "--include-groups", "--limit", "1", "--", file.toString());
    ChildJvm counted = ChildJvm.run(SMALL_HEAP, Duration.ofSeconds(120), "query", "--actor", "actor-3",
        "--include-groups", "--count", "--", file.toString());

    assertThat(listed.exit()).as("the records do not fit the heap: " + listed.err()).isNotZero();
    assertThat(counted.err()).isEmpty();
    assertThat(counted.exit()).isZero();
    assertThat(counted.out()).isEqualTo(expected + "\n");
    assertThat(expected).isPositive();
  }
}
