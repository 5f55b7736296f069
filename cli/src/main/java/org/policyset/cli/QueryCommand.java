package org.policyset.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.EventType;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;
import org.policyset.core.query.Field;
import org.policyset.core.query.Query;
import org.policyset.core.query.QueryException;
import org.policyset.core.query.ResultFormat;
import org.policyset.core.query.CsvFormulas;
import org.policyset.core.query.ResultWriter;
import org.policyset.core.write.OutputGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset query}: filters, sorts, counts and groups the records of one type. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    header = "Find, count and group records by actor, topic, date and text.",
    description = {
      "Find records of one type by actor, topic, principle, position, event type, date and text; "
          + "sort, limit, count or group them; print them as a table, JSON, JSON Lines, CSV or "
          + "Markdown with their references resolved to names.",
      "",
      "Filters combine with AND; the comma-separated values of one filter with OR. Dates are "
          + "partial (YYYY, YYYY-MM or YYYY-MM-DD) and denote ranges: a record matches --from/--to "
          + "when its date's days overlap the days from the first day of --from to the last day of "
          + "--to (so --from 2025-03-04 --to 2025-03-04 matches records dated 2025, 2025-03 and "
          + "2025-03-04); --as-of with a month or a year matches stances in effect on at least one "
          + "of its days. An unknown actor, topic or principle id is a usage error with a "
          + "suggestion, not an empty result.",
      "",
      "On a schema version 2 dataset --as-of reads each stance's attested date (or its "
          + "expressedAt event's date) and inEffect interval, with EDTF dates: it returns the "
          + "stances possibly in effect and marks each certain or possible (the inEffectCertainty "
          + "field); --certain keeps only the certain ones; a stance with no date anywhere is left "
          + "out unless --include-undated. --attribution, --target and --expressed-at filter on "
          + "version 2 fields (see docs/model.md)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Success (also when nothing matches).",
      " 1:The inputs have errors (listed on stderr); 'policyset validate' explains them.",
      " 2:Usage error: unknown option, id or field, bad value, or a filter that does not apply "
          + "to --type.",
      " 3:An input could not be read (missing, unreadable, not a regular file, no dataset files).",
      " 4:The -o FILE could not be written (disk full, read-only, no permission).",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  policyset query --actor cn --include-groups --principle non-interference --from 2023",
      "  policyset query --actor cn --topic gaza-ceasefire --as-of 2024-06-01 --format json",
      "  policyset query --as-of 2024-06-01 --certain --attribution stated,reported --format csv",
      "  policyset query --target us --expressed-at global-south-day-2025",
      "  policyset query --type event --event-type resolution --sort date:desc --limit 5",
      "  policyset query --group-by position --format csv",
      "  policyset query --type source --list-fields"
    })
final class QueryCommand implements Callable<Integer> {

  /** The record types, as the command line names them. */
  enum TypeOption {
    stance(RecordType.STANCE), event(RecordType.EVENT), actor(RecordType.ACTOR), topic(RecordType.TOPIC),
    principle(RecordType.PRINCIPLE), source(RecordType.SOURCE);

    final RecordType type;

    TypeOption(RecordType type) {
      this.type = type;
    }
  }

  /** The output formats, as the command line names them. */
  enum Format { table, json, jsonl, csv, markdown }

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

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "stance",
      description = "Record type to query: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  TypeOption type;

  @Option(names = "--actor", paramLabel = "ID", split = ",",
      description = "Stances held by, or events with, one of these actors (ids, such as cn).")
  List<String> actors = List.of();

  @Option(names = "--include-groups",
      description = "With --actor, also match the groupings and organizations the actors belong to "
          + "through memberOf, transitively.")
  boolean includeGroups;

  @Option(names = "--topic", paramLabel = "ID", split = ",",
      description = "Stances about, or events concerning, one of these topics.")
  List<String> topics = List.of();

  @Option(names = "--include-subtopics",
      description = "With --topic, also match the topics below them through parent, at any depth.")
  boolean includeSubtopics;

  @Option(names = "--principle", paramLabel = "ID", split = ",",
      description = "Stances invoking one of these principles.")
  List<String> principles = List.of();

  @Option(names = "--position", paramLabel = "POSITION", split = ",",
      converter = Converters.PositionConverter.class,
      completionCandidates = Converters.PositionCandidates.class,
      description = "Stances taking one of these positions: ${COMPLETION-CANDIDATES}.")
  List<Position> positions = List.of();

  @Option(names = "--event-type", paramLabel = "EVENT_TYPE", split = ",",
      converter = Converters.EventTypeConverter.class,
      completionCandidates = Converters.EventTypeCandidates.class,
      description = "Events of one of these types: ${COMPLETION-CANDIDATES}.")
  List<EventType> eventTypes = List.of();

  @Option(names = "--from", paramLabel = "DATE", converter = Converters.PartialDateConverter.class,
      description = "Records whose date (a source's published date) overlaps the range beginning on "
          + "the first day of DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  PartialDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Converters.PartialDateConverter.class,
      description = "Records whose date overlaps the range ending on the last day of DATE.")
  PartialDate to;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.PartialDateConverter.class,
      description = "Stances in effect on DATE (YYYY-MM-DD), or on at least one day of it when it "
          + "is a month or a year (YYYY-MM, YYYY): a stance is in effect from the first day of its "
          + "date to the last day of its until date, or to the day before the earliest stance "
          + "superseding it.")
  PartialDate asOf;

  @Option(names = "--certain",
      description = "With --as-of: only stances certainly in effect, not those possibly in effect "
          + "(schema version 2 dates: an uncertain, approximate or unspecified date is never "
          + "certain).")
  boolean certain;

  @Option(names = "--include-undated",
      description = "With --as-of: also schema version 2 stances with no date anywhere (no "
          + "attested date, no dated expressedAt event, no date in inEffect), left out by default.")
  boolean includeUndated;

  @Option(names = "--attribution", paramLabel = "ATTRIBUTION", split = ",",
      converter = Converters.AttributionConverter.class,
      completionCandidates = Converters.AttributionCandidates.class,
      description = "Stances attributed as one of: ${COMPLETION-CANDIDATES} (schema version 2).")
  List<Attribution> attributions = List.of();

  @Option(names = "--target", paramLabel = "ID", split = ",",
      description = "Stances aimed at one of these actors (their targets; schema version 2).")
  List<String> targets = List.of();

  @Option(names = "--expressed-at", paramLabel = "ID", split = ",",
      description = "Stances expressed at one of these events (schema version 2).")
  List<String> expressedAt = List.of();

  @Option(names = "--text", paramLabel = "TEXT",
      description = "Records containing TEXT, ignoring case, in their names, aliases, titles, "
          + "statements, summaries, descriptions or quotes.")
  String text;

  @Option(names = "--fields", paramLabel = "FIELD", split = ",",
      description = "Fields to print, in order (--list-fields shows them). Default: a short set for "
          + "table and markdown, every field for json, jsonl and csv.")
  List<String> fields;

  @Option(names = "--sort", paramLabel = "FIELD[:desc]", split = ",",
      description = "Sort by these fields; FIELD:desc (or -FIELD) sorts descending, records without "
          + "a value last (default: date for stances and events, published for sources, else id; id "
          + "always breaks ties).")
  List<String> sort = List.of();

  @Option(names = "--limit", paramLabel = "N",
      description = "Print at most N records (or N groups with --group-by).")
  Integer limit;

  @Option(names = "--count", description = "Print only the number of matching records.")
  boolean count;

  @Option(names = "--group-by", paramLabel = "FIELD",
      description = "Print the number of matching records per value of FIELD, largest first; a record "
          + "with several values (such as two holders) counts in each.")
  String groupBy;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). csv is RFC "
          + "4180 with a header row; json is {formatVersion, type, total, fields, results} (see README).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced atomically) instead of standard output.")
  Path output;

  /** What CSV does with cells a spreadsheet would run as formulas, as the command line names it. */
  enum Formulas {
    escape(CsvFormulas.ESCAPE), raw(CsvFormulas.RAW);

    final CsvFormulas handling;

    Formulas(CsvFormulas handling) {
      this.handling = handling;
    }
  }

  @Option(names = "--csv-formulas", paramLabel = "MODE", defaultValue = "escape",
      description = "CSV cells that begin with = + - @ or a tab, CR, LF or NUL, which a spreadsheet "
          + "runs as formulas: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: a leading ' and "
          + "quotes, as OWASP advises, since query output is read by people; raw writes them as "
          + "they are, for DuckDB or pandas).")
  Formulas csvFormulas;

  @Option(names = "--width", paramLabel = "COLUMNS",
      description = "Width of a table (default: on a terminal its width, else $COLUMNS, else 80; "
          + "to a pipe or a file, unlimited); columns are as wide as their widest cell, and when "
          + "the table is too wide the widest are narrowed and their cells cut with \u2026.")
  Integer width;

  @Option(names = "--list-fields", description = "List the fields of --type with what they hold, and exit.")
  boolean listFields;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (listFields) {
      for (Field f : Field.all(type.type)) {
        out.printf("%-16s %s%s%n", f.name(), f.description(), f.multiValued() ? " (list)" : "");
      }
      if (type.type == RecordType.STANCE) {
        Field f = Field.of(RecordType.STANCE, "inEffectCertainty");
        out.printf("%-16s %s%n", f.name(), f.description());
      }
      out.flush();
      return ExitCode.OK.code();
    }
    if (count && groupBy != null) {
      throw new UserException(ExitCode.USAGE, "--count and --group-by cannot be combined");
    }
    if ((certain || includeUndated) && asOf == null) {
      throw new UserException(ExitCode.USAGE, (certain ? "--certain" : "--include-undated")
          + " needs --as-of DATE");
    }
    if (output != null) {
      String refusal = OutputGuard.refusal(output, OutputGuard.Kind.FILE, input.resolve(), false);
      if (refusal != null) {
        throw new UserException(ExitCode.USAGE, "cannot write " + output + ": " + refusal);
      }
    }
    try {
      Query query = toQuery();
      ResultWriter writer = ResultWriter.of(ResultFormat.of(format.name())).width(tableWidth())
          .fields(fields).csvFormulas(csvFormulas.handling);
      writer.fieldsFor(query.type());
      Query.Outcome outcome = progress.around(spec.commandLine().getErr(), "query", "querying",
          input.resolve(), line -> query.run(DatasetReader.withLimits(limits.limits()),
              input.resolve()));
      Integer failed = LoadedInputs.failOnFindings(outcome.errors(), spec.commandLine().getErr(),
          "query");
      if (failed != null) {
        return failed;
      }
      OutputTarget.write(output, out, w -> {
        if (count) {
          writer.writeCount(outcome.result(), w);
        } else {
          writer.write(outcome.result(), w);
        }
      });
    } catch (QueryException e) {
      throw new UserException(ExitCode.USAGE, e.describe());
    }
    return ExitCode.OK.code();
  }

  /** Returns the core query the options describe. */
  Query toQuery() {
    Query q = Query.of(type.type);
    if (!actors.isEmpty()) {
      q = q.actors(actors);
    }
    if (includeGroups) {
      q = q.includeGroups(true);
    }
    if (!topics.isEmpty()) {
      q = q.topics(topics);
    }
    if (includeSubtopics) {
      q = q.includeSubtopics(true);
    }
    if (!principles.isEmpty()) {
      q = q.principles(principles);
    }
    if (!positions.isEmpty()) {
      q = q.position(positions.toArray(new Position[0]));
    }
    if (!eventTypes.isEmpty()) {
      q = q.eventType(eventTypes.toArray(new EventType[0]));
    }
    if (from != null) {
      q = q.from(from);
    }
    if (to != null) {
      q = q.to(to);
    }
    if (asOf != null) {
      q = q.asOfPeriod(asOf);
    }
    if (certain) {
      q = q.certainOnly(true);
    }
    if (includeUndated) {
      q = q.includeUndated(true);
    }
    if (!attributions.isEmpty()) {
      q = q.attribution(attributions.toArray(new Attribution[0]));
    }
    if (!targets.isEmpty()) {
      q = q.target(targets.toArray(new String[0]));
    }
    if (!expressedAt.isEmpty()) {
      q = q.expressedAt(expressedAt.toArray(new String[0]));
    }
    if (text != null) {
      q = q.text(text);
    }
    if (!sort.isEmpty()) {
      q = q.sortBy(sort.toArray(new String[0]));
    }
    if (limit != null) {
      q = q.limit(limit);
    }
    if (count) {
      // A count keeps no match, so the core counts while reading, in memory that does not grow
      // with the data.
      q = q.limit(0);
    }
    if (groupBy != null) {
      q = q.groupBy(groupBy);
    }
    return q;
  }

  private int tableWidth() {
    return TerminalWidth.forTable(width, output != null, TerminalWidth.SYSTEM);
  }

}
