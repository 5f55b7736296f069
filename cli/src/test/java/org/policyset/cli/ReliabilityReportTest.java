package org.policyset.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.policyset.core.io.ReadLimits;

/**
 * Builds {@code docs/reliability.md} from what the robustness tests of this run recorded (every
 * module's {@code target/reliability/*.tsv}) and fails when the checked-in page differs, so that its
 * figures are always those the test suite produced. Runs after the other test classes of this
 * module ({@code junit-platform.properties} orders classes by {@link Order}).
 *
 * <p>Regenerate the page with {@code mvn -B -pl core,cli -am verify -Dreliability.update=true}.
 */
@Order(Integer.MAX_VALUE)
class ReliabilityReportTest {

  /** The test classes whose records the page is made of, by module. */
  static final Map<String, List<String>> OWNERS = Map.of(
      "core", List.of("ReaderFuzzTest", "PartialDateFuzzTest", "ValidatorFuzzTest",
          "MergeValidityFuzzTest", "ReadLimitsTest", "ChangingFileTest", "WriteFaultTest",
          "ConcurrentWriteTest", "ConcurrentEditTest", "FolderSwitchTest", "SourceTextsTest"),
      "cli", List.of("JsonTestSuiteTest", "HostileInputTest", "LimitsOptionsTest", "NoNetworkTest",
          "OutputFaultTest", "KilledWriteTest", "KilledMergeTest", "RacingMergeTest",
          "KilledFolderSwitchTest", "OutOfMemoryTest", "OptionLikeFileNameTest", "GitMergeDriverTest",
          "OutputOverInputTest", "MergeTextsTest", "TerminalInjectionTest", "KilledRenameTest"));

  /** Sections in the order the page shows them, by the start of their category. */
  static final List<String> ORDER = List.of("Hostile files", "Special files", "Unreadable",
      "Resource limits (each", "Resource limits raised", "A file that changes", "JSONTestSuite n_",
      "JSONTestSuite y_", "JSONTestSuite i_", "Fuzzing", "No network", "Fault injection: a write",
      "Fault injection: a full", "Fault injection: a read-only", "A killed process", "Two writers",
      "Two merge", "Option-like file names", "Outputs that would overwrite", "Links and paths",
      "Archived texts in a merge", "Concurrent edits", "Terminal and CI-log");

  static final String REGENERATE = "mvn -B -pl core,cli -am verify -Dreliability.update=true";

  record Row(String category, String testCase, String outcome) {}

  static Path root() {
    return Path.of("").toAbsolutePath().getParent();
  }

  @Test
  void docsReliabilityHoldsTheFiguresOfThisRun() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, List<String>> module : new TreeMap<>(OWNERS).entrySet()) {
      for (String owner : module.getValue()) {
        Path f = root().resolve(module.getKey()).resolve("target/reliability/" + owner + ".tsv");
        if (!Files.isRegularFile(f)) {
          missing.add(module.getKey() + "/" + owner);
          continue;
        }
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          String[] p = line.split("\t", -1);
          rows.add(new Row(p[0], p[1], p[2]));
        }
      }
    }
    if (!missing.isEmpty()) {
      System.out.println("SKIPPED: docs/reliability.md not checked: no records from " + missing
          + " (run the whole suite: " + REGENERATE.replace(" -Dreliability.update=true", "") + ")");
    }
    assumeTrue(missing.isEmpty(), "records missing from " + missing);
    String page = render(rows);
    Path generated = Path.of("target", "reliability.md");
    Files.writeString(generated, page, StandardCharsets.UTF_8);
    Path docs = root().resolve("docs/reliability.md");
    if (Boolean.getBoolean("reliability.update")) {
      Files.createDirectories(docs.getParent());
      Files.writeString(docs, page, StandardCharsets.UTF_8);
      System.out.println("wrote " + docs);
      return;
    }
    List<String> skipped = rows.stream().filter(r -> r.outcome().startsWith("skipped")).map(Row::testCase)
        .toList();
    String checkedIn = Files.isRegularFile(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "";
    if (!skipped.isEmpty() && !checkedIn.equals(page)) {
      System.out.println("SKIPPED: docs/reliability.md not compared: this machine could not run "
          + skipped + "; see " + generated.toAbsolutePath());
      assumeTrue(false, "environment-dependent cases skipped");
    }
    if (!checkedIn.equals(page)) {
      throw new AssertionError("docs/reliability.md differs from the figures of this run ("
          + generated.toAbsolutePath() + "), first at " + firstDifference(checkedIn, page)
          + "; regenerate it with: " + REGENERATE);
    }
  }

  static String firstDifference(String was, String now) {
    List<String> a = was.lines().toList();
    List<String> b = now.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : "(end)";
      String y = i < b.size() ? b.get(i) : "(end)";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ": checked in \"" + x + "\", this run \"" + y + "\"";
      }
    }
    return "line endings";
  }

  static int rank(String category) {
    for (int i = 0; i < ORDER.size(); i++) {
      if (category.startsWith(ORDER.get(i))) {
        return i;
      }
    }
    return ORDER.size();
  }

  static String render(List<Row> rows) {
    Map<String, List<Row>> byCategory = new TreeMap<>(Comparator.comparingInt(ReliabilityReportTest::rank)
        .thenComparing(Comparator.naturalOrder()));
    for (Row r : rows) {
      byCategory.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Reliability\n\n");
    sb.append("<!-- Generated by cli/src/test/java/org/policyset/cli/ReliabilityReportTest.java from the "
        + "records of the test suite's own run. Do not edit; regenerate with:\n     ")
        .append(REGENERATE).append(" -->\n\n");
    sb.append("What policyset does with hostile input and with writes that fail, as measured by its test "
        + "suite: every class of bad input tried, how many cases, and what happened. Each robustness "
        + "test records its cases as it runs; `ReliabilityReportTest` builds this page from those "
        + "records and fails the build when the checked-in page differs. Outcomes name the rule "
        + "reported (`policyset rules` lists them) and the exit code (0 valid, 1 findings, 2 usage, "
        + "3 unreadable input, 4 output not written).\n\n");
    sb.append("## Summary\n\n| Class of bad input | Cases | What happened |\n|---|---:|---|\n");
    int total = 0;
    for (Map.Entry<String, List<Row>> e : byCategory.entrySet()) {
      Map<String, Integer> outcomes = outcomes(e.getValue());
      List<String> parts = new ArrayList<>();
      outcomes.forEach((o, n) -> parts.add(outcomes.size() == 1 ? o : n + " × " + o));
      sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue().size()).append(" | ")
          .append(String.join("; ", parts)).append(" |\n");
      total += e.getValue().size();
    }
    sb.append("| **All** | **").append(total).append("** | no crash, no hang, no stack trace, no "
        + "out-of-memory error |\n\n");
    sb.append(limits());
    for (Map.Entry<String, List<Row>> e : byCategory.entrySet()) {
      List<Row> cases = e.getValue();
      sb.append("## ").append(e.getKey()).append("\n\n");
      Map<String, Integer> outcomes = outcomes(cases);
      if (cases.size() > 30) {
        sb.append(cases.size()).append(" cases.\n\n| Outcome | Cases |\n|---|---:|\n");
        outcomes.forEach((o, n) -> sb.append("| ").append(o).append(" | ").append(n).append(" |\n"));
      } else {
        sb.append("| Case | Outcome |\n|---|---|\n");
        for (Row r : cases) {
          sb.append("| ").append(r.testCase()).append(" | ").append(r.outcome()).append(" |\n");
        }
      }
      sb.append('\n');
    }
    return sb.toString().stripTrailing() + "\n";
  }

  private static Map<String, Integer> outcomes(List<Row> rows) {
    Map<String, Integer> m = new LinkedHashMap<>();
    rows.stream().map(Row::outcome).sorted().forEach(o -> m.merge(o, 1, Integer::sum));
    return m;
  }

  /** The read limits: each with its default (from {@link ReadLimits#DEFAULTS}) and option. */
  static String limits() {
    Map<String, Long> values = LimitsOptionsTest.values(ReadLimits.DEFAULTS);
    Map<String, String> what = new LinkedHashMap<>();
    what.put("--max-depth", "nesting of arrays and objects (at most " + ReadLimits.DEPTH_CEILING + ")");
    what.put("--max-string-length", "characters in a string or key");
    what.put("--max-number-length", "characters in a number");
    what.put("--max-file-size", "bytes in one file");
    what.put("--max-line-length", "characters in one JSON Lines line (the rest of the file is read)");
    what.put("--max-records-per-file", "records in one file");
    what.put("--max-total-size", "bytes in all input files together (later files are not read)");
    what.put("--max-findings-per-file", "findings from one file (reading of the file stops)");
    StringBuilder sb = new StringBuilder("## Read limits\n\nInput past a limit is reported as PS106 "
        + "limit-exceeded (exit 1) and not read on. Each limit has an option on validate, format, "
        + "merge, diff, query, stats and export; sizes take units such as 500MB or 16GiB.\n\n"
        + "| Limit | Default | Option |\n|---|---:|---|\n");
    what.forEach((option, text) -> {
      long v = values.get(option);
      String shown = option.endsWith("-size") && v % (1L << 30) == 0
          ? (v >> 30) + " GiB" : String.format("%,d", v);
      sb.append("| ").append(text).append(" | ").append(shown).append(" | `").append(option)
          .append("` |\n");
    });
    return sb.append('\n').toString();
  }
}
