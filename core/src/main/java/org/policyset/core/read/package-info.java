/**
 * {@link org.policyset.core.read.DatasetReader} reads dataset files, folders and JSON Lines into
 * records and findings of the input, syntax and shape layers, into memory or streaming to a
 * listener. Its internals: the fast reader ({@code read.internal.fast}), the reference reader that
 * locates every value ({@code read.internal.reference}) and shape checks ({@code
 * read.internal.shape}).
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.read;

import org.jspecify.annotations.NullMarked;
