package org.policyset.core.report;

import java.io.PrintWriter;
import org.policyset.core.internal.json.JsonOutput;
import java.util.List;
import java.util.Locale;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Severity;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.write.DatasetFormatter.FileResult;
import org.policyset.core.write.DatasetFormatter.Status;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what {@code format} (or {@code format --check}) did to each file: as lines for people, as
 * GitHub workflow annotations, or as a versioned JSON document ({@code formatVersion} 1).
 *
 * @since 0.1.0
 */
public final class FormatReport {
  private FormatReport() {}

  /**
   * The formats of the report.
   *
   * @since 0.1.0
   */
  public enum Format {
    /** One line per file that is not canonical, was rewritten or left alone, then a summary. */
    TEXT,
    /** A GitHub Actions annotation per file that is not canonical or has errors. */
    GITHUB,
    /** A versioned JSON list of files with their status. */
    JSON
  }

  /**
   * Writes the report of one run to {@code out} and flushes it.
   *
   * @param format the format
   * @param results what happened to each file
   * @param inputFindings the inputs that could not be used at all
   * @param check whether the run only checked
   * @param out where to write
   */
  public static void write(Format format, List<FileResult> results, List<Finding> inputFindings,
      boolean check, PrintWriter out) {
    switch (format) {
      case TEXT -> text(results, inputFindings, check, out);
      case GITHUB -> github(results, inputFindings, out);
      case JSON -> out.println(JsonOutput.pretty(json(results, inputFindings, check)));
    }
    out.flush();
  }

  private static void text(List<FileResult> results, List<Finding> inputFindings, boolean check,
      PrintWriter out) {
    for (Finding f : inputFindings) {
      out.println(TerminalText.escape(f.location() + ": " + f.message()));
    }
    int rewritten = 0;
    int notCanonical = 0;
    int refused = 0;
    for (FileResult r : results) {
      String file = TerminalText.escape(r.file().display());
      switch (r.status()) {
        case REWRITTEN -> {
          rewritten++;
          out.println("formatted " + file);
        }
        case NOT_CANONICAL -> {
          notCanonical++;
          out.println("not canonical: " + file);
        }
        case REFUSED -> {
          refused++;
          if (r.error() != null) {
            out.println("not written: " + file + ": " + TerminalText.escape(r.error())
                + "; the file is unchanged");
          } else {
            out.println("left alone (has errors): " + file);
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
  }

  private static void github(List<FileResult> results, List<Finding> inputFindings, PrintWriter out) {
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
  }

  private static ObjectNode json(List<FileResult> results, List<Finding> inputFindings, boolean check) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("formatVersion", 1);
    root.put("check", check);
    ArrayNode files = root.putArray("files");
    for (FileResult r : results) {
      ObjectNode o = files.addObject();
      o.put("file", r.file().display());
      o.put("status", r.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (r.error() != null) {
        o.put("error", r.error());
      }
      ArrayNode errors = o.putArray("errors");
      r.findings().forEach(f -> errors.add(f.toString()));
    }
    ArrayNode unreadable = root.putArray("unreadable");
    inputFindings.forEach(f -> unreadable.add(f.toString()));
    return root;
  }
}
