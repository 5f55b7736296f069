package org.policyset.core.diff;

import org.jspecify.annotations.Nullable;

/**
 * A field whose value differs between the old and new version of a record, each value as canonical
 * JSON text, or null where the field is absent.
 *
 * @param field the field name
 * @param before the old value, or null where the field is absent
 * @param after the new value, or null where the field is absent
 * @since 0.1.0
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {}
