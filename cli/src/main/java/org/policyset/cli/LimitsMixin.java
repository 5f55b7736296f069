package org.policyset.cli;

import org.jspecify.annotations.Nullable;
import org.policyset.core.io.ReadLimits;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The read limits of a command that reads datasets: every limit of {@link ReadLimits} as an option,
 * so that a dataset that really needs more can raise it. The defaults stated here are those of
 * {@link ReadLimits#DEFAULTS} (a test keeps them equal). Help lists them under one heading of their
 * own, after the command's options, and the synopsis shows them as one {@code [--max-LIMIT=N...]}
 * ({@link ShortSynopsisHelp}); man pages and completion scripts, built from the options, list each.
 */
final class LimitsMixin {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** The limits, one option each; in help under their own heading. */
  static final class Values {
    @Option(names = "--max-depth", paramLabel = "N", order = 100,
        description = "Deepest nesting (default: 64; at most 1000).")
    @Nullable Integer maxDepth;

    @Option(names = "--max-string-length", paramLabel = "N", order = 101,
        description = "Longest string or key (default: 1000000).")
    @Nullable Integer maxStringLength;

    @Option(names = "--max-number-length", paramLabel = "N", order = 102,
        description = "Longest number (default: 100).")
    @Nullable Integer maxNumberLength;

    @Option(names = "--max-file-size", paramLabel = "SIZE", order = 103, converter = ByteSize.class,
        description = "Largest file, such as 500MB (default: 16GiB).")
    @Nullable Long maxFileSize;

    @Option(names = "--max-line-length", paramLabel = "N", order = 104,
        description = "Longest JSON Lines line (default: 8000000).")
    @Nullable Integer maxLineLength;

    @Option(names = "--max-records-per-file", paramLabel = "N", order = 105,
        description = "Most records in a file (default: 100000000).")
    @Nullable Long maxRecordsPerFile;

    @Option(names = "--max-total-size", paramLabel = "SIZE", order = 106, converter = ByteSize.class,
        description = "Largest total of all inputs (default: 64GiB).")
    @Nullable Long maxTotalSize;

    @Option(names = "--max-findings-per-file", paramLabel = "N", order = 107,
        description = "Findings that end a file's reading (default: 10000).")
    @Nullable Integer maxFindingsPerFile;

    @Option(names = "--max-record-values", paramLabel = "N", order = 108,
        description = "Most values in one record (default: 100000).")
    @Nullable Integer maxRecordValues;
  }

  /** The heading the limits are listed under in help. */
  static final String HEADING = "%nRead limits (raise one for data that really needs more):%n";

  @ArgGroup(heading = HEADING, validate = false, exclusive = false, order = 100)
  @Nullable Values values = new Values();

  /** Returns the limits: the defaults, with each limit given on the command line in its place. */
  ReadLimits limits() {
    ReadLimits d = ReadLimits.DEFAULTS;
    Values v = values != null ? values : new Values();
    try {
      return new ReadLimits(
          v.maxDepth != null ? v.maxDepth : d.maxDepth(),
          v.maxStringLength != null ? v.maxStringLength : d.maxStringLength(),
          v.maxNumberLength != null ? v.maxNumberLength : d.maxNumberLength(),
          v.maxFileSize != null ? v.maxFileSize : d.maxFileBytes(),
          v.maxLineLength != null ? v.maxLineLength : d.maxLineLength(),
          v.maxRecordsPerFile != null ? v.maxRecordsPerFile : d.maxRecordsPerFile(),
          v.maxTotalSize != null ? v.maxTotalSize : d.maxTotalBytes(),
          v.maxFindingsPerFile != null ? v.maxFindingsPerFile : d.maxFindingsPerFile(),
          v.maxRecordValues != null ? v.maxRecordValues : d.maxRecordValues());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(mixee.commandLine(), e.getMessage());
    }
  }
}
