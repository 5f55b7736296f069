/**
 * Record-level merges: the union of datasets by type and id with conflicts reported field by field
 * ({@link org.policyset.core.merge.DatasetMerger}), three-way merges for git's merge driver
 * ({@link org.policyset.core.merge.ThreeWayMerger}), and the archived texts that travel with
 * merged sources ({@link org.policyset.core.merge.MergedTexts}).
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.merge;

import org.jspecify.annotations.NullMarked;
