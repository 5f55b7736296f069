package org.policyset.core.stats;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.stats.DatasetStats.Named;
import org.policyset.core.stats.DatasetStats.Share;
import org.policyset.core.stats.DatasetStats.Spread;
import org.policyset.core.stats.DatasetStats.Tally;

/**
 * {@link StatsFormat#MARKDOWN}: the figures of the text format as GitHub-flavoured Markdown, one
 * {@code ##} section per component of {@link DatasetStats}, in its order, each a table (counts
 * right-aligned) or {@code (none)}. Text from the data is one line per cell: line breaks and tabs
 * become spaces, other control characters are shown escaped ({@link TerminalText}), and the
 * characters Markdown would read as markup ({@code \ | ` * _ [ ] < > ~ &}) are escaped with a
 * backslash, so that a name shows as written and cannot end a cell, open a link or inject HTML.
 */
final class StatsMarkdown {

  private StatsMarkdown() {}

  static void write(DatasetStats s, PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, Integer> e : s.recordsPerType().entrySet()) {
      rows.add(List.of(cell(e.getKey()), String.valueOf(e.getValue())));
    }
    table(out, "Records", List.of("Type", "Records"), "-:", rows);
    tallies(out, "Stances per actor", "Actor", "Stances", s.stancesPerActor());
    tallies(out, "Stances per topic", "Topic", "Stances", s.stancesPerTopic());
    tallies(out, "Stances per principle", "Principle", "Stances", s.stancesPerPrinciple());
    tallies(out, "Stances per position", "Position", "Stances", s.stancesPerPosition());
    DatasetStats.Version2 v2 = s.version2();
    if (v2 != null) {
      tallies(out, "Stances per attribution", "Attribution", "Stances", v2.stancesPerAttribution());
      tallies(out, "Stances per reporting source", "Source", "Stances", v2.stancesPerReporter());
    }
    tallies(out, "Events per year", "Year", "Events", s.eventsPerYear());
    if (v2 != null) {
      table(out, "Undated records", List.of("Type", "Undated"), "-:", List.of(
          List.of("stances", String.valueOf(v2.undatedStances())),
          List.of("events", String.valueOf(v2.undatedEvents()))));
    }
    int dates = 0;
    for (Share sh : s.datePrecision()) {
      dates += sh.count();
    }
    rows = new ArrayList<>();
    for (Share sh : s.datePrecision()) {
      rows.add(List.of(cell(sh.precision()), String.valueOf(sh.count()),
          String.format(Locale.ROOT, "%.1f%%", sh.share() * 100)));
    }
    table(out, "Dates by precision (" + dates + " dates)", List.of("Precision", "Dates", "Share"), "-::",
        rows);
    rows = new ArrayList<>();
    for (Spread sp : s.sourcesPerRecord()) {
      rows.add(List.of(cell(sp.type()), String.valueOf(sp.records()), String.valueOf(sp.min()),
          String.valueOf(sp.max()), String.format(Locale.ROOT, "%.2f", sp.mean())));
    }
    table(out, "Sources per record", List.of("Type", "Records", "Min", "Max", "Mean"), "-::::", rows);
    named(out, "Principles no stance invokes", "Principle", s.principlesWithoutStance());
    named(out, "Topics no stance is about", "Topic", s.topicsWithoutStance());
    named(out, "Actors holding no stance", "Actor", s.actorsWithoutStance());
    out.flush();
  }

  private static void tallies(PrintWriter out, String heading, String key, String count, List<Tally> tallies) {
    boolean named = tallies.stream().anyMatch(t -> t.name() != null);
    List<List<String>> rows = new ArrayList<>();
    for (Tally t : tallies) {
      String name = t.name();
      rows.add(named ? List.of(cell(t.key()), name == null ? "" : cell(name), String.valueOf(t.count()))
          : List.of(cell(t.key()), String.valueOf(t.count())));
    }
    table(out, heading, named ? List.of(key, "Name", count) : List.of(key, count), named ? "--:" : "-:",
        rows);
  }

  private static void named(PrintWriter out, String heading, String kind, List<Named> records) {
    List<List<String>> rows = new ArrayList<>();
    for (Named n : records) {
      rows.add(List.of(cell(n.id()), cell(n.name())));
    }
    table(out, heading, List.of(kind, "Name"), "--", rows);
  }

  /**
   * Writes a section: a heading, then a table, or {@code (none)}. {@code align} has one character a
   * column: {@code -} left, {@code :} right.
   */
  private static void table(PrintWriter out, String heading, List<String> header, String align,
      List<List<String>> rows) {
    out.println("## " + heading);
    out.println();
    if (rows.isEmpty()) {
      out.println("(none)");
      out.println();
      return;
    }
    out.println(row(header));
    StringBuilder rule = new StringBuilder("|");
    for (int i = 0; i < header.size(); i++) {
      rule.append(align.charAt(i) == ':' ? "---:|" : "---|");
    }
    out.println(rule);
    for (List<String> r : rows) {
      out.println(row(r));
    }
    out.println();
  }

  private static String row(List<String> cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(c).append(" |");
    }
    return b.toString();
  }

  /** Text from the data as the content of one cell: one line, shown as written. */
  static String cell(String text) {
    String line = TerminalText.escape(text.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ")).strip();
    StringBuilder b = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("\\|`*_[]<>~&".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
