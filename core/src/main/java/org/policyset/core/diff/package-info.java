/**
 * Record-level differences between two versions of a dataset ({@link
 * org.policyset.core.diff.DatasetDiff}) and their renderings as text, Markdown and JSON ({@link
 * org.policyset.core.diff.DiffRenderer}), long values as word-level changes.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.diff;

import org.jspecify.annotations.NullMarked;
