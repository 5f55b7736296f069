package org.policyset.core.io;

import org.jspecify.annotations.Nullable;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Location;

/**
 * A record as read from a file, with where it stands.
 *
 * @param type the record type
 * @param id the id as written, or null when the record has no string id
 * @param value the bound record, or null when the JSON could not be bound to the type (the reason
 *     was reported as a finding)
 * @param valid whether the record passed the shape layer without errors
 * @param file the file it was read from
 * @param pointer the JSON pointer of the record in its file, such as {@code /stances/3}; for JSON
 *     Lines the empty pointer of its line
 * @param location where the record starts
 * @param locator finds the locations of values inside the record
 * @since 0.1.0
 */
public record ReadRecord(
    RecordType type,
    @Nullable String id,
    @Nullable PolicyRecord value,
    boolean valid,
    InputFile file,
    String pointer,
    Location location,
    FieldLocator locator) {

  /** {@return the record as {@code type:id}, as findings name it} */
  public String key() {
    return type.singular() + ":" + id;
  }
}
