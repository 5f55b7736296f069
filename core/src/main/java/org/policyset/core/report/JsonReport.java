package org.policyset.core.report;

import java.io.PrintWriter;
import org.policyset.core.internal.json.Json;
import org.policyset.core.io.InputFile;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.SuppressedFinding;
import org.policyset.core.validation.ValidationReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a validation report as JSON: {@code formatVersion}, {@code tool}, {@code summary},
 * {@code files}, {@code findings} and {@code suppressed}. The shape is documented by the JSON Schema
 * {@value #SCHEMA_RESOURCE} of {@code policyset-schema}; fields are only ever added within one
 * format version.
 *
 * @since 0.1.0
 */
public final class JsonReport {

  /** The version of the JSON report shape. */
  public static final int FORMAT_VERSION = 1;

  /** The class-path resource of {@code policyset-schema} holding the JSON Schema of this shape. */
  public static final String SCHEMA_RESOURCE =
      "org/policyset/schema/report/validation-report-1.schema.json";

  private final String toolVersion;

  /**
   * Creates a writer.
   *
   * @param toolVersion the policyset version to record
   */
  public JsonReport(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  /**
   * Returns the report as a JSON tree.
   *
   * @param report the report
   * @return the tree
   */
  ObjectNode toTree(ValidationReport report) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    ObjectNode root = n.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "policyset");
    tool.put("version", toolVersion);
    ObjectNode summary = root.putObject("summary");
    summary.put("valid", report.isValid());
    summary.put("errors", report.errors());
    summary.put("warnings", report.warnings());
    summary.put("files", report.files().size());
    summary.put("records", report.recordCount());
    summary.put("complete", report.complete());
    summary.put("suppressed", report.suppressed().size());
    summary.put("baselined", report.baselined().size());
    ObjectNode byType = summary.putObject("recordsByType");
    for (RecordType t : RecordType.values()) {
      byType.put(t.section(), report.records().getOrDefault(t, 0));
    }
    ArrayNode files = root.putArray("files");
    for (InputFile f : report.files()) {
      files.add(f.display());
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      finding(f, findings.addObject());
    }
    ArrayNode suppressed = root.putArray("suppressed");
    for (SuppressedFinding s : report.suppressed()) {
      ObjectNode o = suppressed.addObject();
      finding(s.finding(), o);
      ObjectNode by = o.putObject("suppression");
      by.put("reason", s.suppression().reason());
      Location at = s.suppression().declaredAt();
      by.put("file", at.file());
      by.put("line", at.line());
      by.put("column", at.column());
    }
    return root;
  }

  private static void finding(Finding f, ObjectNode o) {
    o.put("code", f.rule().code());
    o.put("rule", f.rule().slug());
    o.put("layer", f.rule().layer().label());
    o.put("severity", f.severity().label());
    o.put("file", f.location().file());
    o.put("line", f.location().line());
    o.put("column", f.location().column());
    o.put("pointer", f.pointer());
    if (f.record() != null) {
      o.put("record", f.record());
    }
    o.put("message", f.message());
    if (f.hint() != null) {
      o.put("hint", f.hint());
    }
    if (!f.related().isEmpty()) {
      ArrayNode rel = o.putArray("related");
      for (Location l : f.related()) {
        ObjectNode r = rel.addObject();
        r.put("file", l.file());
        r.put("line", l.line());
        r.put("column", l.column());
      }
    }
    o.put("fingerprint", f.fingerprint());
  }

  /**
   * Writes {@code report} to {@code out}, pretty-printed, with a trailing newline.
   *
   * @param report the report
   * @param out the writer
   */
  public void write(ValidationReport report, PrintWriter out) {
    out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toTree(report)));
    out.flush();
  }
}
