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
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.validation.internal.integrity.IdTable;
import org.policyset.core.internal.json.LazyLocation;
import org.policyset.core.internal.json.LocatedTree;

/**
 * The provenance layer's index of sources and citations, kept while records stream past:
 * <ul>
 *   <li>PS401 missing-citation: an event or principle cites no source, reported here as records
 *       arrive;
 *   <li>PS402 quote-not-found: a quote does not stand in its source's archived text, in
 *       {@link QuoteCheck};
 *   <li>PS403 source-text-unreadable: an archived text cannot be read, in {@link ArchivedTexts};
 *   <li>PS404 unused-source: a source no record cites, reported here at the end;
 *   <li>PS408 locator-mismatch and PS409 ambiguous-quote: a quote's locator names another
 *       paragraph, or the quote stands twice, in {@link QuoteCheck}.
 * </ul>
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
    boolean cited;

    SourceInfo(String id, @Nullable Path text, @Nullable Path folder, @Nullable String written,
        LazyLocation location,
        LazyLocation textLocation, String pointer) {
      this.id = id;
      this.text = text;
      this.folder = folder;
      this.written = written;
      this.location = location;
      this.textLocation = textLocation;
      this.pointer = pointer;
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
  }

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
      if (!all && r.locator() instanceof LocatedTree tree) {
        citedIn(tree.node());
      }
      return;
    }
    if (r.id() == null) {
      return;
    }
    if (value instanceof Source s) {
      Path text = null;
      Path dir = null;
      String written = s.text() != null && r.valid() ? s.text() : null;
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
      if (sourceIds.add(s.id()) >= 0) {
        sources.add(new SourceInfo(s.id(), text, dir, written, LazyLocation.of(r.locator(), "/id"),
            LazyLocation.of(r.locator(), "/text"), r.pointer()));
        changed = true;
      }
      return;
    }
    List<Citation> citations = value.citations();
    if (citations.isEmpty() && (value.recordType() == RecordType.EVENT
        || value.recordType() == RecordType.PRINCIPLE)) {
      findings.accept(Finding.of(Rule.MISSING_CITATION, r.location(),
              value.recordType().singular() + " '" + r.id() + "' cites no source")
          .withPointer(r.pointer() + value.citationsPointer()).withRecord(r.key())
          .withHint("add \"sources\": [{\"source\": \"…\", \"quote\": \"…\", \"locator\": \"…\"}]"));
    }
    if (value instanceof Stance s) {
      if (changed) {
        changed = false;
        published = sourceIds.snapshot();
      }
      addQuotes(r, "/sources", citations,
          resolved != null && resolved.stance() == s ? resolved.slots() : null);
      return;
    }
    collect(r, value.citationsPointer(), citations, value);
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

  private void collect(ReadRecord r, @Nullable String base, List<Citation> citations, PolicyRecord value) {
    if (value instanceof Principle p) {
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
    texts.readTheRest(sources);
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
