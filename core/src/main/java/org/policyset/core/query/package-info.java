/**
 * Typed queries over the records of one type: {@link org.policyset.core.query.Query} (filters by
 * actor, topic, principle, position, event type, dates, in effect on a day and text; a sort order,
 * a limit, a grouping) run on a dataset in memory or on files, {@link
 * org.policyset.core.query.QueryResult} and its {@link org.policyset.core.query.Match}es, the
 * fields a query can sort, group or print by ({@link org.policyset.core.query.Field}), and {@link
 * org.policyset.core.query.ResultWriter} for a table, JSON, JSON Lines, CSV and Markdown.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.query;

import org.jspecify.annotations.NullMarked;
