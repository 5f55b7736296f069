package org.policyset.core.validation.internal.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.json.LazyLocation;
import org.policyset.core.internal.text.Passages;
import org.policyset.core.internal.text.SourceText;
import org.policyset.core.internal.text.WordDiff;

/**
 * Checks each quote against the archived text of its source, in the paragraph model of
 * {@link SourceText} (which forgives white space, quote marks, dashes and ellipses):
 * <ul>
 *   <li>PS402 quote-not-found: the quote does not stand in the text; the hint shows the closest
 *       passage ({@link Passages#closest}), its locator and the words that differ, sought only for
 *       a failed quote;
 *   <li>PS408 locator-mismatch: the quote stands in the text, but its {@code para. N} locator names
 *       another paragraph (a locator of another scheme, such as {@code p. 12}, is not checked);
 *   <li>PS409 ambiguous-quote: the quote stands in the text more than once.
 * </ul>
 * A quote of a source already declared is checked at once; only quotes of sources not declared yet
 * wait for the end, so that memory does not grow with the number of quotes.
 */
final class QuoteCheck {

  /**
   * A quote of a citation, with where it stands; {@code locator} as written, and where it stands
   * (both null when the citation has none).
   */
  record Quote(String source, String quote, LazyLocation location, String pointer, String record,
      @Nullable String locator, @Nullable LazyLocation locatorLocation) {}

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
  void finish(Function<String, ProvenanceIndex.@Nullable SourceInfo> sources) {
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
    SourceText t = texts.text(s);
    if (t == null) {
      return;
    }
    List<SourceText.Span> places = t.find(q.quote(), false, 2);
    if (places.isEmpty()) {
      notFound(q, s, t);
      return;
    }
    if (places.size() > 1) {
      findings.accept(Finding.of(Rule.AMBIGUOUS_QUOTE, q.location().get(),
              "quote stands more than once in the text of source '" + s.id() + "': in "
                  + t.locator(places.get(0)) + " and " + t.locator(places.get(1)))
          .withPointer(q.pointer()).withRecord(q.record())
          .withHint("lengthen the quote until it stands once, so that a reader knows which place is meant"));
    }
    String written = q.locator();
    SourceText.Locator locator = written == null ? null : SourceText.parseLocator(written);
    if (locator == null || q.locatorLocation() == null) {
      return;
    }
    if (places.size() > 1) {
      places = t.find(q.quote(), false, 1000);
    }
    String why = null;
    for (SourceText.Span place : places) {
      String mismatch = t.mismatch(locator, place);
      if (mismatch == null) {
        return;
      }
      why = why == null ? mismatch : why;
    }
    findings.accept(Finding.of(Rule.LOCATOR_MISMATCH, q.locatorLocation().get(),
            "locator '" + written + "' does not name where the quote stands in source '" + s.id()
                + "': " + why)
        .withPointer(q.pointer().substring(0, q.pointer().length() - "quote".length()) + "locator")
        .withRecord(q.record())
        .withHint("write \"locator\": \"" + t.locator(places.get(0)) + "\""));
  }

  private void notFound(Quote q, ProvenanceIndex.SourceInfo s, SourceText t) {
    SourceText.Span closest = Passages.closest(t, q.quote());
    String hint;
    if (closest == null) {
      hint = "no passage of the source shares even half of the quote's words in order; copy the "
          + "words from the archived text exactly";
    } else {
      String passage = t.verbatim(closest);
      String shown = passage.length() <= 240 ? passage
          : passage.substring(0, 120) + " \u2026 " + passage.substring(passage.length() - 100);
      hint = "the closest passage, " + t.locator(closest) + ", reads \"" + shown
          + "\"; quote against it, word by word: " + WordDiff.inline(WordDiff.diff(
              SourceText.normalize(q.quote()), SourceText.normalize(passage)));
    }
    findings.accept(Finding.of(Rule.QUOTE_NOT_FOUND, q.location().get(),
            "quote does not stand in the text of source '" + s.id() + "'")
        .withPointer(q.pointer()).withRecord(q.record())
        .withHint(hint));
  }
}
