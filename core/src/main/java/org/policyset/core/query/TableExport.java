package org.policyset.core.query;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.policyset.core.internal.Csv;
import org.policyset.core.internal.OutputLock;
import org.policyset.core.internal.StagedOutput;
import org.policyset.core.internal.Json;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.CodedValue;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Event;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Participant;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.PrincipleRelation;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Flattens a dataset into tables that DuckDB, Spark, pandas or a spreadsheet read without help: one
 * table per record type with its single-valued fields, and one link table per list.
 *
 * <table>
 *   <caption>tables and columns</caption>
 *   <tr><th>table</th><th>columns</th></tr>
 *   <tr><td>actors</td><td>id, name, kind, wikidata</td></tr>
 *   <tr><td>actor_aliases</td><td>actor, ordinal, alias</td></tr>
 *   <tr><td>actor_member_of</td><td>actor, ordinal, memberOf</td></tr>
 *   <tr><td>topics</td><td>id, name, parent, description</td></tr>
 *   <tr><td>principles</td><td>id, name, description</td></tr>
 *   <tr><td>principle_relations</td><td>principle, ordinal, related, kind</td></tr>
 *   <tr><td>events</td><td>id, title, date, dateStart, dateEnd, datePrecision, type, location,
 *       summary</td></tr>
 *   <tr><td>event_actors</td><td>event, ordinal, actor, role</td></tr>
 *   <tr><td>event_topics</td><td>event, ordinal, topic</td></tr>
 *   <tr><td>stances</td><td>id, date, dateStart, dateEnd, datePrecision, topic, position, statement,
 *       respondsTo, until, inEffectUntil</td></tr>
 *   <tr><td>stance_holders</td><td>stance, ordinal, actor</td></tr>
 *   <tr><td>stance_principles</td><td>stance, ordinal, principle</td></tr>
 *   <tr><td>stance_supersedes</td><td>stance, ordinal, supersedes</td></tr>
 *   <tr><td>sources</td><td>id, title, kind, author, publisher, published, publishedStart,
 *       publishedEnd, url, symbol, text</td></tr>
 *   <tr><td>citations</td><td>recordType, record, pointer, ordinal, source, quote, locator</td></tr>
 * </table>
 *
 * <p>Dates keep their partial form ({@code date}) and add the first and last day of their range
 * as {@code YYYY-MM-DD} ({@code dateStart}, {@code dateEnd}) and their precision ({@code year},
 * {@code month}, {@code day}); {@code inEffectUntil} is a stance's last day in effect
 * ({@link StanceLifecycle}), empty while it is open. {@code ordinal} counts from 1 within its list.
 * {@code citations} holds every citation of stances, events and principles (including those of
 * principle relations), with the JSON pointer of the citation inside its record. Rows of record
 * tables are sorted by id; link rows follow them.
 *
 * @since 0.1.0
 */
public final class TableExport {

  private TableExport() {}

  /**
   * Returns the tables of a dataset, in the order of the class description.
   *
   * @param dataset the dataset
   * @return the tables
   */
  public static List<Table> tables(Dataset dataset) {
    StanceLifecycle lifecycle = StanceLifecycle.of(dataset);
    Rows actors = new Rows("actors", "id", "name", "kind", "wikidata");
    Rows aliases = new Rows("actor_aliases", "actor", "ordinal", "alias");
    Rows memberOf = new Rows("actor_member_of", "actor", "ordinal", "memberOf");
    for (Actor a : sorted(dataset.actors())) {
      actors.add(a.id(), a.name(), code(a.kind()), a.wikidata());
      list(aliases, a.id(), a.aliases());
      list(memberOf, a.id(), a.memberOf());
    }
    Rows topics = new Rows("topics", "id", "name", "parent", "description");
    for (Topic t : sorted(dataset.topics())) {
      topics.add(t.id(), t.name(), t.parent(), t.description());
    }
    Rows principles = new Rows("principles", "id", "name", "description");
    Rows relations = new Rows("principle_relations", "principle", "ordinal", "related", "kind");
    Rows citations = new Rows("citations", "recordType", "record", "pointer", "ordinal", "source",
        "quote", "locator");
    for (Principle p : sorted(dataset.principles())) {
      principles.add(p.id(), p.name(), p.description());
      citations(citations, p, "/sources", p.sources());
      for (int i = 0; i < p.relations().size(); i++) {
        PrincipleRelation r = p.relations().get(i);
        if (r != null) {
          relations.add(p.id(), i + 1, r.principle(), code(r.kind()));
          citations(citations, p, "/relations/" + i + "/sources", r.sources());
        }
      }
    }
    Rows events = new Rows("events", "id", "title", "date", "dateStart", "dateEnd", "datePrecision",
        "type", "location", "summary");
    Rows eventActors = new Rows("event_actors", "event", "ordinal", "actor", "role");
    Rows eventTopics = new Rows("event_topics", "event", "ordinal", "topic");
    for (Event e : sorted(dataset.events())) {
      events.add(e.id(), e.title(), text(e.date()), start(e.date()), end(e.date()), precision(e.date()),
          code(e.type()), e.location(), e.summary());
      for (int i = 0; i < e.actors().size(); i++) {
        Participant p = e.actors().get(i);
        if (p != null) {
          eventActors.add(e.id(), i + 1, p.actor(), code(p.role()));
        }
      }
      list(eventTopics, e.id(), e.topics());
      citations(citations, e, "/sources", e.sources());
    }
    Rows stances = new Rows("stances", "id", "date", "dateStart", "dateEnd", "datePrecision", "topic",
        "position", "statement", "respondsTo", "until", "inEffectUntil");
    Rows holders = new Rows("stance_holders", "stance", "ordinal", "actor");
    Rows stancePrinciples = new Rows("stance_principles", "stance", "ordinal", "principle");
    Rows supersedes = new Rows("stance_supersedes", "stance", "ordinal", "supersedes");
    for (Stance s : sorted(dataset.stances())) {
      String last = s.date() == null ? null
          : lifecycle.lastDay(s).map(Object::toString).orElse(null);
      stances.add(s.id(), text(s.date()), start(s.date()), end(s.date()), precision(s.date()), s.topic(),
          code(s.position()), s.statement(), s.respondsTo(), text(s.until()), last);
      list(holders, s.id(), s.holders());
      list(stancePrinciples, s.id(), s.principles());
      list(supersedes, s.id(), s.supersedes());
      citations(citations, s, "/sources", s.sources());
    }
    Rows sources = new Rows("sources", "id", "title", "kind", "author", "publisher", "published",
        "publishedStart", "publishedEnd", "url", "symbol", "text");
    for (Source s : sorted(dataset.sources())) {
      sources.add(s.id(), s.title(), code(s.kind()), s.author(), s.publisher(), text(s.published()),
          start(s.published()), end(s.published()), s.url(), s.symbol(), s.text());
    }
    return List.of(actors.table(), aliases.table(), memberOf.table(), topics.table(), principles.table(),
        relations.table(), events.table(), eventActors.table(), eventTopics.table(), stances.table(),
        holders.table(), stancePrinciples.table(), supersedes.table(), sources.table(), citations.table());
  }

  /**
   * Writes every table of a dataset into a folder, one file per table named
   * {@code TABLE.csv} or {@code TABLE.jsonl}, replacing files of those names.
   *
   * <p>Each file is written to a temporary file in the folder first; only when all are written are
   * they moved into place, each with an atomic move, so that a reader never sees a half-written
   * file. A failure while writing leaves the folder's files as they were; temporary files are
   * removed in any case.
   *
   * @param dataset the dataset
   * @param dir the folder; created with its parents if missing
   * @param format the file format
   * @return the files written, in table order
   * @throws IOException if the folder cannot be created or a file cannot be written or moved
   */
  public static List<Path> write(Dataset dataset, Path dir, ExportFormat format) throws IOException {
    return write(tables(dataset), dir, format);
  }

  /**
   * Writes tables into a folder as {@link #write(Dataset, Path, ExportFormat)} does.
   *
   * @param tables the tables, such as those of {@link #tables(Dataset)}
   * @param dir the folder; created with its parents if missing
   * @param format the file format
   * @return the files written, in table order
   * @throws IOException if the folder cannot be created or a file cannot be written or moved
   */
  public static List<Path> write(List<Table> tables, Path dir, ExportFormat format) throws IOException {
    Path out = dir.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(out)) {
      out = out.toRealPath(); // replace the folder the link names, and keep the link
    }
    List<Path> targets = new ArrayList<>();
    try (StagedOutput staged = StagedOutput.create(out)) {
      for (Table t : tables) {
        String name = t.name() + "." + format.value();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(staged.folder().resolve(name),
            StandardCharsets.UTF_8))) {
          write(t, format, w);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        targets.add(dir.resolve(name));
      }
      // The folder is switched whole, so that a reader (or a killed export) never sees tables of
      // two exports; files in it that are not tables of this export are kept.
      OutputLock lock = OutputLock.acquire(out);
      try {
        StagedOutput.recover(out);
        staged.keepFromTarget(rel -> false);
        staged.replaceFolder();
      } finally {
        lock.close();
      }
    }
    return List.copyOf(targets);
  }

  /**
   * Writes one table in a format.
   *
   * @param table the table
   * @param format the format
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Table table, ExportFormat format, Writer out) {
    try {
      switch (format) {
        case CSV -> {
          Csv.writeRow(out, table.columns());
          for (List<Object> row : table.rows()) {
            Csv.writeRow(out, row);
          }
        }
        case JSONL -> {
          for (List<Object> row : table.rows()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < row.size(); i++) {
              Object v = row.get(i);
              String c = table.columns().get(i);
              if (v == null) {
                o.putNull(c);
              } else if (v instanceof Integer n) {
                o.put(c, n);
              } else {
                o.put(c, v.toString());
              }
            }
            out.write(Json.mapper().writeValueAsString(o) + "\n");
          }
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void citations(Rows rows, PolicyRecord r, String pointer, List<Citation> citations) {
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      if (c != null) {
        rows.add(r.recordType().singular(), r.id(), pointer + "/" + i, i + 1, c.source(), c.quote(),
            c.locator());
      }
    }
  }

  private static void list(Rows rows, String owner, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) != null) {
        rows.add(owner, i + 1, values.get(i));
      }
    }
  }

  private static <T extends PolicyRecord> List<T> sorted(List<T> records) {
    List<T> copy = new ArrayList<>(records);
    copy.sort(Comparator.comparing(PolicyRecord::id, Comparator.nullsLast(Comparator.naturalOrder())));
    return copy;
  }

  private static String code(CodedValue v) {
    return v == null ? null : v.value();
  }

  private static String text(PartialDate d) {
    return d == null ? null : d.toString();
  }

  private static String start(PartialDate d) {
    return d == null ? null : d.start().toString();
  }

  private static String end(PartialDate d) {
    return d == null ? null : d.end().toString();
  }

  private static String precision(PartialDate d) {
    return d == null ? null : d.precision().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Collects the rows of one table. */
  private static final class Rows {
    final String name;
    final List<String> columns;
    final List<List<Object>> rows = new ArrayList<>();

    Rows(String name, String... columns) {
      this.name = name;
      this.columns = List.of(columns);
    }

    void add(Object... cells) {
      rows.add(Arrays.asList(cells));
    }

    Table table() {
      return new Table(name, columns, rows);
    }
  }
}
