package org.policyset.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.report.GithubReport;
import org.policyset.core.report.JsonOutput;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Severity;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.write.DatasetFormatter;
import org.policyset.core.write.DatasetFormatter.FileResult;
import org.policyset.core.write.DatasetFormatter.Status;
import org.policyset.core.diagnostic.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset format}: rewrites files canonically, or checks that they are. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Rewrite dataset files in canonical form (or --check).",
    description = "Rewrite dataset files in canonical form, in place: records sorted by id, keys in "
        + "a fixed order, two-space indent, UTF-8 without BOM, \\n line ends, trailing newline. "
        + "Each file keeps its records. Files with syntax or shape errors are left untouched. "
        + "Every write is atomic (temporary file, then rename).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Every file is (now) canonical.",
      " 1:With --check: some file is not canonical; or some file has errors and was left alone.",
      " 2:Usage error.",
      " 3:An input could not be read.",
      " 4:A file could not be written (disk full, read-only); it is unchanged.",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class FormatCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputMixin input;

  @Mixin
  GlobalOptions global;

  @Mixin
  LimitsMixin limits;

  @Option(names = "--check", description = "Change nothing; list the files that are not canonical "
      + "and exit 1 if there are any (for CI).")
  boolean check;

  enum Format { text, github, json }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). github "
          + "prints a workflow annotation for every file that is not canonical or has errors; json a "
          + "versioned list of files with their status.")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Finding> inputFindings = new ArrayList<>();
    List<FileResult> results = new DatasetFormatter(DatasetReader.withLimits(limits.limits()))
        .format(input.resolve(), check, inputFindings);
    if (format != Format.text) {
      return report(results, inputFindings, out);
    }
    for (Finding f : inputFindings) {
      out.println(TerminalText.escape(f.location() + ": " + f.message()));
    }
    int rewritten = 0;
    int notCanonical = 0;
    int refused = 0;
    for (FileResult r : results) {
      switch (r.status()) {
        case REWRITTEN -> {
          rewritten++;
          out.println("formatted " + TerminalText.escape(r.file().display()));
        }
        case NOT_CANONICAL -> {
          notCanonical++;
          out.println("not canonical: " + TerminalText.escape(r.file().display()));
        }
        case REFUSED -> {
          refused++;
          if (r.error() != null) {
            out.println("not written: " + TerminalText.escape(r.file().display()) + ": "
                + TerminalText.escape(r.error())
                + "; the file is unchanged");
          } else {
            out.println("left alone (has errors): " + TerminalText.escape(r.file().display()));
            for (Finding f : r.findings()) {
              out.println("  " + f);
            }
          }
        }
        case CANONICAL -> { }
      }
    }
    long canonical = results.stream().filter(r -> r.status() == Status.CANONICAL).count();
    out.println(results.size() + (results.size() == 1 ? " file: " : " files: ") + canonical
        + " already canonical, " + (check ? notCanonical + " not canonical" : rewritten + " formatted")
        + (refused > 0 ? ", " + refused + " left alone" : ""));
    out.flush();
    return exitCode(results, inputFindings);
  }

  private static int exitCode(List<FileResult> results, List<Finding> inputFindings) {
    if (!inputFindings.isEmpty()) {
      return ExitCode.UNREADABLE.code();
    }
    if (results.stream().anyMatch(r -> r.error() != null)) {
      return ExitCode.UNWRITABLE.code();
    }
    boolean bad = results.stream().anyMatch(r -> r.status() == Status.NOT_CANONICAL
        || r.status() == Status.REFUSED);
    return bad ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }

  private int report(List<FileResult> results, List<Finding> inputFindings, PrintWriter out) {
    if (format == Format.github) {
      inputFindings.forEach(f -> out.println(GithubReport.line(f)));
      for (FileResult r : results) {
        switch (r.status()) {
          case NOT_CANONICAL -> out.println(GithubReport.annotation(Severity.ERROR,
              Location.ofFile(r.file().display()), "not canonical",
              "not in canonical form; run 'policyset format -- "
                  + TerminalText.escape(r.file().display()) + "'"));
          case REFUSED -> {
            if (r.error() != null) {
              out.println(GithubReport.annotation(Severity.ERROR, Location.ofFile(r.file().display()),
                  "not written", r.error()));
            }
            r.findings().forEach(f -> out.println(GithubReport.line(f)));
          }
          default -> { }
        }
      }
    } else {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      root.put("formatVersion", 1);
      root.put("check", check);
      ArrayNode files = root.putArray("files");
      for (FileResult r : results) {
        ObjectNode o = files.addObject();
        o.put("file", r.file().display());
        o.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (r.error() != null) {
          o.put("error", r.error());
        }
        ArrayNode errors = o.putArray("errors");
        r.findings().forEach(f -> errors.add(f.toString()));
      }
      ArrayNode unreadable = root.putArray("unreadable");
      inputFindings.forEach(f -> unreadable.add(f.toString()));
      out.println(JsonOutput.pretty(root));
    }
    out.flush();
    return exitCode(results, inputFindings);
  }
}
