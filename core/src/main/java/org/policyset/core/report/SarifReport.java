package org.policyset.core.report;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.policyset.core.internal.json.Json;
import org.policyset.core.internal.json.Pointers;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.RuleDocumentation;
import org.policyset.core.diagnostic.Severity;
import org.policyset.core.diagnostic.SuppressedFinding;
import org.policyset.core.validation.ValidationReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a validation report as a SARIF 2.1.0 log, the format code-scanning services (such as
 * GitHub's {@code upload-sarif}) read.
 *
 * <p>The log has one run. Its {@code tool.driver.rules} is the whole rule catalogue, with each
 * rule's summary, rationale and examples as help; each result names its rule by code
 * ({@code ruleId}) and index, carries the finding's severity as {@code level}, its file, line and
 * column as a physical location (a URI relative to {@code %SRCROOT%}, the base folder), its JSON
 * pointer and record as logical locations, related places as {@code relatedLocations}, and
 * {@link Finding#fingerprint()} as a partial fingerprint. Suppressed findings are included with a
 * {@code suppressions} entry whose justification is the suppression's reason; baselined findings
 * are left out.
 *
 * <p>A run holds at most {@link #maxResults()} results, by default {@value #DEFAULT_MAX_RESULTS}:
 * GitHub code scanning rejects a run of more than {@value #GITHUB_RESULT_LIMIT} results and shows
 * only the {@value #DEFAULT_MAX_RESULTS} most severe. Past the cap, the most severe are kept
 * (errors, then warnings, then suppressed findings; in report order within each), and the run's
 * {@code invocations[0].toolExecutionNotifications} says how many of each level were left out.
 *
 * @since 0.1.0
 */
public final class SarifReport {

  /** The JSON Schema of SARIF 2.1.0 (OASIS Standard with Errata 01), as {@code $schema}. */
  public static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Where to learn about policyset, as the driver's {@code informationUri}. */
  public static final String INFORMATION_URI = "https://policyset.org/";

  /** The name of the base folder that relative artifact URIs are resolved against. */
  public static final String SRCROOT = "%SRCROOT%";

  /** The {@code partialFingerprints} key under which {@link Finding#fingerprint()} is given. */
  public static final String FINGERPRINT_KEY = "policyset/v1";

  /** The most results GitHub code scanning accepts in one run; a run with more is rejected. */
  public static final int GITHUB_RESULT_LIMIT = 25_000;

  /** The results a run holds unless {@link #withMaxResults} says otherwise: as many as GitHub shows. */
  public static final int DEFAULT_MAX_RESULTS = 5_000;

  /** The id of the notification that says results were left out. */
  public static final String RESULTS_LEFT_OUT = "results-left-out";

  private static final Pattern SEMVER =
      Pattern.compile("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$");

  private final String toolVersion;
  private final Path base;
  private final int maxResults;

  /**
   * Creates a writer whose artifact URIs are relative to the working folder.
   *
   * @param toolVersion the policyset version to record
   */
  public SarifReport(String toolVersion) {
    this(toolVersion, Path.of(""));
  }

  /**
   * Creates a writer whose artifact URIs are relative to {@code baseDirectory}, usually the root of
   * the repository being checked; files outside it get absolute {@code file:} URIs.
   *
   * @param toolVersion the policyset version to record
   * @param baseDirectory the folder that {@value #SRCROOT} stands for
   */
  public SarifReport(String toolVersion, Path baseDirectory) {
    this(toolVersion, baseDirectory.toAbsolutePath().normalize(), DEFAULT_MAX_RESULTS);
  }

  private SarifReport(String toolVersion, Path base, int maxResults) {
    this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    this.base = base;
    this.maxResults = maxResults;
  }

  /**
   * Returns a writer whose runs hold at most {@code max} results.
   *
   * @param max the most results a run holds, at least 1; {@link Integer#MAX_VALUE} for no cap
   * @return the writer
   * @throws IllegalArgumentException if {@code max} is less than 1
   * @since 0.1.0
   */
  public SarifReport withMaxResults(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("the most results a run holds must be at least 1, not " + max);
    }
    return new SarifReport(toolVersion, base, max);
  }

  /**
   * Returns the most results a run holds.
   *
   * @return the cap
   * @since 0.1.0
   */
  public int maxResults() {
    return maxResults;
  }

  /**
   * Returns how many results of {@code report} a run leaves out because of the cap.
   *
   * @param report the report
   * @return the number of findings (suppressed ones included) not written, 0 if all fit
   * @since 0.1.0
   */
  public int leftOut(ValidationReport report) {
    return Math.max(0, report.findings().size() + report.suppressed().size() - maxResults);
  }

  /**
   * Returns the log as a JSON tree.
   *
   * @param report the report
   * @return the SARIF log
   */
  ObjectNode toTree(ValidationReport report) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    ObjectNode log = n.objectNode();
    log.put("$schema", SCHEMA_URI);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "policyset");
    driver.put("version", toolVersion);
    if (SEMVER.matcher(toolVersion).matches()) {
      driver.put("semanticVersion", toolVersion);
    }
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    for (Rule r : Rule.values()) {
      rules.add(descriptor(r));
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    ObjectNode bases = run.putObject("originalUriBaseIds");
    String baseUri = base.toUri().toASCIIString();
    bases.putObject(SRCROOT).put("uri", baseUri.endsWith("/") ? baseUri : baseUri + "/");
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    boolean[] kept = kept(report);
    int[] omitted = new int[3];
    int i = 0;
    for (Finding f : report.findings()) {
      if (kept[i++]) {
        results.add(result(f));
      } else {
        omitted[f.severity() == Severity.ERROR ? 0 : 1]++;
      }
    }
    for (SuppressedFinding s : report.suppressed()) {
      if (!kept[i++]) {
        omitted[2]++;
        continue;
      }
      ObjectNode r = result(s.finding());
      ObjectNode sup = r.putArray("suppressions").addObject();
      sup.put("kind", "external");
      sup.put("status", "accepted");
      sup.put("justification", s.suppression().reason());
      Location at = s.suppression().declaredAt();
      if (at != null) {
        sup.putObject("location").set("physicalLocation", physical(at));
      }
      results.add(r);
    }
    int total = report.findings().size() + report.suppressed().size();
    if (total > maxResults) {
      ObjectNode note = invocation.putArray("toolExecutionNotifications").addObject();
      note.putObject("descriptor").put("id", RESULTS_LEFT_OUT);
      note.put("level", "warning");
      note.putObject("message").put("text", leftOutMessage(total, omitted));
      ObjectNode props = note.putObject("properties");
      props.put("results", total);
      props.put("included", maxResults);
      props.put("leftOutErrors", omitted[0]);
      props.put("leftOutWarnings", omitted[1]);
      props.put("leftOutSuppressed", omitted[2]);
    }
    return log;
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

  /** Marks the results a run holds: the most severe first, report order within a level. */
  private boolean[] kept(ValidationReport report) {
    int n = report.findings().size();
    boolean[] kept = new boolean[n + report.suppressed().size()];
    int room = maxResults;
    for (Severity level : List.of(Severity.ERROR, Severity.WARNING)) {
      for (int i = 0; i < n && room > 0; i++) {
        if (report.findings().get(i).severity() == level) {
          kept[i] = true;
          room--;
        }
      }
    }
    for (int i = n; i < kept.length && room > 0; i++, room--) {
      kept[i] = true;
    }
    return kept;
  }

  private String leftOutMessage(int total, int[] omitted) {
    List<String> parts = new ArrayList<>();
    String[] names = {"error", "warning", "suppressed finding"};
    for (int k = 0; k < 3; k++) {
      if (omitted[k] > 0) {
        parts.add(String.format(Locale.ROOT, "%,d %s%s", omitted[k], names[k],
            omitted[k] == 1 ? "" : "s"));
      }
    }
    return String.format(Locale.ROOT, "This run holds the %,d most severe of %,d results; "
        + "%,d were left out (%s). GitHub code scanning rejects a run of more than %,d results and "
        + "shows the %,d most severe. Every finding is in the JSON report (--format json).",
        maxResults, total, total - maxResults, String.join(", ", parts), GITHUB_RESULT_LIMIT,
        DEFAULT_MAX_RESULTS);
  }

  private static ObjectNode descriptor(Rule r) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    RuleDocumentation d = r.documentation();
    ObjectNode o = n.objectNode();
    o.put("id", r.code());
    o.put("name", r.slug());
    o.putObject("shortDescription").put("text", r.summary());
    o.putObject("fullDescription").put("text", d.rationale());
    ObjectNode help = o.putObject("help");
    help.put("text", r.summary() + "\n\nWhy: " + d.rationale() + "\n\nFails:\n" + d.failingExample()
        + "\n\nPasses:\n" + d.passingExample());
    help.put("markdown", RulesMarkdown.details(r, "####"));
    o.putObject("defaultConfiguration").put("level", level(r.severity()));
    ObjectNode props = o.putObject("properties");
    props.put("layer", r.layer().label());
    props.putArray("tags").add(r.layer().label());
    return o;
  }

  private ObjectNode result(Finding f) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    ObjectNode o = n.objectNode();
    o.put("ruleId", f.rule().code());
    o.put("ruleIndex", f.rule().ordinal());
    o.put("level", level(f.severity()));
    o.putObject("message").put("text", f.hint() == null ? f.message()
        : f.message() + "\nHint: " + f.hint());
    ObjectNode location = o.putArray("locations").addObject();
    location.set("physicalLocation", physical(f.location()));
    ArrayNode logical = n.arrayNode();
    if (!f.pointer().isEmpty()) {
      ObjectNode pointer = logical.addObject();
      pointer.put("name", Pointers.last(f.pointer()));
      pointer.put("fullyQualifiedName", f.pointer());
      pointer.put("kind", "value");
    }
    if (f.record() != null) {
      ObjectNode record = logical.addObject();
      record.put("name", f.record());
      record.put("fullyQualifiedName", f.record());
      record.put("kind", "object");
    }
    if (!logical.isEmpty()) {
      location.set("logicalLocations", logical);
    }
    List<Location> related = f.related();
    if (!related.isEmpty()) {
      ArrayNode rel = o.putArray("relatedLocations");
      for (int i = 0; i < related.size(); i++) {
        ObjectNode r = rel.addObject();
        r.put("id", i + 1);
        r.set("physicalLocation", physical(related.get(i)));
        r.putObject("message").put("text", "related place: " + related.get(i));
      }
    }
    o.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
    ObjectNode props = o.putObject("properties");
    props.put("rule", f.rule().slug());
    props.put("layer", f.rule().layer().label());
    props.put("pointer", f.pointer());
    if (f.record() != null) {
      props.put("record", f.record());
    }
    if (f.hint() != null) {
      props.put("hint", f.hint());
    }
    return o;
  }

  private ObjectNode physical(Location l) {
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    ObjectNode artifact = p.putObject("artifactLocation");
    String[] uri = uri(l.file());
    artifact.put("uri", uri[0]);
    if (uri[1] != null) {
      artifact.put("uriBaseId", uri[1]);
    }
    if (l.line() > 0) {
      ObjectNode region = p.putObject("region");
      region.put("startLine", l.line());
      if (l.column() > 0) {
        region.put("startColumn", l.column());
      }
    }
    return p;
  }

  /** Returns the URI of a file and its base id: relative to {@code %SRCROOT%}, or absolute. */
  String[] uri(String file) {
    Path abs;
    try {
      abs = Path.of(file).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return new String[] {encode(file.replace('\\', '/')), SRCROOT};
    }
    if (abs.startsWith(base) && !abs.equals(base)) {
      String rel = base.relativize(abs).toString().replace('\\', '/');
      if (rel.indexOf(':') >= 0 && rel.indexOf(':') < (rel.indexOf('/') < 0 ? rel.length() : rel.indexOf('/'))) {
        rel = "./" + rel;
      }
      return new String[] {encode(rel), SRCROOT};
    }
    return new String[] {abs.toUri().toASCIIString(), null};
  }

  private static String encode(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  private static String level(Severity s) {
    return s == Severity.ERROR ? "error" : "warning";
  }
}
