/**
 * The domain records of policyset: actors, topics, principles, events, stances and sources, with
 * their citations and a dataset's manifest; {@link org.policyset.core.model.PartialDate} for dates
 * known to the year, month or day. Records are immutable, validated by Bean Validation annotations
 * and bound by Jackson; {@link org.policyset.core.model.Dataset} holds a set of them.
 *
 * <p>The package is {@code @NullMarked}: a component is non-null unless marked
 * {@code @Nullable} (the optional fields, such as {@link org.policyset.core.model.Stance#until()}),
 * and lists are never null (a missing list is empty). The required fields hold that promise for
 * records made by the builders, which check every constraint, and for records read without
 * shape errors; a record bound from a file that has errors may still lack a required field
 * ({@link org.policyset.core.io.ReadRecord#valid()} is then false, and validation reports it).
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.model;

import org.jspecify.annotations.NullMarked;
