package org.policyset.core.validation.internal.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.json.LazyLocation;

/**
 * PS402 quote-not-found: a quote does not stand verbatim in the archived text of its source
 * ({@link QuoteMatcher} forgives white space, quote marks, dashes and ellipses), reported with where
 * the quote departs from the text. A quote of a source already declared is checked at once; only
 * quotes of sources not declared yet wait for the end, so that memory does not grow with the number
 * of quotes.
 */
final class QuoteCheck {

  /** A quote of a citation, with where it stands. */
  record Quote(String source, String quote, LazyLocation location, String pointer, String record) {}

  private final ArchivedTexts texts;
  private final Consumer<Finding> findings;
  private final List<Quote> pending = new ArrayList<>();

  QuoteCheck(ArchivedTexts texts, Consumer<Finding> findings) {
    this.texts = texts;
    this.findings = findings;
  }

  /** Keeps a quote of a source not declared yet for {@link #finish}. */
  void keep(Quote q) {
    pending.add(q);
  }

  /** Checks the quotes kept, against the sources declared by then; the others cite no source. */
  void finish(Function<String, ProvenanceIndex.SourceInfo> sources) {
    for (Quote q : pending) {
      ProvenanceIndex.SourceInfo s = sources.apply(q.source());
      if (s != null) {
        check(q, s);
      }
    }
    pending.clear();
  }

  /** Checks a quote against the archived text of its source, if the source has one that reads. */
  void check(Quote q, ProvenanceIndex.SourceInfo s) {
    if (s.textUnusable) {
      s.leftUnchecked(q.record());
      return;
    }
    QuoteMatcher m = texts.matcher(s);
    if (m == null) {
      return;
    }
    if (!m.contains(q.quote())) {
      String nearest = m.nearest(q.quote());
      findings.accept(Finding.of(Rule.QUOTE_NOT_FOUND, q.location().get(),
              "quote does not stand in the text of source '" + s.id() + "'")
          .withPointer(q.pointer()).withRecord(q.record())
          .withHint(nearest != null ? nearest
              : "no part of the quote's beginning stands in the source; copy the words exactly"));
    }
  }
}
