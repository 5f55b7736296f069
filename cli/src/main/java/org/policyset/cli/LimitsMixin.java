package org.policyset.cli;

import org.policyset.core.io.ReadLimits;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The read limits of a command that reads datasets: every limit of {@link ReadLimits} as an option,
 * so that a dataset that really needs more can raise it. The defaults stated here are those of
 * {@link ReadLimits#DEFAULTS} (a test keeps them equal).
 */
final class LimitsMixin {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--max-depth", paramLabel = "N", order = 100,
      description = "Deepest nesting of arrays and objects (default: 64; at most 1000).")
  Integer maxDepth;

  @Option(names = "--max-string-length", paramLabel = "N", order = 101,
      description = "Longest string or key, in characters (default: 1000000).")
  Integer maxStringLength;

  @Option(names = "--max-number-length", paramLabel = "N", order = 102,
      description = "Longest number, in characters (default: 100).")
  Integer maxNumberLength;

  @Option(names = "--max-file-size", paramLabel = "SIZE", order = 103, converter = ByteSize.class,
      description = "Largest file, such as 500MB or 16GiB (default: 16GiB).")
  Long maxFileSize;

  @Option(names = "--max-line-length", paramLabel = "N", order = 104,
      description = "Longest JSON Lines line, in characters (default: 8000000).")
  Integer maxLineLength;

  @Option(names = "--max-records-per-file", paramLabel = "N", order = 105,
      description = "Most records in one file (default: 100000000).")
  Long maxRecordsPerFile;

  @Option(names = "--max-total-size", paramLabel = "SIZE", order = 106, converter = ByteSize.class,
      description = "Largest total size of all input files (default: 64GiB).")
  Long maxTotalSize;

  @Option(names = "--max-findings-per-file", paramLabel = "N", order = 107,
      description = "Stop reading a file after this many findings in it, and list at most this "
          + "many integrity and provenance findings a file (default: 10000).")
  Integer maxFindingsPerFile;

  @Option(names = "--max-record-values", paramLabel = "N", order = 108,
      description = "Most values (members and elements at any depth) in one record (default: "
          + "100000).")
  Integer maxRecordValues;

  /** Returns the limits: the defaults, with each limit given on the command line in its place. */
  ReadLimits limits() {
    ReadLimits d = ReadLimits.DEFAULTS;
    try {
      return new ReadLimits(
          maxDepth != null ? maxDepth : d.maxDepth(),
          maxStringLength != null ? maxStringLength : d.maxStringLength(),
          maxNumberLength != null ? maxNumberLength : d.maxNumberLength(),
          maxFileSize != null ? maxFileSize : d.maxFileBytes(),
          maxLineLength != null ? maxLineLength : d.maxLineLength(),
          maxRecordsPerFile != null ? maxRecordsPerFile : d.maxRecordsPerFile(),
          maxTotalSize != null ? maxTotalSize : d.maxTotalBytes(),
          maxFindingsPerFile != null ? maxFindingsPerFile : d.maxFindingsPerFile(),
          maxRecordValues != null ? maxRecordValues : d.maxRecordValues());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(mixee.commandLine(), e.getMessage());
    }
  }
}
