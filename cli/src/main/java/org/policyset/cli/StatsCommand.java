package org.policyset.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.stats.DatasetStats;
import org.policyset.core.stats.SourceCoverage;
import org.policyset.core.stats.StatsFormat;
import org.policyset.core.stats.StatsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset stats}: counts that describe a dataset. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Count what a dataset holds: by type, actor, topic, date, source.",
    description = "Describe a dataset: records per type; stances per actor, topic, principle and "
        + "position; events per year; the share of dates known to the year, month and day; sources "
        + "cited per record (min, max, mean); principles and topics no stance is about; actors that "
        + "hold no stance; how many paragraphs of each archived source text are cited. Counts are "
        + "direct: a stance counts for its own holders and topic. --coverage shows instead, for "
        + "each archived text, every paragraph with its locator and the records citing it, or its "
        + "opening words when none does: what a new source still holds.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Success.",
      " 1:The inputs have errors (listed on stderr); 'policyset validate' explains them.",
      " 2:Usage error.",
      " 3:An input could not be read (missing, unreadable, not a regular file, no dataset files).",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class StatsCommand implements Callable<Integer> {

  /** The output formats, as the command line names them. */
  enum Format {
    text(StatsFormat.TEXT), json(StatsFormat.JSON), markdown(StatsFormat.MARKDOWN);

    final StatsFormat format;

    Format(StatsFormat format) {
      this.format = format;
    }
  }

  @Spec
  CommandSpec spec;

  @Mixin
  LimitsMixin limits;

  @Mixin
  ProgressMixin progress;

  @Mixin
  InputMixin input;

  @Mixin
  GlobalOptions global;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is "
          + "{formatVersion, recordsPerType, stancesPerActor, …} (see README); markdown is one "
          + "GitHub-flavoured table per statistic, for a pull request or an issue.")
  Format format;

  @Option(names = "--coverage", description = "Show which paragraphs of each archived source text "
      + "are cited and by which records, and which are not (instead of the counts).")
  boolean coverage;

  @Override
  public Integer call() {
    DatasetReader.Result read = progress.around(spec.commandLine().getErr(), "stats", "counting",
        input.resolve(), line -> DatasetReader.withLimits(limits.limits()).load(input.resolve()));
    Integer failed = LoadedInputs.failOnErrors(List.of(read), spec.commandLine().getErr(), "stats");
    if (failed != null) {
      return failed;
    }
    List<SourceCoverage> sources = SourceCoverage.of(read);
    if (coverage) {
      StatsWriter.of(format.format).writeCoverage(sources, spec.commandLine().getOut());
    } else {
      StatsWriter.of(format.format).write(DatasetStats.of(read.dataset()), sources,
          spec.commandLine().getOut());
    }
    return ExitCode.OK.code();
  }
}
