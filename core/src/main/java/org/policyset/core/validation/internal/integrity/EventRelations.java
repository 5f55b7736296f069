package org.policyset.core.validation.internal.integrity;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.model.Event;
import org.policyset.core.model.EventRelation;
import org.policyset.core.model.EventRelationKind;
import org.policyset.core.model.RecordType;

/**
 * PS313 event-relation-to-later-event: a schema version 2 event invokes, responds to or follows an
 * event that certainly happened after it (the other event begins after the last possible day of
 * this one), or {@code follows … within} a gap that the dates certainly exceed (this event's first
 * possible day comes later than the gap after the other's last possible day). An undated event
 * never takes part; {@code part-of} says nothing of order.
 *
 * <p>Only version 2 events have relations, and few have many: they are kept as they come, with the
 * other event by id, and checked at the end, when every event's date is known.
 */
final class EventRelations {

  /** One relation: the event's slot, the relation's index, the other event and how. */
  private record Kept(int slot, int index, String event, EventRelationKind kind,
      @Nullable String within) {}

  private final List<Kept> kept = new ArrayList<>();

  /** Keeps the relations of an event that orders (not {@code part-of}). */
  void add(ReadRecord r, int slot, Event e, RecordPlaces where) {
    List<EventRelation> relations = e.relations();
    for (int i = 0; i < relations.size(); i++) {
      EventRelation rel = relations.get(i);
      if (rel == null || rel.event() == null || rel.kind() == null
          || rel.kind() == EventRelationKind.PART_OF) {
        continue;
      }
      kept.add(new Kept(slot, i, rel.event(), rel.kind(), rel.within()));
      if (rel.within() != null) {
        where.take(slot, r, "/relations/" + i + "/within");
      }
    }
  }

  /** Reports the relations that certainly go against the dates, in the order they were met. */
  void check(IntegrityIndex index, Consumer<Finding> findings) {
    IdTable events = index.table(RecordType.EVENT);
    RecordPlaces where = index.places(RecordType.EVENT);
    for (Kept k : kept) {
      int own = index.eventDate(k.slot());
      int other = events.slot(k.event());
      int date = other < 0 ? StanceLifecycles.NONE : index.eventDate(other);
      if (own == StanceLifecycles.NONE || date == StanceLifecycles.NONE) {
        continue;
      }
      String id = events.name(k.slot());
      String at = "/relations/" + k.index();
      if (StanceLifecycles.isBefore(own, date)) {
        findings.accept(Finding.of(Rule.EVENT_RELATION_TO_LATER_EVENT,
                where.locate(k.slot(), at + "/event"),
                "event '" + id + "' dated " + StanceLifecycles.text(own) + " " + verb(k.kind())
                    + " event '" + k.event() + "' dated " + StanceLifecycles.text(date)
                    + ", which happened after it")
            .withPointer(where.pointer(k.slot()) + at + "/event").withRecord("event:" + id)
            .withHint("check both dates, or the kind of the relation"));
        continue;
      }
      Period gap = within(k.within());
      if (k.kind() == EventRelationKind.FOLLOWS && gap != null) {
        LocalDate latest = LocalDate.ofEpochDay(StanceLifecycles.end(date)).plus(gap);
        if (StanceLifecycles.start(own) > latest.toEpochDay()) {
          findings.accept(Finding.of(Rule.EVENT_RELATION_TO_LATER_EVENT,
                  where.locate(k.slot(), at + "/within"),
                  "event '" + id + "' dated " + StanceLifecycles.text(own) + " follows event '"
                      + k.event() + "' dated " + StanceLifecycles.text(date) + " within "
                      + k.within() + ", but begins after " + latest)
              .withPointer(where.pointer(k.slot()) + at + "/within").withRecord("event:" + id)
              .withHint("check both dates, or the gap the source gives"));
        }
      }
    }
  }

  private static @Nullable Period within(@Nullable String within) {
    if (within == null) {
      return null;
    }
    try {
      return Period.parse(within);
    } catch (java.time.DateTimeException e) {
      return null; // the shape layer reports a malformed duration
    }
  }

  private static String verb(EventRelationKind kind) {
    return switch (kind) {
      case INVOKES -> "invokes";
      case RESPONDS_TO -> "responds to";
      case FOLLOWS -> "follows";
      case PART_OF -> "is part of";
    };
  }
}
