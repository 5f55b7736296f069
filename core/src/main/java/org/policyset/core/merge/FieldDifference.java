package org.policyset.core.merge;

import org.jspecify.annotations.Nullable;

/**
 * One field on which versions of a record differ, each value as canonical JSON text, or null where
 * the field is absent.
 *
 * @param field the field name, such as {@code position}
 * @param base the common ancestor's value in a three-way merge, or null (also null in two-way merges)
 * @param left the value in the first (or "ours") version
 * @param right the value in the second (or "theirs") version
 * @since 0.1.0
 */
public record FieldDifference(
    String field, @Nullable String base, @Nullable String left, @Nullable String right) {}
