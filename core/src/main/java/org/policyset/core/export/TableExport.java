package org.policyset.core.export;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.text.Csv;
import org.policyset.core.internal.fs.OutputLock;
import org.policyset.core.internal.fs.StagedOutput;
import org.policyset.core.internal.json.Json;
import org.policyset.core.internal.fs.TempFiles;
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
import org.policyset.core.model.SchemaVersions;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.policyset.core.query.CsvFormulas;
import org.policyset.core.query.StanceLifecycle;

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
 * <p>A schema version 2 dataset gets more: the new single-valued fields as columns at the end of
 * {@code actors} ({@code unnamed}), {@code stances} ({@code attribution}, {@code strength},
 * {@code attested}, {@code attestedStart}, {@code attestedEnd}, {@code inEffect},
 * {@code expressedAt}), {@code sources} ({@code language}) and {@code citations} ({@code basis},
 * with the citations of actors, topics and event and topic relations too), and the link tables
 * {@code stance_holder_scopes}, {@code stance_reported_by}, {@code stance_voiced_by},
 * {@code stance_targets}, {@code event_relations}, {@code topic_relations} and
 * {@code source_authors} after the others. A version 1 dataset's tables are as they were.
 *
 * <p>Column types do not depend on the data: {@code ordinal} is an integer; {@code dateStart},
 * {@code dateEnd}, {@code publishedStart}, {@code publishedEnd} and {@code inEffectUntil} are days
 * ({@code YYYY-MM-DD}); every other column is a string, partial dates such as {@code until} and
 * {@code date} included ({@code 2024}, {@code 2024-05}). {@link #write(List, Path, ExportFormat,
 * CsvFormulas)} writes them in a Frictionless Data Package descriptor, {@value #DESCRIPTOR}, beside
 * the tables, so that a reader need not guess them from the rows (and an empty JSON Lines table,
 * which holds no row to show its columns, still has them).
 *
 * @since 0.1.0
 */
public final class TableExport {

  private TableExport() {}

  /** The file name of the Frictionless Data Package descriptor written beside the tables. */
  public static final String DESCRIPTOR = "datapackage.json";

  /**
   * Returns the Table Schema type of an exported column: {@link Table#INTEGER} for
   * {@code ordinal}, {@link Table#DATE} for the first and last days of dates and for
   * {@code inEffectUntil}, {@link Table#STRING} for every other column.
   *
   * @param column the column name
   * @return the type
   * @since 0.1.0
   */
  public static String columnType(String column) {
    if (column.equals("ordinal")) {
      return Table.INTEGER;
    }
    return column.endsWith("Start") || column.endsWith("End") || column.equals("inEffectUntil")
        ? Table.DATE : Table.STRING;
  }

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
    List<Table> tables = List.of(actors.table(), aliases.table(), memberOf.table(), topics.table(), principles.table(),
        relations.table(), events.table(), eventActors.table(), eventTopics.table(), stances.table(),
        holders.table(), stancePrinciples.table(), supersedes.table(), sources.table(), citations.table());
    return SchemaVersions.of(dataset) == SchemaVersions.V2 ? Version2Tables.extend(dataset, tables) : tables;
  }

  /**
   * Writes every table of a dataset into a folder, one file per table named
   * {@code TABLE.csv} or {@code TABLE.jsonl}, and their descriptor {@value #DESCRIPTOR}, replacing
   * files of those names; formulas as they are ({@link CsvFormulas#RAW}).
   *
   * <p>The files are written into a staging folder beside the target, and the target folder is
   * switched to it whole once all are written, so that a reader (or a killed export) never sees
   * tables of two exports; files in the folder that are not tables of this export are kept. A
   * failure while writing leaves the folder as it was. New files get the permissions the process
   * umask gives new files; replaced files keep theirs.
   *
   * @param dataset the dataset
   * @param dir the folder; created with its parents if missing
   * @param format the file format
   * @return the files written, in table order, then the descriptor
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
   * @return the files written, in table order, then the descriptor
   * @throws IOException if the folder cannot be created or a file cannot be written or moved
   */
  public static List<Path> write(List<Table> tables, Path dir, ExportFormat format) throws IOException {
    return write(tables, dir, format, CsvFormulas.RAW);
  }

  /**
   * Writes tables into a folder as {@link #write(Dataset, Path, ExportFormat)} does, with CSV cells
   * that a spreadsheet would run as formulas written as {@code formulas} says.
   *
   * @param tables the tables, such as those of {@link #tables(Dataset)}
   * @param dir the folder; created with its parents if missing
   * @param format the file format
   * @param formulas {@link CsvFormulas#RAW} for tools, {@link CsvFormulas#ESCAPE} for spreadsheets
   * @return the files written, in table order, then the descriptor
   * @throws IOException if the folder cannot be created or a file cannot be written or moved
   * @since 0.1.0
   */
  public static List<Path> write(List<Table> tables, Path dir, ExportFormat format, CsvFormulas formulas)
      throws IOException {
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
          write(t, format, formulas, w);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        TempFiles.keepPermissions(out.resolve(name), staged.folder().resolve(name));
        targets.add(dir.resolve(name));
      }
      Files.writeString(staged.folder().resolve(DESCRIPTOR), dataPackage(tables, format, formulas),
          StandardCharsets.UTF_8);
      TempFiles.keepPermissions(out.resolve(DESCRIPTOR), staged.folder().resolve(DESCRIPTOR));
      targets.add(dir.resolve(DESCRIPTOR));
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
   * Returns the Frictionless Data Package descriptor of tables written in a format: one resource
   * per table with its path, format, encoding, CSV dialect and Table Schema (every column with its
   * type), pretty-printed with a trailing newline.
   *
   * @param tables the tables
   * @param format the format they are written in
   * @param formulas how CSV cells that look like formulas were written (recorded as
   *     {@code policyset:csvFormulas})
   * @return the descriptor
   * @since 0.1.0
   */
  public static String dataPackage(List<Table> tables, ExportFormat format, CsvFormulas formulas) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    boolean csv = format == ExportFormat.CSV;
    ObjectNode pkg = n.objectNode();
    pkg.put("profile", csv ? "tabular-data-package" : "data-package");
    pkg.put("name", "policyset-export");
    pkg.put("title", "policyset dataset export");
    if (csv) {
      pkg.put("policyset:csvFormulas", formulas.name().toLowerCase(java.util.Locale.ROOT));
    }
    ArrayNode resources = pkg.putArray("resources");
    for (Table t : tables) {
      ObjectNode r = resources.addObject();
      r.put("name", t.name());
      r.put("path", t.name() + "." + format.value());
      r.put("profile", csv ? "tabular-data-resource" : "data-resource");
      r.put("format", format.value());
      r.put("mediatype", csv ? "text/csv" : "application/jsonl");
      r.put("encoding", "utf-8");
      if (csv) {
        ObjectNode d = r.putObject("dialect");
        d.put("delimiter", ",");
        d.put("lineTerminator", "\r\n");
        d.put("quoteChar", "\"");
        d.put("doubleQuote", true);
        d.put("header", true);
      }
      ObjectNode schema = r.putObject("schema");
      ArrayNode fields = schema.putArray("fields");
      for (int i = 0; i < t.columns().size(); i++) {
        ObjectNode f = fields.addObject();
        f.put("name", t.columns().get(i));
        f.put("type", t.types().get(i));
      }
      if (csv) {
        schema.putArray("missingValues").add("");
      }
    }
    return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(pkg) + "\n";
  }

  /**
   * Returns, per table, the number of text cells that a spreadsheet would run as formulas (those
   * {@link CsvFormulas#ESCAPE} escapes); tables without any are left out.
   *
   * @param tables the tables
   * @return the counts by table name, in table order
   * @since 0.1.0
   */
  public static Map<String, Integer> formulaCells(List<Table> tables) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Table t : tables) {
      int count = 0;
      for (List<@Nullable Object> row : t.rows()) {
        for (Object v : row) {
          if (v instanceof String text && Csv.isFormula(text)) {
            count++;
          }
        }
      }
      if (count > 0) {
        counts.put(t.name(), count);
      }
    }
    return counts;
  }

  /**
   * Writes one table in a format, formulas as they are.
   *
   * @param table the table
   * @param format the format
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Table table, ExportFormat format, Writer out) {
    write(table, format, CsvFormulas.RAW, out);
  }

  /**
   * Writes one table in a format.
   *
   * @param table the table
   * @param format the format
   * @param formulas what CSV does with cells that a spreadsheet would run as formulas
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public static void write(Table table, ExportFormat format, CsvFormulas formulas, Writer out) {
    try {
      switch (format) {
        case CSV -> {
          boolean escape = formulas == CsvFormulas.ESCAPE;
          Csv.writeRow(out, table.columns(), escape);
          for (List<@Nullable Object> row : table.rows()) {
            Csv.writeRow(out, row, escape);
          }
        }
        case JSONL -> {
          for (List<@Nullable Object> row : table.rows()) {
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

  private static @Nullable String code(@Nullable CodedValue v) {
    return v == null ? null : v.value();
  }

  private static @Nullable String text(@Nullable PartialDate d) {
    return d == null ? null : d.toString();
  }

  private static @Nullable String start(@Nullable PartialDate d) {
    return d == null ? null : d.start().toString();
  }

  private static @Nullable String end(@Nullable PartialDate d) {
    return d == null ? null : d.end().toString();
  }

  private static @Nullable String precision(@Nullable PartialDate d) {
    return d == null ? null : d.precision().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Collects the rows of one table. */
  private static final class Rows {
    final String name;
    final List<String> columns;
    final List<List<@Nullable Object>> rows = new ArrayList<>();

    Rows(String name, String... columns) {
      this.name = name;
      this.columns = List.of(columns);
    }

    void add(@Nullable Object... cells) {
      rows.add(Arrays.asList(cells));
    }

    Table table() {
      return new Table(name, columns, columns.stream().map(TableExport::columnType).toList(), rows);
    }
  }
}
