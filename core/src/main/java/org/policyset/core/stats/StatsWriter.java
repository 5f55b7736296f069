package org.policyset.core.stats;

import org.policyset.core.internal.text.Plural;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.internal.json.Json;
import org.policyset.core.stats.DatasetStats.Named;
import org.policyset.core.stats.DatasetStats.Share;
import org.policyset.core.stats.DatasetStats.Spread;
import org.policyset.core.stats.DatasetStats.Tally;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@link DatasetStats} as text, JSON or Markdown.
 *
 * <p>Text has one headed section per statistic: records per type, the tallies of stances and
 * events (key, count and the name of the record counted, aligned), dates by precision with their
 * shares, sources per record, and the records no stance touches; an empty list reads
 * {@code (none)}. Ids and names from the data are shown with terminal controls escaped
 * ({@link TerminalText}).
 *
 * <p>The JSON shape (format version {@value #FORMAT_VERSION}; fields are only ever added within a
 * version) is one object: {@code formatVersion}, then the components of {@link DatasetStats} in
 * order, each list an array of objects with the components of its element record
 * ({@code {"key": "cn", "name": "China", "count": 5}}; a null name is written as null). A schema
 * version 2 dataset adds, last, {@code stancesPerAttribution}, {@code stancesPerReporter} (tallies)
 * and {@code undated} ({@code {"stances": N, "events": N}}):
 * <pre>{@code
 * {"formatVersion": 1, "recordsPerType": {"actors": 8, ...}, "stancesPerActor": [...], ...}
 * }</pre>
 *
 * <p>Markdown (GitHub-flavoured) gives the figures of the text format as one {@code ##} section per
 * component of {@link DatasetStats}, in order, each a table with a header row, or {@code (none)};
 * text from the data is escaped so that it shows as written in one cell.
 *
 * <p>Lines end with the platform's line separator. Writers are immutable and may be shared between
 * threads.
 *
 * @since 0.1.0
 */
public final class StatsWriter {

  /** The version of the JSON shape. */
  public static final int FORMAT_VERSION = 1;

  private final StatsFormat format;

  private StatsWriter(StatsFormat format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  /**
   * Returns a writer of a format.
   *
   * @param format the format
   * @return the writer
   */
  public static StatsWriter of(StatsFormat format) {
    return new StatsWriter(format);
  }

  /** {@return the format} */
  public StatsFormat format() {
    return format;
  }

  /**
   * Writes the statistics.
   *
   * @param stats the statistics
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(DatasetStats stats, Writer out) {
    write(stats, null, out);
  }

  /**
   * Writes the statistics with how much of each archived source text the dataset cites: in text, a
   * last section "Source coverage" (paragraphs cited of all, the share, the paragraphs not cited);
   * in JSON, a last field {@code sourceCoverage}, an array of
   * {@code {"source", "text", "paragraphs", "cited", "uncited": [N, …]}} (with {@code "problem"}
   * instead of the counts for a text that could not be read).
   *
   * @param stats the statistics
   * @param coverage the coverage of each source with an archived text, or null to leave it out
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(DatasetStats stats, @Nullable List<SourceCoverage> coverage, Writer out) {
    PrintWriter p = new PrintWriter(out);
    if (format == StatsFormat.JSON) {
      ObjectNode root = json(stats);
      if (coverage != null) {
        CoverageReport.summary(root.putArray("sourceCoverage"), coverage);
      }
      p.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } else if (format == StatsFormat.MARKDOWN) {
      StatsMarkdown.write(stats, p);
    } else {
      text(stats, p);
      if (coverage != null) {
        CoverageReport.summary(p, coverage);
      }
    }
    p.flush();
    if (p.checkError()) {
      throw new UncheckedIOException(new IOException("could not write the statistics"));
    }
  }

  /**
   * Writes the coverage report: for each source with an archived text, every paragraph that is not
   * blank with its locator and the records that cite it, or its opening words when none does. In
   * JSON: {@code {"formatVersion": 1, "sources": [{"source", "text", "paragraphs", "cited",
   * "coverage": [{"paragraph", "locator", "opening", "citedBy": ["type:id", …]}, …]}, …]}}.
   *
   * @param coverage the coverage of each source
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeCoverage(List<SourceCoverage> coverage, Writer out) {
    PrintWriter p = new PrintWriter(out);
    if (format == StatsFormat.JSON) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      root.put("formatVersion", FORMAT_VERSION);
      CoverageReport.full(root.putArray("sources"), coverage);
      p.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } else {
      CoverageReport.full(p, coverage);
    }
    p.flush();
    if (p.checkError()) {
      throw new UncheckedIOException(new IOException("could not write the coverage report"));
    }
  }

  private static ObjectNode json(DatasetStats s) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode perType = root.putObject("recordsPerType");
    s.recordsPerType().forEach(perType::put);
    tallies(root.putArray("stancesPerActor"), s.stancesPerActor());
    tallies(root.putArray("stancesPerTopic"), s.stancesPerTopic());
    tallies(root.putArray("stancesPerPrinciple"), s.stancesPerPrinciple());
    tallies(root.putArray("stancesPerPosition"), s.stancesPerPosition());
    tallies(root.putArray("eventsPerYear"), s.eventsPerYear());
    ArrayNode precision = root.putArray("datePrecision");
    for (Share sh : s.datePrecision()) {
      precision.addObject().put("precision", sh.precision()).put("count", sh.count())
          .put("share", sh.share());
    }
    ArrayNode sources = root.putArray("sourcesPerRecord");
    for (Spread sp : s.sourcesPerRecord()) {
      sources.addObject().put("type", sp.type()).put("records", sp.records()).put("min", sp.min())
          .put("max", sp.max()).put("mean", sp.mean());
    }
    named(root.putArray("principlesWithoutStance"), s.principlesWithoutStance());
    named(root.putArray("topicsWithoutStance"), s.topicsWithoutStance());
    named(root.putArray("actorsWithoutStance"), s.actorsWithoutStance());
    DatasetStats.Version2 v2 = s.version2();
    if (v2 != null) {
      tallies(root.putArray("stancesPerAttribution"), v2.stancesPerAttribution());
      tallies(root.putArray("stancesPerReporter"), v2.stancesPerReporter());
      root.putObject("undated").put("stances", v2.undatedStances()).put("events", v2.undatedEvents());
    }
    return root;
  }

  private static void tallies(ArrayNode array, List<Tally> tallies) {
    for (Tally t : tallies) {
      array.addObject().put("key", t.key()).put("name", t.name()).put("count", t.count());
    }
  }

  private static void named(ArrayNode array, List<Named> records) {
    for (Named n : records) {
      array.addObject().put("id", n.id()).put("name", n.name());
    }
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
    DatasetStats.Version2 v2 = s.version2();
    if (v2 != null) {
      tallies(out, "Stances per attribution", v2.stancesPerAttribution());
      tallies(out, "Stances per reporting source", v2.stancesPerReporter());
    }
    tallies(out, "Events per year", s.eventsPerYear());
    if (v2 != null) {
      out.println();
      out.println("Undated (no date anywhere)");
      out.printf("  %-8s %6d%n", "stances", v2.undatedStances());
      out.printf("  %-8s %6d%n", "events", v2.undatedEvents());
    }
    int dates = 0;
    for (Share sh : s.datePrecision()) {
      dates += sh.count();
    }
    out.println();
    out.println("Dates by precision (" + Plural.count(dates, "date") + ")");
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
    out.flush();
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
