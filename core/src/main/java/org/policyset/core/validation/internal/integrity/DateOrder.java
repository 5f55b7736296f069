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
 *
 * <p>A schema version 2 stance ({@link StanceDates}) compares its attested date, or its
 * {@code expressedAt} event's date where it has none: with the event it responds to (PS304); with
 * the {@code expressedAt} event, which must not begin after an attested date (PS311); with its
 * {@code inEffect} interval, when the date is the event's (PS310; an attested date is checked as
 * the stance arrives, {@link StanceDateRules}); and supersession compares {@code inEffect} starts,
 * or attested dates where a stance has no start (PS306). Dates compare by possible range: only a
 * certain contradiction is reported.
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
    StanceLifecycles.Cursor other = index.cursor();
    for (StanceLifecycles.Cursor s = index.cursor(); s.hasNext(); ) {
      s.next();
      if (s.bound && s.v2) {
        checkDates(s, other);
        continue;
      }
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

  private int eventDate(int ref) {
    return index.referencedEventDate(ref);
  }

  /** The rules of a version 2 stance, in the order PS311, PS310, PS304, PS306. */
  private void checkDates(StanceLifecycles.Cursor s, StanceLifecycles.Cursor other) {
    StanceDates d = s.dates;
    int slot = s.slot;
    IdTable stanceIds = index.table(RecordType.STANCE);
    RecordPlaces where = index.places(RecordType.STANCE);
    String id = stanceIds.name(slot);
    int expressed = eventDate(d.expressedAt);
    String event = expressed == NONE ? ""
        : index.name(RecordType.EVENT, index.canonical(RecordType.EVENT, d.expressedAt));
    if (d.attested && expressed != NONE && StanceLifecycles.start(expressed) > d.attestedHi) {
      findings.accept(Finding.of(Rule.EXPRESSED_AT_LATER_EVENT, where.locate(slot, "/expressedAt"),
              "stance '" + id + "' attested " + StanceDates.describe(d.attestedLo, d.attestedHi)
                  + " is expressed at event '" + event + "' dated "
                  + StanceLifecycles.text(expressed) + ", which begins after it")
          .withPointer(where.pointer(slot) + "/expressedAt").withRecord("stance:" + id)
          .withHint("check both dates, or whether it was expressed at another event (without "
              + "'attested', the stance takes the event's date)"));
    }
    boolean ordered = !(d.inEffect && d.startKind == StanceDates.DATE
        && d.endKind == StanceDates.DATE && d.endHi < d.startLo);
    if (d.aFromEvent && ordered && StanceDateRules.outside(d.aLo, d.aHi, d)) {
      findings.accept(Finding.of(Rule.ATTESTED_OUTSIDE_IN_EFFECT, where.locate(slot, "/inEffect"),
              "stance '" + id + "', expressed at event '" + event + "' dated "
                  + StanceLifecycles.text(expressed) + ", is in effect only "
                  + side(d.startKind, d.startLo, d.startHi) + "/" + side(d.endKind, d.endLo, d.endHi)
                  + ", which excludes that date")
          .withPointer(where.pointer(slot) + "/inEffect").withRecord("stance:" + id)
          .withHint("a stance holds on the day it is expressed: correct 'inEffect', or give the "
              + "'attested' date the sources give"));
    }
    int responds = eventDate(s.respondsTo);
    if (d.hasA && responds != NONE && d.aHi < StanceLifecycles.start(responds)) {
      int e = index.canonical(RecordType.EVENT, s.respondsTo);
      findings.accept(Finding.of(Rule.RESPONDS_TO_LATER_EVENT, where.locate(slot, "/respondsTo"),
              "stance '" + id + "' " + attestedWords(d, event, expressed)
                  + " responds to event '" + index.name(RecordType.EVENT, e) + "' dated "
                  + StanceLifecycles.text(responds))
          .withPointer(where.pointer(slot) + "/respondsTo").withRecord("stance:" + id)
          .withHint("check both dates, or whether the stance responds to another event"));
    }
    if (!d.hasStart()) {
      return;
    }
    int from = d.startFrom();
    int to = d.startTo();
    for (int i = 0; i < s.supersedesCount; i++) {
      int old = index.canonical(RecordType.STANCE, s.supersedes[i]);
      if (old < 0) {
        continue;
      }
      other.seek(old);
      if (!other.bound || !other.v2) {
        continue;
      }
      StanceDates o = other.dates;
      if (o.hasStart() && to < o.startFrom()) {
        findings.accept(Finding.of(Rule.SUPERSEDES_LATER_STANCE,
                where.locate(slot, "/supersedes/" + i),
                "stance '" + id + "' in effect from " + StanceDates.describe(from, to)
                    + " supersedes stance '" + stanceIds.name(old) + "' in effect from "
                    + StanceDates.describe(o.startFrom(), o.startTo()) + ", which came after it")
            .withPointer(where.pointer(slot) + "/supersedes/" + i).withRecord("stance:" + id)
            .withHint("a stance can only supersede earlier stances; swap the supersession"));
      }
    }
  }

  private static String attestedWords(StanceDates d, String event, int expressed) {
    return d.aFromEvent
        ? "expressed at event '" + event + "' dated " + StanceLifecycles.text(expressed)
        : "attested " + StanceDates.describe(d.aLo, d.aHi);
  }

  private static String side(int kind, int lo, int hi) {
    return kind == StanceDates.DATE ? StanceDates.describe(lo, hi)
        : kind == StanceDates.OPEN_SIDE ? ".." : "";
  }
}
