package org.policyset.core.internal.json;

import org.policyset.core.io.FieldLocator;
import org.policyset.core.diagnostic.Location;

/**
 * The location of a value inside a record, looked up only when a finding needs it. Records read on
 * the fast path are located by reading them again, so indexes that keep a location for every record
 * keep one of these instead; other locators are asked at once, so that no tree is kept alive.
 */
public interface LazyLocation {

  /** Returns the location. */
  Location get();

  /** Returns the location of {@code pointer} in the record {@code locator} locates in. */
  static LazyLocation of(FieldLocator locator, String pointer) {
    if (locator instanceof SliceLocator) {
      return new Deferred(locator, pointer);
    }
    return fixed(locator.locate(pointer));
  }

  /** Returns a known location. */
  static LazyLocation fixed(Location location) {
    return () -> location;
  }

  /** A location to look up later. */
  record Deferred(FieldLocator locator, String pointer) implements LazyLocation {
    @Override
    public Location get() {
      return locator.locate(pointer);
    }
  }
}
