package org.policyset.core.validation.internal.provenance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.SourceTextProvider;
import org.policyset.core.io.RecordPreparer;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Event;
import org.policyset.core.model.EventRelation;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.core.model.TopicRelation;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.validation.internal.integrity.IdTable;
import org.policyset.core.internal.json.LazyLocation;
import org.policyset.core.internal.json.LocatedTree;
import org.policyset.core.internal.text.Plural;

/**
 * The provenance layer's index of sources and citations, kept while records stream past:
 * <ul>
 *   <li>PS401 missing-citation: an event or principle cites no source, or (schema version 2) an
 *       event or topic relation cites none, reported here as records arrive;
 *   <li>PS402 quote-not-found: a quote does not stand in its source's archived text, in
 *       {@link QuoteCheck};
 *   <li>PS403 source-text-unreadable: an archived text cannot be read, in {@link ArchivedTexts}, or
 *       a source's {@code text} field is itself wrong, so that the quotes citing it (which the
 *       finding names) cannot be checked;
 *   <li>PS404 unused-source: a source no record cites, reported here at the end;
 *   <li>PS408 locator-mismatch and PS409 ambiguous-quote: a quote's locator names another
 *       paragraph, or the quote stands twice, in {@link QuoteCheck};
 *   <li>PS214 attribution-fields, PS405 reporting-source-not-cited, PS406
 *       author-claim-without-author and PS407 stated-without-own-source: a stance's attribution
 *       against the sources it cites and their authors (schema version 2), in
 *       {@link AttributionChecks}.
 * </ul>
 *
 * <p>Every citation's quote is checked where it stands: a stance's, an actor's or a topic's
 * {@code sources}, an event's or a principle's, and those of event, topic and principle
 * {@code relations}.
 */
public final class ProvenanceIndex implements RecordPreparer {

  /** A declared source; {@code cited} is set when a record cites it after its declaration. */
  static final class SourceInfo {
    final String id;
    final @Nullable Path text;
    final @Nullable Path folder;
    /** The {@code text} field as written, for a {@link SourceTextProvider}. */
    final @Nullable String written;
    final LazyLocation location;
    final LazyLocation textLocation;
    final String pointer;
    /** The actors that wrote it ({@code authors}), or null when the source could not be bound. */
    final @Nullable List<String> authors;
    boolean cited;
    /**
     * Whether the source names a text in a {@code text} field that is itself wrong (not a string, or
     * not a relative path), so that no quote of it can be checked; the citations left unchecked are
     * then counted and the first few named.
     */
    boolean textUnusable;
    int unchecked;
    final List<String> uncheckedNames = new ArrayList<>();

    SourceInfo(String id, @Nullable Path text, @Nullable Path folder, @Nullable String written,
        LazyLocation location,
        LazyLocation textLocation, String pointer, @Nullable List<String> authors) {
      this.id = id;
      this.text = text;
      this.folder = folder;
      this.written = written;
      this.location = location;
      this.textLocation = textLocation;
      this.pointer = pointer;
      this.authors = authors;
    }

    @Nullable List<String> authors() {
      return authors;
    }

    String id() {
      return id;
    }

    @Nullable Path text() {
      return text;
    }

    @Nullable Path folder() {
      return folder;
    }

    @Nullable String written() {
      return written;
    }

    LazyLocation location() {
      return location;
    }

    LazyLocation textLocation() {
      return textLocation;
    }

    String pointer() {
      return pointer;
    }

    /** Notes that a quote of {@code record} was not checked because the text field is wrong. */
    void leftUnchecked(String record) {
      unchecked++;
      if (uncheckedNames.size() < NAMED && !uncheckedNames.contains(record)) {
        uncheckedNames.add(record);
      }
    }
  }

  /** How many of the records whose quotes went unchecked a finding names. */
  static final int NAMED = 5;

  /** The declared sources: ids in a table, by slot in order of declaration (the first of a duplicate). */
  private final IdTable sourceIds = new IdTable();
  private final List<SourceInfo> sources = new ArrayList<>();
  /** The source ids as {@link #accept} last published them to the worker threads. */
  private volatile IdTable.@Nullable Snapshot published;
  private boolean changed;
  /** What a worker thread resolved of the citations of the record {@link #accept} gets next. */
  private @Nullable Resolved resolvedNext;

  /** The sources a stance cites, resolved on a worker thread: a slot, or -1 to look up. */
  private record Resolved(Stance stance, int[] slots) {}
  /** Ids cited before any source of theirs was declared (or by records that could not be bound). */
  private final Set<String> cited = new HashSet<>();
  /** The folder of the file last read, which the sources declared in it share. */
  private org.policyset.core.io.@Nullable InputFile lastFile;
  private @Nullable Path lastFolder;
  private final ArchivedTexts texts;
  /** Gives the archived texts; null when they are read beside the files. */
  private final @Nullable SourceTextProvider provider;
  private final QuoteCheck quotes;
  private final AttributionChecks attribution;
  private final Consumer<Finding> findings;
  private final boolean all;

  /** Creates an index reporting to {@code findings}. */
  public ProvenanceIndex(Consumer<Finding> findings) {
    this(findings, false);
  }

  /**
   * Creates an index reporting to {@code findings}.
   *
   * @param all whether a record that could not be bound counts as citing nothing, so that the
   *     sources only it cites are reported unused
   */
  public ProvenanceIndex(Consumer<Finding> findings, boolean all) {
    this(findings, all, null);
  }

  /**
   * Creates an index reporting to {@code findings} that asks {@code provider} for the archived
   * texts instead of reading them beside the files that declare the sources.
   *
   * @param all whether a record that could not be bound counts as citing nothing
   * @param provider gives the archived texts, or null to read them from files
   */
  public ProvenanceIndex(Consumer<Finding> findings, boolean all, @Nullable SourceTextProvider provider) {
    this.findings = findings;
    this.all = all;
    this.provider = provider;
    this.texts = new ArchivedTexts(findings, provider);
    this.quotes = new QuoteCheck(texts, findings);
    this.attribution = new AttributionChecks(findings);
  }

  /**
   * Resolves the sources a stance cites against the source ids as last published, on the thread
   * that bound it; every id found there was declared before the stance.
   */
  @Override
  public @Nullable Object prepare(PolicyRecord value) {
    if (!(value instanceof Stance s)) {
      return null;
    }
    IdTable.Snapshot t = published;
    if (t == null) {
      return null;
    }
    int[] slots = new int[s.sources().size()];
    for (int i = 0; i < slots.length; i++) {
      Citation c = s.sources().get(i);
      slots[i] = c == null || c.source() == null ? -1 : t.slot(c.source());
    }
    return new Resolved(s, slots);
  }

  @Override
  public void handOn(@Nullable Object prepared) {
    resolvedNext = (Resolved) prepared;
  }

  private @Nullable SourceInfo source(String id) {
    int slot = sourceIds.slot(id);
    return slot < 0 ? null : sources.get(slot);
  }

  /** Indexes one record. */
  public void accept(ReadRecord r) {
    Resolved resolved = resolvedNext;
    resolvedNext = null;
    PolicyRecord value = r.value();
    if (value == null) {
      // A record that could not be bound still cites its sources: count every short string in it
      // as cited, so that its shape error (even a misspelt "sources" or "source" key) does not
      // also make its sources look unused.
      if (r.locator() instanceof LocatedTree tree) {
        if (!all) {
          citedIn(tree.node());
        }
        if (r.type() == RecordType.SOURCE && r.id() != null) {
          // A source that could not be bound (a bad "published" date, an unknown key) is still
          // declared with its text when its "text" field is usable, so that the quotes citing it
          // are checked; when that field is itself wrong, the quotes left unchecked are named.
          tools.jackson.databind.JsonNode t = tree.node().get("text");
          boolean usable = t != null && t.isString() && SourceTextField.usable(t.asString());
          declare(r, r.id(), usable ? t.asString() : null, t != null && !t.isNull() && !usable, null);
        }
      }
      return;
    }
    if (r.id() == null) {
      return;
    }
    if (value instanceof Source s) {
      // A source with a shape error elsewhere (a bad date, a padded title) keeps its text: the
      // quotes citing it are checked all the same.
      String text = s.text();
      declare(r, s.id(), text != null && (r.valid() || SourceTextField.usable(text)) ? text : null,
          text != null && !r.valid() && !SourceTextField.usable(text), s.authors());
      return;
    }
    List<Citation> citations = value.citations();
    // An event's own sources attest the event; those of its relations (schema version 2) attest
    // the relations, each of which needs one too.
    if ((value instanceof Event e ? e.sources() : citations).isEmpty()
        && (value.recordType() == RecordType.EVENT || value.recordType() == RecordType.PRINCIPLE)) {
      findings.accept(Finding.of(Rule.MISSING_CITATION, r.location(),
              value.recordType().singular() + " '" + r.id() + "' cites no source")
          .withPointer(r.pointer() + value.citationsPointer()).withRecord(r.key())
          .withHint("add \"sources\": [{\"source\": \"…\", \"quote\": \"…\", \"locator\": \"…\"}]"));
    }
    relationsCite(r, value);
    if (value instanceof Stance s) {
      if (changed) {
        changed = false;
        published = sourceIds.snapshot();
      }
      addQuotes(r, "/sources", citations,
          resolved != null && resolved.stance() == s ? resolved.slots() : null);
      attribution.stance(r, s, this::source);
      return;
    }
    collect(r, value.citationsPointer(), citations, value);
  }

  /**
   * Declares a source: {@code written} is its usable {@code text} field or null, and
   * {@code textUnusable} says that it names a text in a field that is itself wrong.
   */
  private void declare(ReadRecord r, String id, @Nullable String written, boolean textUnusable,
      @Nullable List<String> authors) {
    Path text = null;
    Path dir = null;
    if (provider == null) {
      if (r.file() != lastFile) {
        lastFile = r.file();
        // Without a provider, records come from files.
        lastFolder = Objects.requireNonNull(r.file().path(), "a file").toAbsolutePath().getParent();
      }
      dir = lastFolder;
      if (written != null) {
        text = dir == null ? null : dir.resolve(written).normalize();
      }
      if (text == null) {
        written = null;
      }
    }
    if (sourceIds.add(id) >= 0) {
      SourceInfo info = new SourceInfo(id, text, dir, written, LazyLocation.of(r.locator(), "/id"),
          LazyLocation.of(r.locator(), "/text"), r.pointer(), authors);
      info.textUnusable = textUnusable;
      sources.add(info);
      changed = true;
    }
  }

  private void citedIn(tools.jackson.databind.JsonNode node) {
    if (node.isString()) {
      if (node.asString().length() <= 200) {
        cited.add(node.asString());
      }
    } else if (node.isContainer()) {
      for (tools.jackson.databind.JsonNode child : node.values()) {
        citedIn(child);
      }
    }
  }

  /** PS401 for the relations of an event or a topic (schema version 2) that cite no source. */
  private void relationsCite(ReadRecord r, PolicyRecord value) {
    if (value instanceof Event e) {
      for (int i = 0; i < e.relations().size(); i++) {
        EventRelation rel = e.relations().get(i);
        if (rel != null && rel.sources().isEmpty()) {
          uncitedRelation(r, i, "event '" + rel.event() + "'");
        }
      }
    } else if (value instanceof Topic t) {
      for (int i = 0; i < t.relations().size(); i++) {
        TopicRelation rel = t.relations().get(i);
        if (rel != null && rel.sources().isEmpty()) {
          uncitedRelation(r, i, "topic '" + rel.topic() + "'");
        }
      }
    }
  }

  private void uncitedRelation(ReadRecord r, int i, String other) {
    String p = "/relations/" + i;
    findings.accept(Finding.of(Rule.MISSING_CITATION, r.locator().locate(p),
            r.type().singular() + " '" + r.id() + "': the relation to " + other + " cites no source")
        .withPointer(r.pointer() + p).withRecord(r.key())
        .withHint("add \"sources\": [{\"source\": \"…\", \"quote\": \"…\", \"locator\": \"…\"}]"
            + " to the relation, with the words that draw it"));
  }

  private void collect(ReadRecord r, @Nullable String base, List<Citation> citations, PolicyRecord value) {
    if (value instanceof Event e) {
      // Each list of citations at its own pointer: Event.citations() joins them.
      addQuotes(r, "/sources", e.sources(), null);
      for (int i = 0; i < e.relations().size(); i++) {
        if (e.relations().get(i) != null) {
          addQuotes(r, "/relations/" + i + "/sources", e.relations().get(i).sources(), null);
        }
      }
    } else if (value instanceof Topic t) {
      addQuotes(r, "/sources", t.sources(), null);
      for (int i = 0; i < t.relations().size(); i++) {
        if (t.relations().get(i) != null) {
          addQuotes(r, "/relations/" + i + "/sources", t.relations().get(i).sources(), null);
        }
      }
    } else if (value instanceof Principle p) {
      addQuotes(r, "/sources", p.sources(), null);
      for (int i = 0; i < p.relations().size(); i++) {
        if (p.relations().get(i) != null) {
          addQuotes(r, "/relations/" + i + "/sources", p.relations().get(i).sources(), null);
        }
      }
    } else if (base != null) {
      addQuotes(r, base, citations, null);
    }
  }

  private void addQuotes(ReadRecord r, String base, List<Citation> citations, int @Nullable [] slots) {
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      if (c == null || c.source() == null) {
        continue;
      }
      // One lookup: a source already declared is marked cited; other ids wait in the set.
      SourceInfo known = slots != null && slots[i] >= 0 ? sources.get(slots[i]) : source(c.source());
      if (known != null) {
        known.cited = true;
      } else {
        cited.add(c.source());
      }
      if (c.quote() == null) {
        continue;
      }
      // A quote of a source already seen is checked now, or not at all when the source has no
      // archived text; only quotes of sources not seen yet wait for the end, so that memory does
      // not grow with the number of quotes.
      if (known != null && known.written() == null) {
        if (known.textUnusable) {
          known.leftUnchecked(r.key());
        }
        continue;
      }
      String p = base + "/" + i + "/quote";
      String l = base + "/" + i + "/locator";
      if (known != null) {
        // Checked now, while the record is at hand: its locations are looked up only for a finding.
        quotes.check(new QuoteCheck.Quote(c.source(), c.quote(),
            new LazyLocation.Deferred(r.locator(), p), r.pointer() + p, r.key(), c.locator(),
            new LazyLocation.Deferred(r.locator(), l)), known);
      } else {
        quotes.keep(new QuoteCheck.Quote(c.source(), c.quote(), LazyLocation.of(r.locator(), p),
            r.pointer() + p, r.key(), c.locator(),
            c.locator() == null ? null : LazyLocation.of(r.locator(), l)));
      }
    }
  }

  /**
   * Checks quotes against archived texts and reports unused sources.
   *
   * @param complete whether every file was read to its end; unused sources are reported only then
   */
  public void finish(boolean complete) {
    quotes.finish(this::source);
    attribution.finish(this::source);
    texts.readTheRest(sources);
    for (SourceInfo s : sources) {
      if (s.textUnusable && s.unchecked > 0) {
        String names = String.join(", ", s.uncheckedNames)
            + (s.unchecked > s.uncheckedNames.size() ? ", …" : "");
        findings.accept(Finding.of(Rule.SOURCE_TEXT_UNREADABLE, s.textLocation().get(),
                Plural.count(s.unchecked, "quote") + " citing source '" + s.id()
                    + "' went unchecked, since its 'text' field is wrong: " + names)
            .withPointer(s.pointer() + "/text").withRecord("source:" + s.id())
            .withHint("fix the 'text' field (a path relative to this file, such as "
                + "'texts/name.txt'); the quotes are checked once it names the archived text"));
      }
    }
    if (complete) {
      for (SourceInfo s : sources) {
        if (!s.cited && !cited.contains(s.id())) {
          findings.accept(Finding.of(Rule.UNUSED_SOURCE, s.location().get(),
                  "source '" + s.id() + "' is never cited")
              .withPointer(s.pointer() + "/id").withRecord("source:" + s.id())
              .withHint("cite it from a record, or remove it"));
        }
      }
    }
  }
}
