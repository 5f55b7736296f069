/**
 * {@link org.policyset.core.validation.DatasetValidator} runs every layer — input, syntax, shape,
 * integrity, provenance — and returns a {@link org.policyset.core.validation.ValidationReport};
 * {@link org.policyset.core.validation.Suppressions} and {@link
 * org.policyset.core.validation.Baseline} set findings aside. The integrity and provenance checks
 * live in {@code validation.internal}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.validation;

import org.jspecify.annotations.NullMarked;
