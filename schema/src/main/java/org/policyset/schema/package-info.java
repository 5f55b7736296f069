/**
 * JSON Schema (draft 2020-12) of policyset datasets: the checked-in schema files
 * ({@link org.policyset.schema.Schemas}) and the generator that derives them from the {@code core}
 * record types ({@link org.policyset.schema.SchemaGenerator}).
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.schema;

import org.jspecify.annotations.NullMarked;
