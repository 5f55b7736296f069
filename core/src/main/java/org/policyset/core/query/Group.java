package org.policyset.core.query;

import org.jspecify.annotations.Nullable;

/**
 * One group of a grouped query: a value of the grouping field and how many matches have it.
 *
 * @param key the field value, or null for the matches that have no value
 * @param count how many matches have the value; a match with several values (such as a stance with
 *     two holders) counts once in each of their groups
 * @since 0.1.0
 */
public record Group(@Nullable String key, int count) {}
