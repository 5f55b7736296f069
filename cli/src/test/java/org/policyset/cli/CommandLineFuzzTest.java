package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;

/**
 * Command lines made of commands, real options, option-like file names ({@code -h.json},
 * {@code -hV}), argument files ({@code @opts.json}, whose file names the options that would
 * redirect a report over a dataset file) and {@code --}, in any order: a dataset file is never
 * written over unless the command line itself says so; help or version text appears only when
 * asked for by name; every run ends with a documented exit code and no stack trace. Under plain
 * {@code mvn test} the seeds in {@code src/test/resources/org/policyset/cli/CommandLineFuzzTestInputs/}
 * run as regression tests; {@code scripts/fuzz.sh CommandLineFuzzTest#fileOperandsNeverBecomeOptions}
 * runs a fuzzing session.
 */
class CommandLineFuzzTest {
  private static final Reliability LOG = new Reliability(CommandLineFuzzTest.class);
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static Path dir;
  private static Map<Path, byte[]> dataset;

  private static synchronized void sandbox() throws IOException {
    if (dir != null) {
      return;
    }
    dir = Files.createTempDirectory("command-line-fuzz");
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("stances.json"), "{\"stances\": [{\"id\": \"s\", \"holders\": [\"cn\"], "
        + "\"topic\": \"t\", \"position\": \"supports\", \"statement\": \"S.\", \"date\": \"2025\", "
        + "\"sources\": [{\"source\": \"src\"}], \"colour\": \"red\"}]}\n");
    Files.writeString(data.resolve("actors.json"), "{\"actors\": [{\"id\": \"cn\", \"name\": \"China\", "
        + "\"kind\": \"state\"}], \"topics\": [{\"id\": \"t\", \"name\": \"T\"}], \"sources\": [{\"id\": "
        + "\"src\", \"title\": \"S\", \"kind\": \"news\"}]}\n");
    // What picocli would have read from '@opts.json' with argument files on: redirect the report
    // over a dataset file.
    Files.writeString(dir.resolve("opts.json"), "--output=" + data.resolve("actors.json") + "\n");
    dataset = new TreeMap<>();
    try (Stream<Path> s = Files.list(data)) {
      for (Path p : s.toList()) {
        dataset.put(p, Files.readAllBytes(p));
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void fileOperandsNeverBecomeOptions(FuzzedDataProvider data) throws IOException {
    sandbox();
    String[] commands = {"validate", "query", "stats", "diff", "export", "merge", "format", "rules"};
    String[] words = {"--", "-h.json", "-hV", "-V.json", "@opts.json", "@" + dir.resolve("opts.json"),
        "--strict", "--format", "json", "-f", "-o", dir.resolve("out").toString(),
        dir.resolve("data").toString(), dir.resolve("data/stances.json").toString(), "--check",
        "--all", "--help.json", "--version.json", "-", "@", "--output=-h.json", "--ignore=shape",
        "--max-depth", "3", "--type", "topic", "--force"};
    List<String> args = new ArrayList<>();
    args.add(commands[data.consumeInt(0, commands.length - 1)]);
    int n = data.consumeInt(0, 8);
    for (int i = 0; i < n; i++) {
      args.add(data.consumeBoolean() ? words[data.consumeInt(0, words.length - 1)]
          : data.consumeString(12));
    }
    boolean rewrites = args.get(0).equals("format") && !args.contains("--check");

    Cli r = Cli.run(args.toArray(String[]::new));

    assertThat(r.exit()).as("exit code of %s", args).isBetween(0, 5);
    assertThat(r.err()).as("stderr of %s", args).doesNotContain("\tat ").doesNotContain("Exception:");
    int end = args.indexOf("--") < 0 ? args.size() : args.indexOf("--");
    List<String> options = args.subList(1, end);
    if (r.out().contains("Usage: policyset")) {
      assertThat(options).as("help printed for %s", args).containsAnyOf("-h", "--help");
    }
    if (!rewrites) {
      for (Map.Entry<Path, byte[]> e : dataset.entrySet()) {
        assertThat(Files.readAllBytes(e.getKey())).as("%s after %s", e.getKey(), args)
            .isEqualTo(e.getValue());
      }
    } else {
      for (Map.Entry<Path, byte[]> e : dataset.entrySet()) {
        Files.write(e.getKey(), e.getValue());
      }
    }
    RUNS.incrementAndGet();
  }

  @AfterAll
  static void record() {
    LOG.record("Option-like file names and argument files", "fuzzing (regression inputs): "
        + RUNS.get() + " command lines mixing commands, options, option-like names, @files and --",
        "documented exit codes, no stack trace, no dataset file written over, help only when asked");
    LOG.write();
  }
}
