package org.policyset.core.validation.internal.integrity;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.json.SliceLocator;
import org.policyset.core.internal.text.Hints;

/**
 * The integrity layer as it was before its compact encoding, kept as the reference that
 * {@code IntegrityIndexTest} compares the compact one with. The integrity layer: keeps compact indexes of ids, references, dates and stance lifecycles while
 * records stream past, then checks them. Memory grows with the number of ids and references, not
 * with the size of the records.
 */
final class LegacyIntegrityIndex {

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

  private final Map<RecordType, LegacyIdTable> ids = new EnumMap<>(RecordType.class);
  private final Map<RecordType, LegacyRecordPlaces> places = new EnumMap<>(RecordType.class);
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
  LegacyIntegrityIndex(Consumer<Finding> findings) {
    this.findings = findings;
    for (RecordType t : RecordType.values()) {
      ids.put(t, new LegacyIdTable());
      places.put(t, new LegacyRecordPlaces(t));
    }
  }

  /** Indexes one record. */
  public void accept(ReadRecord r) {
    if (r.id() == null) {
      return;
    }
    LegacyIdTable table = ids.get(r.type());
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
    LegacyRecordPlaces where = places.get(r.type());
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
    LegacyIdTable table = ids.get(type);
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
      LegacyIdTable targets = ids.get(ref.target());
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

  static final class LegacyIdTable {
    private String[] names = new String[64];
    /** Slot plus one, by hash position; 0 for free. */
    private int[] table = new int[128];
    /** 32 less the number of bits of a table index: the hash's top bits pick the position. */
    private int shift = 32 - 7;
    private int size;

    /** Returns the slot of {@code id}, or -1 if it is not declared. */
    int slot(String id) {
      int mask = table.length - 1;
      for (int i = mix(id.hashCode(), shift); ; i = (i + 1) & mask) {
        int s = table[i];
        if (s == 0) {
          return -1;
        }
        if (names[s - 1].equals(id)) {
          return s - 1;
        }
      }
    }

    /** Declares {@code id}; returns its new slot, or {@code -1 - slot} if it was declared before. */
    int add(String id) {
      if (2 * (size + 1) > table.length) {
        grow();
      }
      int mask = table.length - 1;
      int i = mix(id.hashCode(), shift);
      for (; table[i] != 0; i = (i + 1) & mask) {
        if (names[table[i] - 1].equals(id)) {
          return -table[i];
        }
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
      }
      names[size] = id;
      table[i] = ++size;
      return size - 1;
    }

    /** Returns the id of a slot. */
    String name(int slot) {
      return names[slot];
    }

    /** Returns the shared instance of {@code id} if declared, else {@code id} itself. */
    String canonical(String id) {
      if (id == null) {
        return null;
      }
      int s = slot(id);
      return s < 0 ? id : names[s];
    }

    /** Returns the number of ids. */
    int size() {
      return size;
    }

    /** Returns the ids, in the order declared, as a view. */
    List<String> names() {
      return new AbstractList<>() {
        @Override
        public String get(int index) {
          return names[index];
        }

        @Override
        public int size() {
          return size;
        }
      };
    }

    private void grow() {
      int[] t = new int[table.length * 2];
      shift--;
      int mask = t.length - 1;
      for (int s = 0; s < size; s++) {
        int i = mix(names[s].hashCode(), shift);
        while (t[i] != 0) {
          i = (i + 1) & mask;
        }
        t[i] = s + 1;
      }
      table = t;
    }

    /** Fibonacci hashing: ids that differ in their last characters land far apart. */
    private static int mix(int h, int shift) {
      return (h * 0x9E3779B9) >>> shift;
    }
  }

  static final class LegacyRecordPlaces {
    private final RecordType type;
    private long[] offsets = new long[64];
    private int[] lengths = new int[64];
    private int[] lines = new int[64];
    private int[] columns = new int[64];
    /** The file's index in {@link #files}, or -1 for a record whose locations were taken at once. */
    private int[] fileIndex = new int[64];
    /** The record's index in its section ({@code /stances/7}), -1 for a JSON Lines line, -2 other. */
    private int[] pointerIndex = new int[64];
    private final List<SliceLocator> files = new ArrayList<>();
    private final Map<Integer, Map<String, Location>> taken = new HashMap<>();
    private final Map<Integer, String> otherPointers = new HashMap<>();

    private final String prefix;

    LegacyRecordPlaces(RecordType type) {
      this.type = type;
      this.prefix = "/" + type.section() + "/";
    }

    /**
     * Records where the record in {@code slot} stands; for records read by the reference path, the
     * locations of {@code pointers} are taken now.
     */
    void put(int slot, ReadRecord r, String... pointers) {
      if (slot >= offsets.length) {
        int n = Math.max(slot + 1, offsets.length * 2);
        offsets = Arrays.copyOf(offsets, n);
        lengths = Arrays.copyOf(lengths, n);
        lines = Arrays.copyOf(lines, n);
        columns = Arrays.copyOf(columns, n);
        fileIndex = Arrays.copyOf(fileIndex, n);
        pointerIndex = Arrays.copyOf(pointerIndex, n);
      }
      String pointer = r.pointer();
      if (pointer.isEmpty()) {
        pointerIndex[slot] = -1;
      } else if (pointer.startsWith(prefix) && isIndex(pointer, prefix.length())) {
        pointerIndex[slot] = Integer.parseInt(pointer, prefix.length(), pointer.length(), 10);
      } else {
        pointerIndex[slot] = -2;
        otherPointers.put(slot, pointer);
      }
      if (r.locator() instanceof SliceLocator s) {
        int f = files.size() - 1;
        if (f < 0 || !files.get(f).sameFile(s)) {
          files.add(s);
          f++;
        }
        fileIndex[slot] = f;
        offsets[slot] = s.offset();
        lengths[slot] = s.length();
        lines[slot] = s.root().line();
        columns[slot] = s.root().column();
      } else {
        fileIndex[slot] = -1;
        Map<String, Location> m = new HashMap<>();
        m.put("", r.locator().locate(""));
        m.put("/id", r.locator().locate("/id"));
        for (String p : pointers) {
          m.put(p, r.locator().locate(p));
        }
        taken.put(slot, m);
      }
    }

    /** Takes the location of one more pointer now, for a record read by the reference path. */
    void take(int slot, ReadRecord r, String pointer) {
      Map<String, Location> m = taken.get(slot);
      if (m != null) {
        m.putIfAbsent(pointer, r.locator().locate(pointer));
      }
    }

    /** Returns the location of {@code pointer} in the record in {@code slot}. */
    Location locate(int slot, String pointer) {
      int f = fileIndex[slot];
      if (f < 0) {
        Map<String, Location> m = taken.get(slot);
        Location l = m.get(pointer);
        return l != null ? l : m.get("");
      }
      return files.get(f).at(offsets[slot], lengths[slot],
          new Location(files.get(f).display(), lines[slot], columns[slot])).locate(pointer);
    }

    /** Returns the JSON pointer of the record in {@code slot} in its file. */
    String pointer(int slot) {
      int i = pointerIndex[slot];
      return i == -1 ? "" : i == -2 ? otherPointers.get(slot) : "/" + type.section() + "/" + i;
    }

    private static boolean isIndex(String s, int from) {
      if (from >= s.length() || (s.charAt(from) == '0' && s.length() > from + 1)
          || s.length() - from > 9) {
        return false;
      }
      for (int i = from; i < s.length(); i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }
  }
}
