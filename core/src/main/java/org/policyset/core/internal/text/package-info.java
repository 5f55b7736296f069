/**
 * Internal (may change without notice): text tables sized to a width, CSV cells, and "did you
 * mean" suggestions, shared by the reader, validation and query.
 */
@NullMarked
package org.policyset.core.internal.text;

import org.jspecify.annotations.NullMarked;
