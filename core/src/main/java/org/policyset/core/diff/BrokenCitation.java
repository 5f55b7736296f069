package org.policyset.core.diff;

import org.jspecify.annotations.Nullable;

/**
 * A citation of the new version whose quote stood in the old text of its source but no longer
 * stands in the new text: a change to the text broke it (validation will report PS402).
 *
 * @param record the citing record, as {@code type:id}
 * @param source the cited source's id
 * @param quote the quote
 * @param locator the citation's locator, or null
 * @since 0.1.0
 */
public record BrokenCitation(String record, String source, String quote, @Nullable String locator) {}
