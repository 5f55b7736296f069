/**
 * Writing datasets: the canonical text ({@link org.policyset.core.write.CanonicalJson}), atomic
 * files and folders ({@link org.policyset.core.write.AtomicFiles}, {@link
 * org.policyset.core.write.AtomicFolders}), validated dataset writes ({@link
 * org.policyset.core.write.DatasetWriter}), canonical formatting in place ({@link
 * org.policyset.core.write.DatasetFormatter}), and the guard that keeps an output off its inputs
 * ({@link org.policyset.core.write.OutputGuard}).
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.write;

import org.jspecify.annotations.NullMarked;
