/**
 * Internal (may change without notice): the one Jackson configuration of policyset, located trees
 * (values with their line and column), canonical text, and re-reading a record slice to locate a
 * finding.
 */
@NullMarked
package org.policyset.core.internal.json;

import org.jspecify.annotations.NullMarked;
