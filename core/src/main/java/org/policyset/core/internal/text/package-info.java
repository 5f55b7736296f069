/**
 * Internal (may change without notice): text tables sized to a width, CSV cells, "did you
 * mean" suggestions, word-level differences, and the paragraph model of archived source texts
 * ({@code SourceText}, {@code Passages}), shared by the reader, validation, diff, stats, query and
 * the workflows.
 */
@NullMarked
package org.policyset.core.internal.text;

import org.jspecify.annotations.NullMarked;
