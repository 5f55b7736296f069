/**
 * The domain records of policyset: actors, topics, principles, events, stances and sources, with
 * their citations and a dataset's manifest; {@link org.policyset.core.model.PartialDate} for dates
 * known to the year, month or day. Records are immutable, validated by Bean Validation annotations
 * and bound by Jackson; {@link org.policyset.core.model.Dataset} holds a set of them.
 *
 * @since 0.1.0
 */
package org.policyset.core.model;
