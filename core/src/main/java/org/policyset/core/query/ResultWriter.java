package org.policyset.core.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.text.Csv;
import org.policyset.core.internal.json.Json;
import org.policyset.core.internal.text.TextTable;
import org.policyset.core.model.RecordType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link QueryResult} as a table, JSON, JSON Lines, CSV or Markdown.
 *
 * <p>The JSON shape (format version {@value #FORMAT_VERSION}; fields are only ever added within a
 * version):
 * <pre>{@code
 * {"formatVersion": 1, "type": "stance", "total": 12,          // matches before the limit
 *  "fields": ["id", "date", ...],
 *  "results": [{"id": "...", "date": "2024-06", "holders": ["cn"], "until": null, ...}, ...]}
 * }</pre>
 * Each result has one member per field, in field order: a string or null for a single-valued field,
 * an array of strings for a multi-valued one. A grouped result has {@code "groupBy": FIELD,
 * "groups": [{"key": "supports", "count": 5}, ...]} in place of {@code fields} and
 * {@code results} (the key is null for matches without a value); a count
 * ({@link #writeCount}) has only {@code formatVersion}, {@code type} and {@code total}. JSON Lines
 * writes each result or group object on a line of its own, and a count as {@code {"total": 12}}.
 *
 * <p>CSV follows RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break. Multi-valued fields are joined by {@code "; "} in one cell (for exact lists
 * use {@link org.policyset.core.export.TableExport}). A text cell that a spreadsheet would run as
 * a formula gets a leading {@code '} ({@link CsvFormulas#ESCAPE}, the default: query results are
 * read by people) unless {@link #csvFormulas} says {@link CsvFormulas#RAW}. A table ends with a
 * line that counts the matches.
 *
 * <p>Writers are immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class ResultWriter {

  /** The version of the JSON shape. */
  public static final int FORMAT_VERSION = 1;

  /** The width of a table when none is given. */
  public static final int DEFAULT_WIDTH = 100;

  private final ResultFormat format;
  private final int width;
  private final @Nullable List<String> fields;
  private final CsvFormulas formulas;

  private ResultWriter(ResultFormat format, int width, @Nullable List<String> fields, CsvFormulas formulas) {
    this.format = Objects.requireNonNull(format, "format");
    this.width = width;
    this.fields = fields;
    this.formulas = Objects.requireNonNull(formulas, "formulas");
  }

  /**
   * Returns a writer of a format, {@value #DEFAULT_WIDTH} columns wide, with the default fields:
   * {@link Field#defaults} for table and Markdown, {@link Field#all} for JSON, JSON Lines and CSV.
   *
   * @param format the format
   * @return the writer
   */
  public static ResultWriter of(ResultFormat format) {
    return new ResultWriter(format, DEFAULT_WIDTH, null, CsvFormulas.ESCAPE);
  }

  /**
   * Returns a copy that fits tables into a number of columns; other formats ignore it.
   *
   * @param columns the width, at least 20
   * @return the copy
   * @throws IllegalArgumentException if the width is less than 20
   */
  public ResultWriter width(int columns) {
    if (columns < 20) {
      throw new IllegalArgumentException("a table needs a width of at least 20 columns, not " + columns);
    }
    return new ResultWriter(format, columns, fields, formulas);
  }

  /**
   * Returns a copy that writes these fields, in this order; null restores the defaults. Grouped
   * results and counts ignore it.
   *
   * @param names field names of the result's record type, or null for the defaults
   * @return the copy
   */
  public ResultWriter fields(@Nullable List<String> names) {
    return new ResultWriter(format, width, names == null ? null : List.copyOf(names), formulas);
  }

  /**
   * Returns a copy that writes CSV cells that a spreadsheet would run as formulas as
   * {@code handling} says; other formats ignore it.
   *
   * @param handling {@link CsvFormulas#ESCAPE} (the default) or {@link CsvFormulas#RAW}
   * @return the copy
   * @since 0.1.0
   */
  public ResultWriter csvFormulas(CsvFormulas handling) {
    return new ResultWriter(format, width, fields, handling);
  }

  /** {@return the format} */
  public ResultFormat format() {
    return format;
  }

  /**
   * Returns the fields this writer writes for a record type.
   *
   * @param type the record type
   * @return the fields
   * @throws QueryException if a chosen field name is not a field of the type
   */
  public List<Field> fieldsFor(RecordType type) {
    if (fields != null) {
      return Field.of(type, fields);
    }
    return format == ResultFormat.TABLE || format == ResultFormat.MARKDOWN
        ? Field.defaults(type) : Field.all(type);
  }

  /**
   * Writes the matches of a result, or its groups if it is grouped.
   *
   * @param result the result
   * @param out where to write; flushed, not closed
   * @throws QueryException if a chosen field name is not a field of the result's type
   * @throws UncheckedIOException if writing fails
   */
  public void write(QueryResult result, Writer out) {
    try {
      if (result.groupBy().isPresent()) {
        writeGroups(result, out);
      } else {
        List<Field> chosen = fieldsFor(result.type());
        if (fields == null && result.marksCertainty()) {
          List<Field> marked = new java.util.ArrayList<>(chosen);
          marked.add(Field.IN_EFFECT_CERTAINTY);
          chosen = List.copyOf(marked);
        }
        writeMatches(result, chosen, out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes only the number of matches of a result: the bare number for table, CSV (under a
   * {@code total} header) and Markdown, an object for JSON and JSON Lines.
   *
   * @param result the result
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeCount(QueryResult result, Writer out) {
    try {
      switch (format) {
        case JSON -> {
          ObjectNode root = header(result);
          out.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        }
        case JSONL -> {
          ObjectNode o = JsonNodeFactory.instance.objectNode();
          o.put("total", result.total());
          out.write(Json.mapper().writeValueAsString(o) + "\n");
        }
        case CSV -> {
          Csv.writeRow(out, List.of("total"), formulas == CsvFormulas.ESCAPE);
          Csv.writeRow(out, List.of(result.total()), formulas == CsvFormulas.ESCAPE);
        }
        case TABLE, MARKDOWN -> out.write(result.total() + "\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeMatches(QueryResult result, List<Field> chosen, Writer out) throws IOException {
    List<String> names = new ArrayList<>();
    for (Field f : chosen) {
      names.add(f.name());
    }
    switch (format) {
      case JSON -> {
        ObjectNode root = header(result);
        ArrayNode fieldArray = root.putArray("fields");
        names.forEach(fieldArray::add);
        ArrayNode results = root.putArray("results");
        for (Match m : result.matches()) {
          results.add(object(m, chosen));
        }
        out.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
      }
      case JSONL -> {
        for (Match m : result.matches()) {
          out.write(Json.mapper().writeValueAsString(object(m, chosen)) + "\n");
        }
      }
      case CSV -> {
        Csv.writeRow(out, names, formulas == CsvFormulas.ESCAPE);
        for (Match m : result.matches()) {
          Csv.writeRow(out, texts(m, chosen), formulas == CsvFormulas.ESCAPE);
        }
      }
      case TABLE -> {
        List<List<String>> rows = new ArrayList<>();
        for (Match m : result.matches()) {
          rows.add(texts(m, chosen));
        }
        for (String line : TextTable.render(names, rows, width)) {
          out.write(line + "\n");
        }
        out.write(footer(result.matches().size(), result.total(), result.type(), null) + "\n");
      }
      case MARKDOWN -> {
        List<List<String>> rows = new ArrayList<>();
        for (Match m : result.matches()) {
          rows.add(texts(m, chosen));
        }
        markdown(names, rows, out);
      }
    }
  }

  private void writeGroups(QueryResult result, Writer out) throws IOException {
    String field = result.groupBy().orElseThrow().name();
    switch (format) {
      case JSON -> {
        ObjectNode root = header(result);
        root.put("groupBy", field);
        ArrayNode groups = root.putArray("groups");
        for (Group g : result.groups()) {
          groups.add(group(g));
        }
        out.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
      }
      case JSONL -> {
        for (Group g : result.groups()) {
          out.write(Json.mapper().writeValueAsString(group(g)) + "\n");
        }
      }
      case CSV -> {
        Csv.writeRow(out, List.of(field, "count"), formulas == CsvFormulas.ESCAPE);
        for (Group g : result.groups()) {
          Csv.writeRow(out, List.of(g.key() == null ? "" : g.key(), g.count()), formulas == CsvFormulas.ESCAPE);
        }
      }
      case TABLE -> {
        for (String line : TextTable.render(List.of(field, "count"), groupRows(result), width)) {
          out.write(line + "\n");
        }
        out.write(footer(result.groups().size(), result.totalGroups(), result.type(), result) + "\n");
      }
      case MARKDOWN -> markdown(List.of(field, "count"), groupRows(result), out);
    }
  }

  private static List<List<String>> groupRows(QueryResult result) {
    List<List<String>> rows = new ArrayList<>();
    for (Group g : result.groups()) {
      rows.add(List.of(g.key() == null ? "(none)" : g.key(), String.valueOf(g.count())));
    }
    return rows;
  }

  private static String footer(int shown, int total, RecordType type, @Nullable QueryResult grouped) {
    if (grouped != null) {
      String groups = total == 1 ? "1 group" : total + " groups";
      String of = shown < total ? "showing " + shown + " of " + groups : groups;
      return of + " of " + count(grouped.total(), type);
    }
    return shown < total ? "showing " + shown + " of " + count(total, type) : count(total, type);
  }

  private static String count(int n, RecordType type) {
    return n + " " + (n == 1 ? type.singular() : type.section());
  }

  private static ObjectNode header(QueryResult result) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("type", result.type().singular());
    root.put("total", result.total());
    return root;
  }

  private static ObjectNode group(Group g) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    if (g.key() == null) {
      o.putNull("key");
    } else {
      o.put("key", g.key());
    }
    o.put("count", g.count());
    return o;
  }

  private static ObjectNode object(Match m, List<Field> fields) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (Field f : fields) {
      List<String> values = f.values(m);
      if (f.multiValued()) {
        ArrayNode a = o.putArray(f.name());
        values.forEach(a::add);
      } else if (values.isEmpty()) {
        o.putNull(f.name());
      } else {
        o.put(f.name(), values.get(0));
      }
    }
    return o;
  }

  private static List<String> texts(Match m, List<Field> fields) {
    List<String> row = new ArrayList<>(fields.size());
    for (Field f : fields) {
      row.add(f.text(m));
    }
    return row;
  }

  private static void markdown(List<String> header, List<List<String>> rows, Writer out)
      throws IOException {
    out.write(markdownRow(header));
    StringBuilder rule = new StringBuilder("|");
    for (int i = 0; i < header.size(); i++) {
      rule.append("---|");
    }
    out.write(rule + "\n");
    for (List<String> r : rows) {
      out.write(markdownRow(r));
    }
  }

  private static String markdownRow(List<String> cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      String text = c == null ? "" : org.policyset.core.diagnostic.TerminalText.escape(
          c.replaceAll("[\\r\\n\\t]+", " ").replace("\\", "\\\\")).replace("|", "\\|");
      b.append(' ').append(text).append(" |");
    }
    return b.append('\n').toString();
  }
}
