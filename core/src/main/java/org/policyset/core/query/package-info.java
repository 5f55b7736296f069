/**
 * Typed queries over the records of one type: {@link org.policyset.core.query.Query} filters,
 * sorts, limits and groups a {@link org.policyset.core.model.Dataset} in memory (or counts while
 * streaming files), {@link org.policyset.core.query.QueryResult} holds the matches with their
 * fields resolved, and {@link org.policyset.core.query.ResultWriter} writes them as text, JSON,
 * JSON Lines or CSV.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.query;

import org.jspecify.annotations.NullMarked;
