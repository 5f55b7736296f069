package org.policyset.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.export.ExportFormat;
import org.policyset.core.workflow.ExportOutcome;
import org.policyset.core.workflow.ExportRequest;
import org.policyset.core.workflow.Policyset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset export}: writes the dataset as flat tables. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Write flat CSV or JSON Lines tables for DuckDB, Spark, pandas.",
    description = {
      "Write the dataset as flat tables that DuckDB, Spark, pandas or a spreadsheet read without "
          + "help: one file per record type (actors, topics, principles, events, stances, sources) "
          + "with its single-valued fields, and link tables for the lists (actor_aliases, "
          + "actor_member_of, principle_relations, event_actors, event_topics, stance_holders, "
          + "stance_principles, stance_supersedes, citations). Dates add their first and last day "
          + "(dateStart, dateEnd) and precision. datapackage.json (a Frictionless Data Package) "
          + "gives every column's type: ordinal is an integer, dateStart, dateEnd, publishedStart, "
          + "publishedEnd and inEffectUntil are days, all others strings.",
      "",
      "CSV cells are written as they are (--csv-formulas raw), so that DuckDB, pandas and Spark "
          + "read the data exactly; cells that a spreadsheet would run as formulas are counted on "
          + "standard error. For files to open in a spreadsheet, use --csv-formulas escape.",
      "",
      "The tables are written to a staging folder beside DIR, which then replaces DIR whole (a "
          + "killed export leaves the old tables or the new ones, never a mix); files in DIR that "
          + "are not tables of the export are kept. DIR may not be or hold an input, nor lie "
          + "inside an input dataset."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Success.",
      " 1:The inputs have errors (listed on stderr); nothing is written.",
      " 2:Usage error, or DIR is not a folder.",
      " 3:An input could not be read (missing, unreadable, not a regular file, no dataset files).",
      " 4:DIR could not be written (disk full, read-only, no permission).",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  policyset export -o out && duckdb -c \"SELECT s.id, s.dateStart FROM 'out/stances.csv' s "
          + "JOIN 'out/stance_principles.csv' p ON p.stance = s.id WHERE p.principle = "
          + "'non-interference' ORDER BY s.dateStart\""
    })
final class ExportCommand implements Callable<Integer> {

  enum Format { csv, jsonl }

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

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "csv",
      description = "File format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). csv is RFC 4180, "
          + "UTF-8, with a header row; jsonl has one object per row.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "Folder to write the tables into; created if missing.")
  Path dir;

  @Option(names = "--csv-formulas", paramLabel = "MODE", defaultValue = "raw",
      description = "CSV cells that begin with = + - @ or a tab, CR, LF or NUL, which a spreadsheet "
          + "runs as formulas: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: as they are, "
          + "since the tables are data for DuckDB, pandas or Spark; escape gives them a leading ' "
          + "and quotes, as OWASP advises for files opened in a spreadsheet).")
  QueryCommand.Formulas csvFormulas;

  @Override
  public Integer call() {
    ExportOutcome outcome = progress.around(spec.commandLine().getErr(), "export",
        "writing tables", input.resolve(), line -> Policyset.export(new ExportRequest(
            input.resolve(), dir, ExportFormat.of(format.name()), csvFormulas.handling,
            limits.limits())));
    if (!outcome.inputErrors().isEmpty()) {
      return LoadedInputs.failOnFindings(outcome.inputErrors(), spec.commandLine().getErr(), "export");
    }
    List<Path> files = outcome.files();
    PrintWriter out = spec.commandLine().getOut();
    int width = 0;
    for (Path f : files) {
      width = Math.max(width, TerminalText.escape(f.toString()).length());
    }
    for (int i = 0; i < outcome.rows().size(); i++) {
      int rows = outcome.rows().get(i);
      out.printf("%-" + width + "s %7d %s%n", TerminalText.escape(files.get(i).toString()), rows,
          rows == 1 ? "row" : "rows");
    }
    out.printf("%-" + width + "s %s%n", files.get(files.size() - 1), "the tables' column types");
    out.flush();
    Map<String, Integer> formulas = outcome.formulaCells();
    if (!formulas.isEmpty()) {
      int total = formulas.values().stream().mapToInt(Integer::intValue).sum();
      PrintWriter err = spec.commandLine().getErr();
      err.println("policyset: " + total + (total == 1 ? " cell" : " cells") + " (" + formulas
          .entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining(", ")) + ") begin with = + - @ or a control "
          + "and would run as formulas in a spreadsheet; they are written as they are for tools. "
          + "Export with --csv-formulas escape for files to open in a spreadsheet.");
      err.flush();
    }
    return ExitCode.OK.code();
  }
}
