package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden output of {@code policyset query} on the fixture dataset, in every format: each
 * {@code query/golden/NAME.args} holds the arguments (one a line; the fixture path is added), and
 * {@code NAME.out} the exact standard output. Run with {@code -Dgolden.update=true} to rewrite the
 * outputs, then review the diff.
 */
class QueryCommandGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/query/golden");

  @TestFactory
  Stream<DynamicTest> goldenOutputs() throws IOException {
    boolean update = Boolean.getBoolean("golden.update");
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.filter(f -> f.toString().endsWith(".args")).sorted().forEach(cases::add);
    }
    assertThat(cases).hasSizeGreaterThan(10);
    return cases.stream().map(args -> DynamicTest.dynamicTest(
        args.getFileName().toString().replace(".args", ""), () -> {
          List<String> argv = new ArrayList<>(List.of("query"));
          for (String line : Files.readAllLines(args, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
              argv.add(line.strip());
            }
          }
          argv.add(Fixture.PATH);
          Cli r = Cli.run(argv.toArray(new String[0]));
          assertThat(r.err()).isEmpty();
          assertThat(r.exit()).isZero();
          Path out = Path.of(args.toString().replace(".args", ".out"));
          if (update) {
            Files.writeString(out, r.out(), StandardCharsets.UTF_8);
          }
          assertEquals(Files.readString(out, StandardCharsets.UTF_8), r.out());
        }));
  }
}
