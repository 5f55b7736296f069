package org.policyset.core.validation.internal.integrity;

import java.util.function.Consumer;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.model.RecordType;

/**
 * The rules on the order of dates, checked stance by stance in slot order over the packed
 * lifecycles. Partial dates compare as ranges ({@code PartialDate.isBefore}: one ends before the
 * other begins):
 * <ul>
 *   <li>PS304 responds-to-later-event: a stance is dated before the event it responds to;
 *   <li>PS305 until-before-date: a stance's {@code until} is before its {@code date};
 *   <li>PS306 supersedes-later-stance: a stance supersedes a stance dated after it.
 * </ul>
 */
final class DateOrder {
  private static final int NONE = StanceLifecycles.NONE;

  private final IntegrityIndex index;
  private final Consumer<Finding> findings;

  DateOrder(IntegrityIndex index, Consumer<Finding> findings) {
    this.index = index;
    this.findings = findings;
  }

  /** Reports, for each dated stance in slot order, its findings of the three rules in that order. */
  void check() {
    IdTable stanceIds = index.table(RecordType.STANCE);
    RecordPlaces where = index.places(RecordType.STANCE);
    StanceLifecycles.Cursor other = index.stances().cursor();
    for (StanceLifecycles.Cursor s = index.stances().cursor(); s.hasNext(); ) {
      s.next();
      if (!s.bound || s.date == NONE) {
        continue;
      }
      int slot = s.slot;
      if (s.respondsTo != NONE) {
        int event = index.canonical(RecordType.EVENT, s.respondsTo);
        int eventDate = event < 0 ? NONE : index.eventDate(event);
        if (eventDate != NONE && StanceLifecycles.isBefore(s.date, eventDate)) {
          String id = stanceIds.name(slot);
          findings.accept(Finding.of(Rule.RESPONDS_TO_LATER_EVENT, where.locate(slot, "/respondsTo"),
                  "stance '" + id + "' dated " + StanceLifecycles.text(s.date)
                      + " responds to event '" + index.name(RecordType.EVENT, event) + "' dated "
                      + StanceLifecycles.text(eventDate))
              .withPointer(where.pointer(slot) + "/respondsTo").withRecord("stance:" + id)
              .withHint("check both dates, or whether the stance responds to another event"));
        }
      }
      if (s.until != NONE && StanceLifecycles.isBefore(s.until, s.date)) {
        String id = stanceIds.name(slot);
        findings.accept(Finding.of(Rule.UNTIL_BEFORE_DATE, where.locate(slot, "/until"),
                "stance '" + id + "' is in effect until " + StanceLifecycles.text(s.until)
                    + ", before its date " + StanceLifecycles.text(s.date))
            .withPointer(where.pointer(slot) + "/until").withRecord("stance:" + id)
            .withHint("'until' must not precede 'date'"));
      }
      for (int i = 0; i < s.supersedesCount; i++) {
        int old = index.canonical(RecordType.STANCE, s.supersedes[i]);
        if (old < 0) {
          continue;
        }
        other.seek(old);
        if (other.bound && other.date != NONE && StanceLifecycles.isBefore(s.date, other.date)) {
          String id = stanceIds.name(slot);
          findings.accept(Finding.of(Rule.SUPERSEDES_LATER_STANCE,
                  where.locate(slot, "/supersedes/" + i),
                  "stance '" + id + "' dated " + StanceLifecycles.text(s.date)
                      + " supersedes stance '" + stanceIds.name(old) + "' dated "
                      + StanceLifecycles.text(other.date) + ", which came after it")
              .withPointer(where.pointer(slot) + "/supersedes/" + i).withRecord("stance:" + id)
              .withHint("a stance can only supersede earlier stances; swap the supersession"));
        }
      }
    }
  }
}
