package org.policyset.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.stats.DatasetStats;
import org.policyset.core.stats.DatasetStats.Named;
import org.policyset.core.stats.DatasetStats.Share;
import org.policyset.core.stats.DatasetStats.Spread;
import org.policyset.core.stats.DatasetStats.Tally;
import org.policyset.core.diagnostic.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code policyset stats}: counts that describe a dataset. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Count what a dataset holds: by type, actor, topic, date, source.",
    description = "Describe a dataset: records per type; stances per actor, topic, principle and "
        + "position; events per year; the share of dates known to the year, month and day; sources "
        + "cited per record (min, max, mean); principles and topics no stance is about; actors that "
        + "hold no stance. Counts are direct: a stance counts for its own holders and topic.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Success.",
      " 1:The inputs have errors (listed on stderr); 'policyset validate' explains them.",
      " 2:Usage error.",
      " 3:An input could not be read (missing, unreadable, not a regular file, no dataset files).",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class StatsCommand implements Callable<Integer> {

  /** The version of the JSON shape. */
  static final int FORMAT_VERSION = 1;

  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Mixin
  LimitsMixin limits;

  @Mixin
  InputMixin input;

  @Mixin
  GlobalOptions global;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is "
          + "{formatVersion, recordsPerType, stancesPerActor, …} (see README).")
  Format format;

  @Override
  public Integer call() {
    DatasetReader.Result read = DatasetReader.withLimits(limits.limits()).load(input.resolve());
    Integer failed = LoadedInputs.failOnErrors(List.of(read), spec.commandLine().getErr(), "stats");
    if (failed != null) {
      return failed;
    }
    DatasetStats stats = DatasetStats.of(read.dataset());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      JsonMapper mapper = JsonMapper.builder().build();
      ObjectNode root = mapper.createObjectNode();
      root.put("formatVersion", FORMAT_VERSION);
      root.setAll((ObjectNode) mapper.valueToTree(stats));
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } else {
      text(stats, out);
    }
    out.flush();
    return ExitCode.OK.code();
  }

  private static void text(DatasetStats s, PrintWriter out) {
    out.println("Records");
    for (Map.Entry<String, Integer> e : s.recordsPerType().entrySet()) {
      out.printf("  %-12s %6d%n", e.getKey(), e.getValue());
    }
    tallies(out, "Stances per actor", s.stancesPerActor());
    tallies(out, "Stances per topic", s.stancesPerTopic());
    tallies(out, "Stances per principle", s.stancesPerPrinciple());
    tallies(out, "Stances per position", s.stancesPerPosition());
    tallies(out, "Events per year", s.eventsPerYear());
    int dates = 0;
    for (Share sh : s.datePrecision()) {
      dates += sh.count();
    }
    out.println();
    out.println("Dates by precision (" + dates + " dates)");
    for (Share sh : s.datePrecision()) {
      out.printf(Locale.ROOT, "  %-6s %6d  %5.1f%%%n", sh.precision(), sh.count(), sh.share() * 100);
    }
    out.println();
    out.println("Sources per record");
    for (Spread sp : s.sourcesPerRecord()) {
      out.printf(Locale.ROOT, "  %-10s %6d records  min %d  max %d  mean %.2f%n", sp.type(), sp.records(),
          sp.min(), sp.max(), sp.mean());
    }
    named(out, "Principles no stance invokes", s.principlesWithoutStance());
    named(out, "Topics no stance is about", s.topicsWithoutStance());
    named(out, "Actors holding no stance", s.actorsWithoutStance());
  }

  private static void tallies(PrintWriter out, String heading, List<Tally> tallies) {
    out.println();
    out.println(heading);
    if (tallies.isEmpty()) {
      out.println("  (none)");
      return;
    }
    int keyWidth = 4;
    for (Tally t : tallies) {
      keyWidth = Math.max(keyWidth, TerminalText.escape(t.key()).length());
    }
    for (Tally t : tallies) {
      String line = String.format("  %-" + keyWidth + "s %6d", TerminalText.escape(t.key()), t.count());
      out.println(t.name() == null ? line : line + "  " + TerminalText.escape(t.name()));
    }
  }

  private static void named(PrintWriter out, String heading, List<Named> records) {
    out.println();
    out.println(heading);
    if (records.isEmpty()) {
      out.println("  (none)");
      return;
    }
    int w = 4;
    for (Named n : records) {
      w = Math.max(w, TerminalText.escape(n.id()).length());
    }
    for (Named n : records) {
      out.printf("  %-" + w + "s  %s%n", TerminalText.escape(n.id()), TerminalText.escape(n.name()));
    }
  }
}
