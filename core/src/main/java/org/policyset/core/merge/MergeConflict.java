package org.policyset.core.merge;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Location;

/**
 * Two different versions of one record (same type and id), with the fields on which they differ and
 * where each came from.
 *
 * @param type the record type, or null for the manifest
 * @param id the id (for the manifest, {@code manifest})
 * @param fields the differing fields
 * @param left where the first version stands (may be null for in-memory inputs)
 * @param right where the second version stands (may be null)
 * @param kind what kind of conflict: both changed, or one deleted while the other changed
 * @since 0.1.0
 */
public record MergeConflict(@Nullable RecordType type, String id, List<FieldDifference> fields,
    @Nullable Location left, @Nullable Location right, Kind kind) {

  /**
   * The kinds of conflict.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Both versions set different values. */
    BOTH_CHANGED,
    /** One side deleted the record while the other changed it. */
    DELETE_CHANGE
  }

  /**
   * Copies the list.
   *
   * @param type the record type, or null for the manifest
   * @param id the id (for the manifest, {@code manifest})
   * @param fields the differing fields
   * @param left where the first version stands (may be null for in-memory inputs)
   * @param right where the second version stands (may be null)
   * @param kind what kind of conflict: both changed, or one deleted while the other changed
   */
  public MergeConflict {
    fields = List.copyOf(fields);
  }

  /** {@return {@code type:id}, such as {@code stance:cn-gaza}} */
  public String key() {
    return (type == null ? "manifest" : type.singular() + ":" + id);
  }
}
