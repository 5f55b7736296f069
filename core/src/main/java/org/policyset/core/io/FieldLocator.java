package org.policyset.core.io;

import org.policyset.core.diagnostic.Location;

/**
 * Finds the file location of a value inside a record, by JSON pointer relative to the record.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FieldLocator {

  /**
   * Returns the location of the value at {@code pointer}, or of its nearest enclosing value when the
   * pointer names nothing (a missing field is located at its record).
   *
   * @param pointer a JSON pointer relative to the record, such as {@code /holders/0}; empty for the
   *     record itself
   * @return the location, never null
   */
  Location locate(String pointer);
}
