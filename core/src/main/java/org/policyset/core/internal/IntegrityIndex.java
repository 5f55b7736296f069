package org.policyset.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Event;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Reference;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.core.validation.Finding;
import org.policyset.core.validation.Location;
import org.policyset.core.validation.Rule;

/**
 * The integrity layer: keeps compact indexes of ids, references, dates and stance lifecycles while
 * records stream past, then checks them. Memory grows with the number of ids and references, not
 * with the size of the records.
 */
public final class IntegrityIndex {

  /** A reference kept for the end: a forward reference, or one within a type (for cycles). */
  private final class Ref {
    final RecordType target;
    final String id;
    final RecordType from;
    final int fromSlot;
    final String relative;

    Ref(RecordType target, String id, RecordType from, int fromSlot, String relative) {
      this.target = target;
      this.id = id;
      this.from = from;
      this.fromSlot = fromSlot;
      this.relative = relative;
    }

    RecordType target() {
      return target;
    }

    String id() {
      return id;
    }

    RecordType from() {
      return from;
    }

    String fromId() {
      return ids.get(from).name(fromSlot);
    }

    Location location() {
      return places.get(from).locate(fromSlot, relative);
    }

    String pointer() {
      return places.get(from).pointer(fromSlot) + relative;
    }

    String record() {
      return from.singular() + ":" + fromId();
    }
  }

  /** What the lifecycle checks need of a stance; its strings are the id tables' shared ones. */
  private final class StanceInfo {
    final int slot;
    final List<String> holders;
    final String topic;
    final Position position;
    final PartialDate date;
    final PartialDate until;
    final List<String> supersedes;
    final String respondsTo;

    StanceInfo(int slot, List<String> holders, String topic, Position position, PartialDate date,
        PartialDate until, List<String> supersedes, String respondsTo) {
      this.slot = slot;
      this.holders = holders;
      this.topic = topic;
      this.position = position;
      this.date = date;
      this.until = until;
      this.supersedes = supersedes;
      this.respondsTo = respondsTo;
    }

    String id() {
      return ids.get(RecordType.STANCE).name(slot);
    }

    List<String> holders() {
      return holders;
    }

    String topic() {
      return topic;
    }

    Position position() {
      return position;
    }

    PartialDate date() {
      return date;
    }

    PartialDate until() {
      return until;
    }

    List<String> supersedes() {
      return supersedes;
    }

    String respondsTo() {
      return respondsTo;
    }

    String pointer() {
      return places.get(RecordType.STANCE).pointer(slot);
    }

    Location respondsToLocation() {
      return places.get(RecordType.STANCE).locate(slot, "/respondsTo");
    }

    Location untilLocation() {
      return places.get(RecordType.STANCE).locate(slot, "/until");
    }

    Location positionLocation() {
      return places.get(RecordType.STANCE).locate(slot, "/position");
    }

    Location supersedesLocation(int i) {
      return places.get(RecordType.STANCE).locate(slot, "/supersedes/" + i);
    }
  }

  private final Map<RecordType, IdTable> ids = new EnumMap<>(RecordType.class);
  private final Map<RecordType, RecordPlaces> places = new EnumMap<>(RecordType.class);
  private final List<Ref> refs = new ArrayList<>();
  private final Map<String, PartialDate> eventDates = new HashMap<>();
  /** The stances that could be bound, by slot; null for the others. */
  private final List<StanceInfo> stanceBySlot = new ArrayList<>();
  private final Map<String, String> topicParent = new HashMap<>();
  private final Map<String, List<String>> memberOf = new HashMap<>();
  /** One instance of each date, as stances share a few thousand dates between them. */
  private final Map<PartialDate, PartialDate> dates = new HashMap<>();
  private final Consumer<Finding> findings;

  /** Creates an index that reports duplicate ids to {@code findings} as soon as it sees them. */
  public IntegrityIndex(Consumer<Finding> findings) {
    this.findings = findings;
    for (RecordType t : RecordType.values()) {
      ids.put(t, new IdTable());
      places.put(t, new RecordPlaces(t));
    }
  }

  /** Indexes one record. */
  public void accept(ReadRecord r) {
    if (r.id() == null) {
      return;
    }
    IdTable table = ids.get(r.type());
    int slot = table.add(r.id());
    if (slot < 0) {
      Location here = r.locator().locate("/id");
      Location first = places.get(r.type()).locate(-1 - slot, "/id");
      findings.accept(Finding.of(Rule.DUPLICATE_ID, here,
              r.type().singular() + " id '" + r.id() + "' is already used at " + first)
          .withPointer(r.pointer() + "/id").withRecord(r.key())
          .withRelated(List.of(first))
          .withHint("rename one of them, or merge the two records ('policyset merge' reports how they differ)"));
      return;
    }
    RecordPlaces where = places.get(r.type());
    if (r.value() instanceof Stance s) {
      where.put(slot, r, "/position", "/respondsTo", "/until");
      for (int i = 0; i < s.supersedes().size(); i++) {
        where.take(slot, r, "/supersedes/" + i);
      }
    } else {
      where.put(slot, r);
    }
    if (r.type() == RecordType.STANCE) {
      while (stanceBySlot.size() <= slot) {
        stanceBySlot.add(null);
      }
    }
    if (r.value() == null) {
      return;
    }
    // A reference to an id already seen resolves for good (ids are never removed), so only forward
    // references are kept for the end, and references within one type, which the cycle checks name.
    // Memory then grows with the ids, not with the references.
    if (r.value() instanceof Stance s) {
      // Stances are most records: their references are walked without building the list of
      // Reference objects and pointers, in the order Stance.references() gives them.
      for (int i = 0; i < s.holders().size(); i++) {
        reference(r, slot, RecordType.ACTOR, s.holders().get(i), "/holders/", i, null);
      }
      reference(r, slot, RecordType.TOPIC, s.topic(), "/topic", -1, null);
      reference(r, slot, RecordType.EVENT, s.respondsTo(), "/respondsTo", -1, null);
      for (int i = 0; i < s.principles().size(); i++) {
        reference(r, slot, RecordType.PRINCIPLE, s.principles().get(i), "/principles/", i, null);
      }
      for (int i = 0; i < s.sources().size(); i++) {
        Citation c = s.sources().get(i);
        if (c != null) {
          reference(r, slot, RecordType.SOURCE, c.source(), "/sources/", i, "/source");
        }
      }
      for (int i = 0; i < s.supersedes().size(); i++) {
        reference(r, slot, RecordType.STANCE, s.supersedes().get(i), "/supersedes/", i, null);
      }
    } else {
      for (Reference ref : r.value().references()) {
        if (ref.id() != null && (ref.target() == r.type() || ids.get(ref.target()).slot(ref.id()) < 0)) {
          refs.add(new Ref(ref.target(), ref.id(), r.type(), slot, ref.pointer()));
          where.take(slot, r, ref.pointer());
        }
      }
    }
    if (r.value() instanceof Event e) {
      if (e.date() != null) {
        eventDates.put(table.name(slot), date(e.date()));
      }
    } else if (r.value() instanceof Topic t) {
      if (t.parent() != null) {
        topicParent.put(table.name(slot), t.parent());
      }
    } else if (r.value() instanceof Actor a) {
      memberOf.put(table.name(slot), a.memberOf());
    } else if (r.value() instanceof Stance s) {
      stanceBySlot.set(slot, new StanceInfo(slot, shared(RecordType.ACTOR, s.holders()),
          ids.get(RecordType.TOPIC).canonical(s.topic()), s.position(), date(s.date()),
          date(s.until()), shared(RecordType.STANCE, s.supersedes()),
          ids.get(RecordType.EVENT).canonical(s.respondsTo())));
    }
  }

  /** Keeps a reference for the end unless it resolves now; its pointer is built only if kept. */
  private void reference(ReadRecord r, int slot, RecordType target, String id, String pointer,
      int index, String suffix) {
    if (id == null || (target != r.type() && ids.get(target).slot(id) >= 0)) {
      return;
    }
    String p = index < 0 ? pointer : pointer + index + (suffix == null ? "" : suffix);
    refs.add(new Ref(target, id, r.type(), slot, p));
    places.get(r.type()).take(slot, r, p);
  }

  /** Returns a compact copy of a list of ids, with the shared instances of the ids declared. */
  private List<String> shared(RecordType type, List<String> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    IdTable table = ids.get(type);
    String[] a = new String[list.size()];
    for (int i = 0; i < a.length; i++) {
      if (list.get(i) == null) {
        return list;
      }
      a[i] = table.canonical(list.get(i));
    }
    return List.of(a);
  }

  private PartialDate date(PartialDate d) {
    if (d == null) {
      return null;
    }
    PartialDate known = dates.putIfAbsent(d, d);
    return known == null ? d : known;
  }

  /**
   * Runs the checks that need the whole dataset.
   *
   * @param complete whether every file was read to its end; if not, references are not checked,
   *     since their targets may stand in the part that could not be read
   */
  public void finish(boolean complete) {
    if (complete) {
      checkReferences();
    }
    checkDates();
    checkCycles(RecordType.TOPIC, adjacency(topicParent), "parent");
    checkCycles(RecordType.ACTOR, memberOf, "memberOf");
    Map<String, List<String>> supersedes = new HashMap<>();
    // Only stances that supersede others can lie on a cycle; the rest need not be walked.
    for (StanceInfo s : stanceBySlot) {
      if (s != null && !s.supersedes().isEmpty()) {
        supersedes.put(s.id(), s.supersedes());
      }
    }
    checkCycles(RecordType.STANCE, supersedes, "supersedes");
    checkConflicts();
  }

  private StanceInfo stance(String id) {
    int slot = ids.get(RecordType.STANCE).slot(id);
    return slot < 0 ? null : stanceBySlot.get(slot);
  }

  private static Map<String, List<String>> adjacency(Map<String, String> parent) {
    Map<String, List<String>> adj = new HashMap<>();
    parent.forEach((k, v) -> adj.put(k, List.of(v)));
    return adj;
  }

  private void checkReferences() {
    for (Ref ref : refs) {
      IdTable targets = ids.get(ref.target());
      if (targets.slot(ref.id()) >= 0) {
        continue;
      }
      String hint = targets.size() <= 200_000 ? Hints.didYouMean(ref.id(), targets.names()) : null;
      if (hint == null) {
        hint = "add a " + ref.target().singular() + " with id '" + ref.id() + "' to '"
            + ref.target().section() + "', or fix the reference";
      }
      findings.accept(Finding.of(Rule.DANGLING_REFERENCE, ref.location(),
              ref.from().singular() + " '" + ref.fromId() + "' refers to unknown "
                  + ref.target().singular() + " '" + ref.id() + "'")
          .withPointer(ref.pointer()).withRecord(ref.record()).withHint(hint));
    }
  }

  private void checkDates() {
    for (StanceInfo s : stanceBySlot) {
      if (s == null) {
        continue;
      }
      String key = "stance:" + s.id();
      if (s.respondsTo() != null && s.date() != null) {
        PartialDate eventDate = eventDates.get(s.respondsTo());
        if (eventDate != null && s.date().isBefore(eventDate)) {
          findings.accept(Finding.of(Rule.RESPONDS_TO_LATER_EVENT, s.respondsToLocation(),
                  "stance '" + s.id() + "' dated " + s.date() + " responds to event '"
                      + s.respondsTo() + "' dated " + eventDate)
              .withPointer(s.pointer() + "/respondsTo").withRecord(key)
              .withHint("check both dates, or whether the stance responds to another event"));
        }
      }
      if (s.until() != null && s.date() != null && s.until().isBefore(s.date())) {
        findings.accept(Finding.of(Rule.UNTIL_BEFORE_DATE, s.untilLocation(),
                "stance '" + s.id() + "' is in effect until " + s.until() + ", before its date "
                    + s.date())
            .withPointer(s.pointer() + "/until").withRecord(key)
            .withHint("'until' must not precede 'date'"));
      }
      for (int i = 0; i < s.supersedes().size(); i++) {
        String old = s.supersedes().get(i);
        StanceInfo o = old == null ? null : stance(old);
        if (o != null && o.date() != null && s.date() != null && s.date().isBefore(o.date())) {
          findings.accept(Finding.of(Rule.SUPERSEDES_LATER_STANCE, s.supersedesLocation(i),
                  "stance '" + s.id() + "' dated " + s.date() + " supersedes stance '" + old
                      + "' dated " + o.date() + ", which came after it")
              .withPointer(s.pointer() + "/supersedes/" + i).withRecord(key)
              .withHint("a stance can only supersede earlier stances; swap the supersession"));
        }
      }
    }
  }

  private void checkCycles(RecordType type, Map<String, ? extends Collection<String>> edges,
      String field) {
    Map<String, Integer> state = new HashMap<>();
    Set<String> reported = new HashSet<>();
    List<String> keys = new ArrayList<>(edges.keySet());
    keys.sort(null);
    for (String start : keys) {
      if (state.containsKey(start)) {
        continue;
      }
      // Iterative depth-first search; state 1 = on the current path, 2 = done.
      List<String> path = new ArrayList<>();
      List<java.util.Iterator<String>> its = new ArrayList<>();
      path.add(start);
      its.add(sorted(edges.get(start)).iterator());
      state.put(start, 1);
      while (!path.isEmpty()) {
        java.util.Iterator<String> it = its.get(its.size() - 1);
        if (!it.hasNext()) {
          state.put(path.remove(path.size() - 1), 2);
          its.remove(its.size() - 1);
          continue;
        }
        String next = it.next();
        Integer st = state.get(next);
        if (st == null) {
          state.put(next, 1);
          path.add(next);
          its.add(sorted(edges.get(next)).iterator());
        } else if (st == 1) {
          List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
          String first = cycle.stream().min(Comparator.naturalOrder()).orElseThrow();
          if (reported.add(first + "|" + cycle.size())) {
            reportCycle(type, field, cycle);
          }
        }
      }
    }
  }

  private static List<String> sorted(Collection<String> c) {
    if (c == null) {
      return List.of();
    }
    List<String> l = new ArrayList<>();
    for (String s : c) {
      if (s != null) {
        l.add(s);
      }
    }
    l.sort(null);
    return l;
  }

  private void reportCycle(RecordType type, String field, List<String> cycle) {
    int min = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (cycle.get(i).compareTo(cycle.get(min)) < 0) {
        min = i;
      }
    }
    List<String> rotated = new ArrayList<>(cycle.subList(min, cycle.size()));
    rotated.addAll(cycle.subList(0, min));
    rotated.add(rotated.get(0));
    String head = rotated.get(0);
    int headSlot = ids.get(type).slot(head);
    Location loc = headSlot < 0 ? Location.ofFile("?") : places.get(type).locate(headSlot, "/id");
    for (Ref r : refs) {
      if (r.from() == type && r.fromId().equals(head) && r.target() == type
          && r.pointer().contains("/" + field) && r.id().equals(rotated.get(1))) {
        loc = r.location();
      }
    }
    findings.accept(Finding.of(Rule.REFERENCE_CYCLE, loc,
            type.singular() + " '" + field + "' references form a cycle: "
                + String.join(" -> ", rotated))
        .withRecord(type.singular() + ":" + head)
        .withHint("break the cycle by removing one of these '" + field + "' references"));
  }

  private static int polarity(Position p) {
    return switch (p) {
      case SUPPORTS, WELCOMES, AFFIRMS, CALLS_FOR, COMMITS_TO -> 1;
      case OPPOSES, REJECTS, CONDEMNS -> -1;
      case NEUTRAL -> 0;
    };
  }

  private void checkConflicts() {
    Map<String, List<StanceInfo>> byHolderTopic = new HashMap<>();
    Map<String, java.time.LocalDate> endedBySuccessor = new HashMap<>();
    for (StanceInfo s : stanceBySlot) {
      if (s == null || s.position() == null || s.date() == null || s.topic() == null) {
        continue;
      }
      for (String old : s.supersedes()) {
        if (old != null) {
          endedBySuccessor.merge(old, s.date().start(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
      for (String h : new HashSet<>(s.holders())) {
        if (h != null) {
          byHolderTopic.computeIfAbsent(h + "\u0000" + s.topic(), k -> new ArrayList<>()).add(s);
        }
      }
    }
    Set<String> reported = new HashSet<>();
    List<String> groups = new ArrayList<>(byHolderTopic.keySet());
    groups.sort(null);
    for (String g : groups) {
      List<StanceInfo> list = byHolderTopic.get(g);
      if (list.size() < 2) {
        continue;
      }
      // Sorted by first day, then id; the day is computed once a stance, not once a comparison.
      Map<StanceInfo, Long> start = new HashMap<>();
      for (StanceInfo s : list) {
        start.put(s, s.date().start().toEpochDay());
      }
      list.sort(Comparator.comparing((StanceInfo s) -> start.get(s)).thenComparing(StanceInfo::id));
      for (int i = 0; i < list.size(); i++) {
        StanceInfo a = list.get(i);
        java.time.LocalDate aEnd = effectiveEnd(a, endedBySuccessor);
        for (int j = i + 1; j < list.size(); j++) {
          StanceInfo b = list.get(j);
          if (aEnd != null && b.date().start().isAfter(aEnd)) {
            break;
          }
          if (polarity(a.position()) == polarity(b.position())
              || related(a, b) || !reported.add(a.id() + "|" + b.id())) {
            continue;
          }
          String holder = g.substring(0, g.indexOf('\u0000'));
          findings.accept(Finding.of(Rule.CONFLICTING_STANCES, b.positionLocation(),
                  "'" + holder + "' " + b.position() + " topic '" + b.topic() + "' in stance '"
                      + b.id() + "' while stance '" + a.id() + "' (" + a.position()
                      + ") is still in effect")
              .withPointer(b.pointer() + "/position").withRecord("stance:" + b.id())
              .withRelated(List.of(a.positionLocation()))
              .withHint("if the position changed, add \"supersedes\": [\"" + a.id()
                  + "\"] or an 'until' date to '" + a.id() + "'"));
        }
      }
    }
  }

  private static boolean related(StanceInfo a, StanceInfo b) {
    return a.supersedes().contains(b.id()) || b.supersedes().contains(a.id());
  }

  private static java.time.LocalDate effectiveEnd(StanceInfo s, Map<String, java.time.LocalDate> ended) {
    java.time.LocalDate end = s.until() == null ? null : s.until().end();
    java.time.LocalDate byNext = ended.get(s.id());
    if (byNext != null) {
      java.time.LocalDate dayBefore = byNext.minusDays(1);
      end = end == null || dayBefore.isBefore(end) ? dayBefore : end;
    }
    return end;
  }
}
