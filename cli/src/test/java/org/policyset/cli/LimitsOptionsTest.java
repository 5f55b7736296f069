package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.io.ReadLimits;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --max-…} options: every command that reads datasets has all of them, the defaults their
 * help states are those of {@link ReadLimits#DEFAULTS}, and each option moves its limit: the same
 * input fails just past the value and passes when the limit is raised.
 */
class LimitsOptionsTest {
  private static final Reliability LOG = new Reliability(LimitsOptionsTest.class);
  static final List<String> READING_COMMANDS = List.of("validate", "format", "merge", "diff", "query",
      "stats", "export");
  private static final Pattern DEFAULT = Pattern.compile("\\(default: ([0-9A-Za-z]+)");

  @TempDir
  Path dir;

  /** The limit options by name, with the default each states, read from the command model. */
  static Map<String, String> statedDefaults(String command) {
    CommandLine cl = PolicysetCommand.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter())).getSubcommands().get(command);
    Map<String, String> options = new LinkedHashMap<>();
    for (OptionSpec o : cl.getCommandSpec().options()) {
      if (o.longestName().startsWith("--max-")) {
        Matcher m = DEFAULT.matcher(String.join(" ", o.description()));
        options.put(o.longestName(), m.find() ? m.group(1) : null);
      }
    }
    return options;
  }

  /** The value of each limit of {@code limits}, by option name. */
  static Map<String, Long> values(ReadLimits limits) {
    Map<String, Long> v = new LinkedHashMap<>();
    v.put("--max-depth", (long) limits.maxDepth());
    v.put("--max-string-length", (long) limits.maxStringLength());
    v.put("--max-number-length", (long) limits.maxNumberLength());
    v.put("--max-file-size", limits.maxFileBytes());
    v.put("--max-line-length", (long) limits.maxLineLength());
    v.put("--max-records-per-file", limits.maxRecordsPerFile());
    v.put("--max-total-size", limits.maxTotalBytes());
    v.put("--max-findings-per-file", (long) limits.maxFindingsPerFile());
    v.put("--max-record-values", (long) limits.maxRecordValues());
    return v;
  }

  @Test
  void everyReadingCommandHasEveryLimitWithTheTrueDefault() {
    Map<String, Long> defaults = values(ReadLimits.DEFAULTS);
    for (String command : READING_COMMANDS) {
      Map<String, String> stated = statedDefaults(command);
      assertThat(stated.keySet()).as(command).containsExactlyInAnyOrderElementsOf(defaults.keySet());
      stated.forEach((option, value) -> assertThat(new ByteSize().convert(value))
          .as("%s %s states the default", command, option).isEqualTo(defaults.get(option)));
    }
  }

  record Limit(String option, String tooLow, String enough, String file, String content, String says) {}

  @TestFactory
  Stream<DynamicTest> eachOptionMovesItsLimit() {
    List<Limit> limits = List.of(
        new Limit("--max-depth", "2", "3", "d.json",
            "{\"topics\": [{\"id\": \"a\", \"name\": \"A\"}]}", "nesting depth passes 2"),
        new Limit("--max-string-length", "11", "12", "s.json",
            "{\"topics\": [{\"id\": \"a\", \"name\": \"Twelve chars\"}]}",
            "string longer than 11 characters"),
        new Limit("--max-number-length", "3", "4", "n.json",
            "{\"topics\": [], \"$schema\": \"x\", \"events\": [{\"id\": \"e\", \"title\": \"E\", "
                + "\"date\": \"2024\", \"type\": \"statement\", \"sources\": [{\"source\": \"s\"}], "
                + "\"summary\": 1234}]}", "number longer than 3 characters"),
        new Limit("--max-file-size", "30", "1KB", "f.json",
            "{\"topics\": [{\"id\": \"a\", \"name\": \"A\"}]}", "the limit is 30"),
        new Limit("--max-line-length", "20", "100", "l.jsonl",
            "{\"$type\": \"topic\", \"id\": \"a\", \"name\": \"A\"}\n", "line is longer than 20 characters"),
        new Limit("--max-records-per-file", "1", "2", "r.json",
            "{\"topics\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}]}",
            "file holds more than 1 record"),
        new Limit("--max-total-size", "30", "1KiB", "t.json",
            "{\"topics\": [{\"id\": \"a\", \"name\": \"A\"}]}", "the limit is 30"),
        new Limit("--max-findings-per-file", "1", "3", "x.jsonl", "[1]\n[2]\n",
            "reading stopped after 1 finding in this file"),
        new Limit("--max-record-values", "3", "4", "v.json",
            "{\"topics\": [{\"id\": \"a\", \"name\": \"A\", \"colour\": \"red\", \"size\": 1}]}",
            "record holds more than 3 values"));
    return limits.stream().map(l -> DynamicTest.dynamicTest(l.option(), () -> {
      Path f = dir.resolve(l.file());
      Files.writeString(f, l.content());
      for (String command : List.of("validate", "merge")) {
        List<String> low = new ArrayList<>(List.of(command, f.toString(), l.option(), l.tooLow()));
        if (command.equals("merge")) {
          low.addAll(List.of("-o", dir.resolve("out-" + l.file()).toString(), "--force"));
        }
        Cli r = Cli.run(low.toArray(String[]::new));
        assertThat(r.exit()).as("%s %s %s: %s", command, l.option(), l.tooLow(), r.out()).isEqualTo(1);
        assertThat(r.out()).contains("PS106").contains(l.says());
      }
      Cli ok = Cli.run("validate", f.toString(), l.option(), l.enough());
      assertThat(ok.out()).doesNotContain("PS106");
      LOG.record("Resource limits raised and lowered on the command line", l.option(),
          "PS106 just past the value, exit 1 (validate and merge); passes the limit when raised");
    }));
  }

  @Test
  void badLimitValuesAreUsageErrors() {
    assertThat(Cli.run("validate", "--max-depth", "5000", "x.json").exit()).isEqualTo(2);
    assertThat(Cli.run("validate", "--max-depth", "5000", "x.json").err()).contains("at most 1000");
    assertThat(Cli.run("validate", "--max-file-size", "lots", "x.json").exit()).isEqualTo(2);
    assertThat(Cli.run("validate", "--max-total-size", "0", "x.json").exit()).isEqualTo(2);
    assertThat(new ByteSize().convert("16GiB")).isEqualTo(16L << 30);
    assertThat(new ByteSize().convert("200MB")).isEqualTo(200_000_000L);
    assertThat(new ByteSize().convert("64k")).isEqualTo(65_536L);
    assertThat(new ByteSize().convert("123")).isEqualTo(123L);
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
