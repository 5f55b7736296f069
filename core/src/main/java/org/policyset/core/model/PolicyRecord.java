package org.policyset.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record of a dataset: an actor, topic, principle, event, stance or source.
 *
 * @since 0.1.0
 */
public sealed interface PolicyRecord permits Actor, Topic, Principle, Event, Stance, Source {

  /** {@return the id, unique among the records of this type} */
  String id();

  /** {@return the record type} */
  RecordType recordType();

  /** {@return every reference this record makes to other records, in document order} */
  List<Reference> references();

  /**
   * {@return the citations of this record, in document order; empty for records that cite nothing}
   */
  default List<Citation> citations() {
    return List.of();
  }

  /**
   * {@return the JSON pointer, relative to this record, of the citation list, or null if it has
   * none}
   */
  default @Nullable String citationsPointer() {
    return null;
  }
}
