package org.policyset.core.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.text.Paragraphs;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Event;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.read.DatasetReader;

/**
 * One record as {@code policyset show TYPE:ID} presents it: every field, its references resolved
 * to names (an event's with its date), and each citation with the paragraph of the source's archived
 * text that holds its quote and where the quote stands in it.
 *
 * <p>The paragraph is the one the locator names ({@code para. N}: the N-th line of the text that is
 * not blank) when the quote stands there; otherwise the first paragraph that holds the quote, with a
 * note that the locator names another; otherwise the named paragraph without a span and a note that
 * the quote is not in the text ({@code policyset validate} reports it).
 *
 * @param type the record's type
 * @param id the record's id
 * @param record the record
 * @param fields the fields, in {@link Field#all} order without the derived name fields, each with
 *     its values as text; a reference reads {@code id (Name)}
 * @param citations the record's citations, in document order
 * @since 0.6.0
 */
public record RecordView(RecordType type, String id, PolicyRecord record, List<FieldValue> fields,
    List<CitationView> citations) {

  /**
   * Copies the lists.
   *
   * @param type the record's type
   * @param id the record's id
   * @param record the record
   * @param fields the fields with their values
   * @param citations the citations
   */
  public RecordView {
    fields = List.copyOf(fields);
    citations = List.copyOf(citations);
  }

  /**
   * One field and its values.
   *
   * @param name the field's name, as {@link Field#name()}
   * @param values its values as text; a reference reads {@code id (Name)}
   * @since 0.6.0
   */
  public record FieldValue(String name, List<String> values) {
    /**
     * Copies the values.
     *
     * @param name the field's name
     * @param values its values
     */
    public FieldValue {
      values = List.copyOf(values);
    }
  }

  /**
   * One citation, with the paragraph that holds its quote.
   *
   * @param source the cited source's id
   * @param sourceTitle the source's title; null when no source has the id
   * @param locator the citation's locator, or null
   * @param quote the citation's quote, or null
   * @param paragraph the number of the paragraph shown (1-based), or 0 for none
   * @param paragraphText that paragraph of the archived text, or null
   * @param quoteStart where the quote begins in the paragraph's characters; -1 when not found
   * @param quoteEnd where it ends (exclusive); -1 when not found
   * @param note what a reader should know: the quote stands in another paragraph than the locator
   *     names, is not in the text, or the source has no readable text; null when all is well
   * @since 0.6.0
   */
  public record CitationView(String source, @Nullable String sourceTitle, @Nullable String locator,
      @Nullable String quote, int paragraph, @Nullable String paragraphText, int quoteStart,
      int quoteEnd, @Nullable String note) {}

  /** The fields not shown because another field holds the same reference with its name. */
  private static final Set<String> DERIVED = Set.of("year", "holderNames", "topicName",
      "principleNames", "respondsToTitle", "actorNames", "topicNames", "memberOfNames", "parentName",
      "relatedNames", "sources", "sourceTitles", "quotes", "roles");

  /**
   * Builds the view of one record of a dataset that was read, reading the archived texts of the
   * sources it cites as validation reads them.
   *
   * @param read what {@link DatasetReader#load} returned
   * @param type the record's type
   * @param id the record's id
   * @return the view
   * @throws QueryException if the dataset has no record of that type and id; its hint suggests one
   */
  public static RecordView of(DatasetReader.Result read, RecordType type, String id) {
    Lookup lookup = new Lookup(read.dataset());
    Map<String, PolicyRecord> index = lookup.index(type);
    PolicyRecord record = index.get(id);
    if (record == null) {
      throw new QueryException("unknown " + type.singular() + " '" + id + "'",
          IdResolution.suggest(type, id, index));
    }
    Match match = new Match(record, lookup);
    List<FieldValue> fields = new ArrayList<>();
    List<String> refs = Match.referenceFields(type);
    for (Field f : Field.all(type)) {
      if (DERIVED.contains(f.name())) {
        continue;
      }
      List<String> values = new ArrayList<>();
      if (refs.contains(f.name())) {
        List<Resolved> resolved = match.references(f.name());
        List<String> roles = f.name().equals("actors") ? match.values("roles") : List.of();
        for (int i = 0; i < resolved.size(); i++) {
          values.add(reference(resolved.get(i), lookup)
              + (i < roles.size() && !roles.get(i).isEmpty() ? " as " + roles.get(i) : ""));
        }
      } else {
        values.addAll(f.values(match));
      }
      fields.add(new FieldValue(f.name(), values));
    }
    Version2View.append(record, lookup, fields);
    return new RecordView(type, id, record, fields, citations(record, read, lookup));
  }

  private static String reference(Resolved r, Lookup lookup) {
    if (!r.found()) {
      return r.id() + " (not found)";
    }
    String label = r.labelOrId();
    if (r.type() == RecordType.EVENT && lookup.index(RecordType.EVENT).get(r.id()) instanceof Event e
        && e.date() != null) {
      label = label + ", " + e.date();
    }
    return r.id() + " (" + label + ")";
  }

  private static List<CitationView> citations(PolicyRecord record, DatasetReader.Result read, Lookup lookup) {
    List<CitationView> views = new ArrayList<>();
    if (record.citations().isEmpty()) {
      return views;
    }
    Map<String, String> unreadable = new HashMap<>();
    Map<String, byte[]> bytes = read.readSourceTexts(f -> {
      String ref = f.record();
      unreadable.put(ref == null ? "" : ref.substring(ref.indexOf(':') + 1), f.message());
    });
    Map<String, Paragraphs> texts = new HashMap<>();
    for (Citation c : record.citations()) {
      PolicyRecord source = lookup.index(RecordType.SOURCE).get(c.source());
      String title = source == null ? null : Lookup.label(source);
      int named = Paragraphs.number(c.locator());
      byte[] content = bytes.get(c.source());
      if (content == null) {
        String why = source == null ? "no source has this id"
            : unreadable.containsKey(c.source()) ? "the archived text cannot be read"
            : "the source has no archived text";
        views.add(new CitationView(c.source(), title, c.locator(), c.quote(), 0, null, -1, -1, why));
        continue;
      }
      Paragraphs text = texts.computeIfAbsent(c.source(),
          k -> Paragraphs.of(new String(content, StandardCharsets.UTF_8)));
      Paragraphs.Span span = c.quote() == null ? null : text.find(c.quote(), named);
      if (span != null) {
        String note = named > 0 && span.paragraph() != named
            ? "the quote stands in paragraph " + span.paragraph() + ", not in paragraph " + named
                + " as the locator says" : null;
        views.add(new CitationView(c.source(), title, c.locator(), c.quote(), span.paragraph(),
            text.get(span.paragraph()), span.start(), span.end(), note));
      } else {
        String shown = text.get(named);
        String note = c.quote() == null ? null
            : "the quote does not stand in the archived text ('policyset validate' says where it departs)";
        if (shown == null && named > 0) {
          note = (note == null ? "" : note + "; ") + "the text has no paragraph " + named;
        }
        views.add(new CitationView(c.source(), title, c.locator(), c.quote(), shown == null ? 0 : named,
            shown, -1, -1, note));
      }
    }
    return views;
  }
}
