/**
 * Counts that describe a dataset ({@link org.policyset.core.stats.DatasetStats}), written as text
 * or JSON by {@link org.policyset.core.stats.StatsWriter}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.stats;

import org.jspecify.annotations.NullMarked;
