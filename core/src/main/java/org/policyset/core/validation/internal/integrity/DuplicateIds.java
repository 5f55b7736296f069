package org.policyset.core.validation.internal.integrity;

import java.util.List;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.model.RecordType;

/**
 * PS301 duplicate-id: two records of one type share an id. {@link IntegrityIndex} finds it as records
 * arrive, when its {@link IdTable} already holds the id, and reports the second record at once.
 */
final class DuplicateIds {
  private DuplicateIds() {}

  /**
   * The finding for a record whose id is already taken.
   *
   * @param r the record that came second
   * @param first where the id was declared first
   */
  static Finding finding(ReadRecord r, Location first) {
    RecordType type = r.type();
    return Finding.of(Rule.DUPLICATE_ID, r.locator().locate("/id"),
            type.singular() + " id '" + r.id() + "' is already used at " + first)
        .withPointer(r.pointer() + "/id").withRecord(r.key())
        .withRelated(List.of(first))
        .withHint("rename one of them, or merge the two records ('policyset merge' reports how they differ)");
  }
}
