/**
 * The vocabulary of reading: the files read ({@link org.policyset.core.io.InputFile}, {@link
 * org.policyset.core.io.InputFormat}), the limits on what any input may cost ({@link
 * org.policyset.core.io.ReadLimits}), and what a streaming read passes on ({@link
 * org.policyset.core.io.RecordListener}, {@link org.policyset.core.io.ReadRecord}, {@link
 * org.policyset.core.io.RecordPreparer}). The reader itself is {@code
 * org.policyset.core.read.DatasetReader}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.io;

import org.jspecify.annotations.NullMarked;
