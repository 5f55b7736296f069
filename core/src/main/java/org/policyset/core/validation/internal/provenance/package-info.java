/**
 * The provenance layer of validation: {@link
 * org.policyset.core.validation.internal.provenance.ProvenanceIndex} keeps the declared sources and
 * who cites them as records stream past, and reports PS401 missing-citation (as records arrive) and
 * PS404 unused-source (at the end); {@code QuoteCheck} checks each quote against its source's
 * archived text in the paragraph model of {@code internal.text.SourceText} (PS402 quote-not-found
 * with the closest passage, PS408 locator-mismatch, PS409 ambiguous-quote); {@code ArchivedTexts} reads those texts once each (PS403
 * source-text-unreadable).
 *
 * <p>Internal: used by {@link org.policyset.core.validation.DatasetValidator} only.
 */
@NullMarked
package org.policyset.core.validation.internal.provenance;

import org.jspecify.annotations.NullMarked;
