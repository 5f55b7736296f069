/**
 * Counts that describe a dataset ({@link org.policyset.core.stats.DatasetStats}: records per type,
 * stances per actor, topic, principle and position, events per year, date precision, sources per
 * record, what no stance touches) and their text and JSON renderings ({@link
 * org.policyset.core.stats.StatsWriter}).
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.stats;

import org.jspecify.annotations.NullMarked;
