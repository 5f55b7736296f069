package org.policyset.core.model;

/**
 * A reference from one record to another, with the JSON pointer of the referring value relative to
 * the referring record.
 *
 * @param pointer the JSON pointer of the reference inside its record, such as {@code /holders/0}
 * @param target the type of the record referred to
 * @param id the id referred to
 * @since 0.1.0
 */
public record Reference(String pointer, RecordType target, String id) {}
