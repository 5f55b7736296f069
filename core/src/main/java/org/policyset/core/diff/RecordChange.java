package org.policyset.core.diff;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.RecordType;

/**
 * A record added, removed or changed between two versions of a dataset.
 *
 * @param kind added, removed or changed
 * @param type the record type, or null for the manifest
 * @param id the id ({@code manifest} for the manifest)
 * @param fields for changed records, the changed fields; for added and removed records, every field
 * @since 0.1.0
 */
public record RecordChange(Kind kind, @Nullable RecordType type, String id, List<FieldChange> fields) {

  /**
   * What happened to the record.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Only in the new version. */
    ADDED,
    /** Only in the old version. */
    REMOVED,
    /** In both, with different fields. */
    CHANGED
  }

  /**
   * Copies the list.
   *
   * @param kind added, removed or changed
   * @param type the record type, or null for the manifest
   * @param id the id ({@code manifest} for the manifest)
   * @param fields for changed records, the changed fields; for added and removed records, every field
   */
  public RecordChange {
    fields = List.copyOf(fields);
  }

  /** {@return {@code type:id}} */
  public String key() {
    return type == null ? "manifest" : type.singular() + ":" + id;
  }

  /**
   * Returns whether this is a stance whose position changed, which a diff calls out.
   *
   * @return true for a position flip
   */
  public boolean isPositionFlip() {
    return kind == Kind.CHANGED && type == RecordType.STANCE
        && fields.stream().anyMatch(f -> f.field().equals("position"));
  }
}
