package org.policyset.core.query;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.internal.json.Json;
import org.policyset.core.query.RecordView.CitationView;
import org.policyset.core.query.RecordView.FieldValue;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link RecordView} for people or for programs.
 *
 * <p>Text: a {@code TYPE ID} line, the fields that have values (one value a line, aligned), then
 * each citation: the source with its title and the locator, the quote, and the paragraph that holds
 * it with the quote highlighted — in reverse video when {@linkplain #highlight colour} is on, else
 * between {@value #OPEN} and {@value #CLOSE} — and a {@code note:} line when the quote stands
 * elsewhere or not at all. Every string from the data is escaped for the terminal
 * ({@link TerminalText}) before it is printed, the marks and colours only after.
 *
 * <p>JSON (format version {@value #FORMAT_VERSION}): {@code {"formatVersion": 1, "type": "stance",
 * "id": "...", "fields": {"holders": ["cn (China)"], ...}, "record": {the record as in a dataset
 * file}, "citations": [{"source", "sourceTitle", "locator", "quote", "paragraph", "paragraphText",
 * "quoteStart", "quoteEnd", "note"}]}}; the quote's span counts UTF-16 code units of
 * {@code paragraphText}, -1 when it is not found.
 *
 * @since 0.6.0
 */
public final class RecordViewWriter {

  /** The version of the JSON shape. */
  public static final int FORMAT_VERSION = 1;

  /** Where a highlighted quote begins, without colour. */
  public static final String OPEN = "\u27E6";

  /** Where it ends, without colour. */
  public static final String CLOSE = "\u27E7";

  private static final String REVERSE = "\u001B[7m";
  private static final String RESET = "\u001B[0m";

  private final boolean json;
  private final boolean colour;

  private RecordViewWriter(boolean json, boolean colour) {
    this.json = json;
    this.colour = colour;
  }

  /** {@return a writer of text, quotes marked with {@value #OPEN} and {@value #CLOSE}} */
  public static RecordViewWriter text() {
    return new RecordViewWriter(false, false);
  }

  /** {@return a writer of JSON} */
  public static RecordViewWriter json() {
    return new RecordViewWriter(true, false);
  }

  /**
   * Returns a copy that highlights quotes with terminal colours (reverse video) instead of marks;
   * JSON ignores it.
   *
   * @param on whether to use colour
   * @return the copy
   */
  public RecordViewWriter highlight(boolean on) {
    return new RecordViewWriter(json, on);
  }

  /**
   * Writes a view.
   *
   * @param view the view
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(RecordView view, Writer out) {
    PrintWriter p = new PrintWriter(out);
    if (json) {
      p.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree(view)));
    } else {
      text(view, p);
    }
    p.flush();
    if (p.checkError()) {
      throw new UncheckedIOException(new java.io.IOException("could not write the record"));
    }
  }

  private static ObjectNode tree(RecordView view) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("type", view.type().singular());
    root.put("id", view.id());
    ObjectNode fields = root.putObject("fields");
    for (FieldValue f : view.fields()) {
      ArrayNode a = fields.putArray(f.name());
      f.values().forEach(a::add);
    }
    root.set("record", Json.mapper().valueToTree(view.record()));
    ArrayNode citations = root.putArray("citations");
    for (CitationView c : view.citations()) {
      ObjectNode o = citations.addObject();
      o.put("source", c.source());
      o.put("sourceTitle", c.sourceTitle());
      o.put("locator", c.locator());
      o.put("quote", c.quote());
      if (c.paragraph() > 0) {
        o.put("paragraph", c.paragraph());
      } else {
        o.putNull("paragraph");
      }
      o.put("paragraphText", c.paragraphText());
      o.put("quoteStart", c.quoteStart());
      o.put("quoteEnd", c.quoteEnd());
      o.put("note", c.note());
    }
    return root;
  }

  private void text(RecordView view, PrintWriter out) {
    out.println(view.type().singular() + " " + TerminalText.escape(view.id()));
    int width = 0;
    for (FieldValue f : view.fields()) {
      width = Math.max(width, f.name().length());
    }
    for (FieldValue f : view.fields()) {
      List<String> values = f.values();
      for (int i = 0; i < values.size(); i++) {
        String label = i == 0 ? f.name() : "";
        out.println("  " + label + " ".repeat(width - label.length() + 2) + one(values.get(i)));
      }
    }
    if (view.citations().isEmpty()) {
      return;
    }
    out.println();
    out.println("Citations");
    int n = 0;
    for (CitationView c : view.citations()) {
      n++;
      StringBuilder head = new StringBuilder("  " + n + ". " + TerminalText.escape(c.source()));
      if (c.sourceTitle() != null) {
        head.append(" (").append(one(c.sourceTitle())).append(')');
      }
      if (c.locator() != null) {
        head.append(", ").append(one(c.locator()));
      }
      out.println(head);
      String indent = "     ";
      if (c.quote() != null) {
        out.println(indent + "quote: \u201C" + one(c.quote()) + "\u201D");
      }
      String paragraph = c.paragraphText();
      if (paragraph != null) {
        out.println(indent + "para. " + c.paragraph() + ": " + highlighted(paragraph, c.quoteStart(), c.quoteEnd()));
      }
      if (c.note() != null) {
        out.println(indent + "note: " + one(c.note()));
      }
    }
  }

  /** The paragraph, escaped, with the quote's span marked. */
  private String highlighted(String paragraph, int start, int end) {
    if (start < 0 || end > paragraph.length() || start >= end) {
      return one(paragraph);
    }
    return one(paragraph.substring(0, start)) + (colour ? REVERSE : OPEN)
        + one(paragraph.substring(start, end)) + (colour ? RESET : CLOSE) + one(paragraph.substring(end));
  }

  /** Text from the data on one line, escaped for the terminal. */
  private static String one(@Nullable String s) {
    return s == null ? "" : TerminalText.escape(s);
  }
}
