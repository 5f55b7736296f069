package org.policyset.core.query;

import org.jspecify.annotations.Nullable;
import org.policyset.core.model.RecordType;

/**
 * A reference from a matched record to another record, resolved to the other record's name or title.
 *
 * @param type the type of the record referred to
 * @param id the id referred to
 * @param label the name of the actor, topic or principle, the title of the event or source, or the
 *     statement of the stance referred to; null when no record of that type has the id
 * @since 0.1.0
 */
public record Resolved(RecordType type, String id, @Nullable String label) {

  /** {@return whether the reference names a record of the dataset} */
  public boolean found() {
    return label != null;
  }

  /** {@return the label, or the id when the reference does not resolve} */
  public String labelOrId() {
    return label != null ? label : id;
  }
}
