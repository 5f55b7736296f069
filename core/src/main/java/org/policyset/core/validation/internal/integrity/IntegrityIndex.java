package org.policyset.core.validation.internal.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordPreparer;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Event;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Reference;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.text.Hints;

/**
 * The integrity layer: keeps compact indexes of ids, references, dates and stance lifecycles while
 * records stream past, then checks them. Memory grows with the number of ids, not with the size of
 * the records: ids as bytes in {@link IdTable}s, places as a few numbers in {@link RecordPlaces},
 * stance lifecycles packed in {@link StanceLifecycles}, with every reference a slot of an id table.
 *
 * <p>A stance's reference to an id not declared yet is <em>pending</em>: it is kept as a negative
 * number naming the id's string in a small list, and resolved at the end, when the id may have been
 * declared after all. Pending references are rare in well-ordered data (the generator, like most
 * curated data, declares actors, topics, events and sources before the stances that cite them).
 */
public final class IntegrityIndex implements RecordPreparer {

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

    String fromId() {
      return table(from).name(fromSlot);
    }

    Location location() {
      return places(from).locate(fromSlot, relative);
    }

    String pointer() {
      return places(from).pointer(fromSlot) + relative;
    }

    String record() {
      return from.singular() + ":" + fromId();
    }
  }

  private static final int NONE = StanceLifecycles.NONE;
  private static final RecordType[] TYPES = RecordType.values();
  private static final Position[] POSITIONS = Position.values();
  /** How many (holder, stance) pairs the conflict check sorts at a time. */
  private static final int CONFLICT_BUDGET = 1 << 22;

  private final IdTable[] ids = new IdTable[TYPES.length];
  private final RecordPlaces[] places = new RecordPlaces[TYPES.length];
  private final List<Ref> refs = new ArrayList<>();
  /** By event slot: the packed date with its sign bit flipped, 0 for none. */
  private final ChunkedInts eventDates = new ChunkedInts();
  private final StanceLifecycles stances = new StanceLifecycles();
  private final Map<String, String> topicParent = new HashMap<>();
  private final Map<String, List<String>> memberOf = new HashMap<>();
  /** By target type: the ids of pending references, in the order first referred to. */
  private final List<List<String>> pendingNames = new ArrayList<>();
  private final List<Map<String, Integer>> pendingIndex = new ArrayList<>();
  /** By target type, after {@link #finish}: the slot each pending id resolved to, or -1. */
  private final int[][] resolved = new int[TYPES.length][];
  private int[] holderBuffer = new int[8];
  private int[] supersedesBuffer = new int[8];
  private final Consumer<Finding> findings;
  private final int conflictBudget;

  /** Creates an index that reports duplicate ids to {@code findings} as soon as it sees them. */
  public IntegrityIndex(Consumer<Finding> findings) {
    this(findings, CONFLICT_BUDGET);
  }

  /**
   * Creates an index whose conflict check sorts at most {@code conflictBudget} (holder, stance)
   * pairs at a time; tests make it small so that the ranges of holders are taken in many steps.
   */
  IntegrityIndex(Consumer<Finding> findings, int conflictBudget) {
    this.findings = findings;
    this.conflictBudget = conflictBudget;
    for (RecordType t : TYPES) {
      ids[t.ordinal()] = new IdTable();
      places[t.ordinal()] = new RecordPlaces(t);
      pendingNames.add(new ArrayList<>());
      pendingIndex.add(new HashMap<>());
    }
  }

  /** The id tables other than the stances', as {@link #accept} last published them. */
  private record Snapshots(IdTable.Snapshot actors, IdTable.Snapshot topics,
      IdTable.Snapshot events, IdTable.Snapshot principles, IdTable.Snapshot sources) {}

  /**
   * A stance's references to actors, topics, events, principles and sources, resolved on a worker
   * thread in the order {@link #stance} resolves them: a slot, or -1 where the calling thread must
   * look the id up itself.
   */
  private record Resolved(Stance stance, int[] slots) {}

  private volatile Snapshots published;
  /** Whether a table other than the stances' has grown since the last publication. */
  private boolean changed;
  /** What the worker thread resolved of the record {@link #accept} gets next. */
  private Resolved resolvedNext;

  /**
   * Prepares a record on the thread that bound it: computes the hash codes of its ids (which the
   * strings cache), and resolves a stance's references against the tables as last published —
   * every id found there was declared before the stance, since records reach {@link #accept} in
   * file order — so that the thread indexing records in file order does less.
   */
  @Override
  public Object prepare(PolicyRecord value) {
    if (!(value instanceof Stance s)) {
      hash(value.id());
      return null;
    }
    hash(s.id());
    for (String o : s.supersedes()) {
      hash(o);
    }
    Snapshots t = published;
    int[] slots = new int[s.holders().size() + 2 + s.principles().size() + s.sources().size()];
    int k = 0;
    for (String h : s.holders()) {
      slots[k++] = resolve(t == null ? null : t.actors(), h);
    }
    slots[k++] = resolve(t == null ? null : t.topics(), s.topic());
    slots[k++] = resolve(t == null ? null : t.events(), s.respondsTo());
    for (String p : s.principles()) {
      slots[k++] = resolve(t == null ? null : t.principles(), p);
    }
    for (Citation c : s.sources()) {
      slots[k++] = c == null ? -1 : resolve(t == null ? null : t.sources(), c.source());
    }
    return new Resolved(s, slots);
  }

  private static int resolve(IdTable.Snapshot table, String id) {
    if (id == null) {
      return -1;
    }
    hash(id);
    return table == null ? -1 : table.slot(id);
  }

  @Override
  public void handOn(Object prepared) {
    resolvedNext = (Resolved) prepared;
  }

  private static void hash(String s) {
    if (s != null) {
      s.hashCode();
    }
  }

  /** Publishes the tables other than the stances' to the worker threads, if they have grown. */
  private void publish() {
    changed = false;
    published = new Snapshots(table(RecordType.ACTOR).snapshot(),
        table(RecordType.TOPIC).snapshot(), table(RecordType.EVENT).snapshot(),
        table(RecordType.PRINCIPLE).snapshot(), table(RecordType.SOURCE).snapshot());
  }

  private IdTable table(RecordType t) {
    return ids[t.ordinal()];
  }

  private RecordPlaces places(RecordType t) {
    return places[t.ordinal()];
  }

  /** Indexes one record. */
  public void accept(ReadRecord r) {
    Resolved resolved = resolvedNext;
    resolvedNext = null;
    if (r.id() == null) {
      return;
    }
    RecordType type = r.type();
    IdTable table = table(type);
    int slot = table.add(r.id());
    if (slot < 0) {
      Location here = r.locator().locate("/id");
      Location first = places(type).locate(-1 - slot, "/id");
      findings.accept(Finding.of(Rule.DUPLICATE_ID, here,
              type.singular() + " id '" + r.id() + "' is already used at " + first)
          .withPointer(r.pointer() + "/id").withRecord(r.key())
          .withRelated(List.of(first))
          .withHint("rename one of them, or merge the two records ('policyset merge' reports how they differ)"));
      return;
    }
    RecordPlaces where = places(type);
    PolicyRecord value = r.value();
    if (value instanceof Stance s) {
      where.put(slot, r, "/position", "/respondsTo", "/until");
      if (where.takes(slot)) {
        for (int i = 0; i < s.supersedes().size(); i++) {
          where.take(slot, r, "/supersedes/" + i);
        }
      }
      if (changed) {
        publish();
      }
      stance(r, slot, s, resolved != null && resolved.stance() == s ? resolved.slots() : null);
      return;
    }
    changed = true;
    where.put(slot, r);
    if (type == RecordType.STANCE) {
      stances.addUnbound();
      return;
    }
    if (value == null) {
      return;
    }
    // A reference to an id already seen resolves for good (ids are never removed), so only forward
    // references are kept for the end, and references within one type, which the cycle checks name.
    // Memory then grows with the ids, not with the references.
    for (Reference ref : value.references()) {
      if (ref.id() != null && (ref.target() == type || table(ref.target()).slot(ref.id()) < 0)) {
        refs.add(new Ref(ref.target(), ref.id(), type, slot, ref.pointer()));
        where.take(slot, r, ref.pointer());
      }
    }
    if (value instanceof Event e) {
      if (e.date() != null) {
        eventDates.set(slot, StanceLifecycles.date(e.date()) ^ NONE);
      }
    } else if (value instanceof Topic t) {
      if (t.parent() != null) {
        topicParent.put(table.name(slot), t.parent());
      }
    } else if (value instanceof Actor a) {
      memberOf.put(table.name(slot), a.memberOf());
    }
  }

  /**
   * Indexes a stance: its references resolve now where they can (the order of the references kept
   * is that of {@link Stance#references()}), and its lifecycle is packed.
   */
  private void stance(ReadRecord r, int slot, Stance s, int[] known) {
    List<String> holders = s.holders();
    int holderCount = holders.size();
    if (holderBuffer.length < holderCount) {
      holderBuffer = new int[holderCount];
    }
    for (int i = 0; i < holderCount; i++) {
      holderBuffer[i] = known != null && known[i] >= 0 ? known[i]
          : reference(r, slot, RecordType.ACTOR, holders.get(i), "/holders/", i, null);
    }
    int k = holderCount;
    int topic = known != null && known[k] >= 0 ? known[k]
        : reference(r, slot, RecordType.TOPIC, s.topic(), "/topic", -1, null);
    k++;
    int respondsTo = known != null && known[k] >= 0 ? known[k]
        : reference(r, slot, RecordType.EVENT, s.respondsTo(), "/respondsTo", -1, null);
    k++;
    for (int i = 0; i < s.principles().size(); i++, k++) {
      if (known == null || known[k] < 0) {
        reference(r, slot, RecordType.PRINCIPLE, s.principles().get(i), "/principles/", i, null);
      }
    }
    for (int i = 0; i < s.sources().size(); i++, k++) {
      Citation c = s.sources().get(i);
      if (c != null && (known == null || known[k] < 0)) {
        reference(r, slot, RecordType.SOURCE, c.source(), "/sources/", i, "/source");
      }
    }
    List<String> supersedes = s.supersedes();
    int supersedesCount = supersedes.size();
    if (supersedesBuffer.length < supersedesCount) {
      supersedesBuffer = new int[supersedesCount];
    }
    for (int i = 0; i < supersedesCount; i++) {
      supersedesBuffer[i] = reference(r, slot, RecordType.STANCE, supersedes.get(i), "/supersedes/",
          i, null);
    }
    stances.add(s.position() == null ? -1 : s.position().ordinal(),
        StanceLifecycles.date(s.date()), StanceLifecycles.date(s.until()), topic, respondsTo,
        holderBuffer, holderCount, supersedesBuffer, supersedesCount);
  }

  /**
   * Resolves a stance's reference: returns the target's slot, or a pending reference (kept for the
   * end with its pointer, built only then), or {@link StanceLifecycles#NONE} for a null id.
   */
  private int reference(ReadRecord r, int slot, RecordType target, String id, String pointer,
      int index, String suffix) {
    if (id == null) {
      return NONE;
    }
    int found = table(target).slot(id);
    if (found >= 0) {
      return found;
    }
    String p = index < 0 ? pointer : pointer + index + (suffix == null ? "" : suffix);
    refs.add(new Ref(target, id, RecordType.STANCE, slot, p));
    places(RecordType.STANCE).take(slot, r, p);
    Map<String, Integer> numbers = pendingIndex.get(target.ordinal());
    Integer k = numbers.get(id);
    if (k == null) {
      List<String> names = pendingNames.get(target.ordinal());
      k = names.size();
      names.add(id);
      numbers.put(id, k);
    }
    return -1 - k;
  }

  /** The slot a stance's reference names in the end, or its pending number if it never resolved. */
  private int canonical(RecordType target, int ref) {
    if (ref >= 0 || ref == NONE) {
      return ref;
    }
    int s = resolved[target.ordinal()][-1 - ref];
    return s >= 0 ? s : ref;
  }

  /** The id a canonical reference names. */
  private String name(RecordType target, int ref) {
    return ref >= 0 ? table(target).name(ref) : pendingNames.get(target.ordinal()).get(-1 - ref);
  }

  /**
   * Runs the checks that need the whole dataset.
   *
   * @param complete whether every file was read to its end; if not, references are not checked,
   *     since their targets may stand in the part that could not be read
   */
  public void finish(boolean complete) {
    for (RecordType t : TYPES) {
      List<String> names = pendingNames.get(t.ordinal());
      int[] slots = new int[names.size()];
      for (int i = 0; i < slots.length; i++) {
        slots[i] = table(t).slot(names.get(i));
      }
      resolved[t.ordinal()] = slots;
    }
    if (complete) {
      checkReferences();
    }
    checkDates();
    checkCycles(RecordType.TOPIC, adjacency(topicParent), "parent");
    checkCycles(RecordType.ACTOR, memberOf, "memberOf");
    checkStanceCycles();
    checkConflicts();
  }

  private static Map<String, List<String>> adjacency(Map<String, String> parent) {
    Map<String, List<String>> adj = new HashMap<>();
    parent.forEach((k, v) -> adj.put(k, List.of(v)));
    return adj;
  }

  private void checkReferences() {
    for (Ref ref : refs) {
      IdTable targets = table(ref.target);
      if (targets.slot(ref.id) >= 0) {
        continue;
      }
      String hint = targets.size() <= 200_000 ? Hints.didYouMean(ref.id, targets.names()) : null;
      if (hint == null) {
        hint = "add a " + ref.target.singular() + " with id '" + ref.id + "' to '"
            + ref.target.section() + "', or fix the reference";
      }
      findings.accept(Finding.of(Rule.DANGLING_REFERENCE, ref.location(),
              ref.from.singular() + " '" + ref.fromId() + "' refers to unknown "
                  + ref.target.singular() + " '" + ref.id + "'")
          .withPointer(ref.pointer()).withRecord(ref.record()).withHint(hint));
    }
  }

  private void checkDates() {
    IdTable stanceIds = table(RecordType.STANCE);
    RecordPlaces where = places(RecordType.STANCE);
    StanceLifecycles.Cursor other = stances.cursor();
    for (StanceLifecycles.Cursor s = stances.cursor(); s.hasNext(); ) {
      s.next();
      if (!s.bound || s.date == NONE) {
        continue;
      }
      int slot = s.slot;
      if (s.respondsTo != NONE) {
        int event = canonical(RecordType.EVENT, s.respondsTo);
        int eventDate = event < 0 ? NONE : eventDates.get(event) ^ NONE;
        if (eventDate != NONE && StanceLifecycles.isBefore(s.date, eventDate)) {
          String id = stanceIds.name(slot);
          findings.accept(Finding.of(Rule.RESPONDS_TO_LATER_EVENT, where.locate(slot, "/respondsTo"),
                  "stance '" + id + "' dated " + StanceLifecycles.text(s.date)
                      + " responds to event '" + name(RecordType.EVENT, event) + "' dated "
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
        int old = canonical(RecordType.STANCE, s.supersedes[i]);
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

  /**
   * Checks the supersedes references for cycles. A depth-first search over slots first tells
   * whether there is any; only then are the ids made into strings and searched as the other types
   * are, so that the cycles reported, and their order, do not depend on the encoding.
   */
  private void checkStanceCycles() {
    int n = stances.size();
    byte[] state = new byte[n];
    StanceLifecycles.Cursor c = stances.cursor();
    int[] stack = new int[16];
    int[][] edges = new int[16][];
    int[] next = new int[16];
    boolean cycle = false;
    for (StanceLifecycles.Cursor s = stances.cursor(); s.hasNext() && !cycle; ) {
      s.next();
      int start = s.slot;
      if (state[start] != 0 || !s.bound || s.supersedesCount == 0) {
        continue;
      }
      int depth = 0;
      stack[0] = start;
      edges[0] = edges(c, start);
      next[0] = 0;
      state[start] = 1;
      while (depth >= 0 && !cycle) {
        int[] e = edges[depth];
        if (next[depth] >= e.length) {
          state[stack[depth]] = 2;
          depth--;
          continue;
        }
        int to = e[next[depth]++];
        if (state[to] == 1) {
          cycle = true;
        } else if (state[to] == 0) {
          depth++;
          if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
            edges = Arrays.copyOf(edges, depth * 2);
            next = Arrays.copyOf(next, depth * 2);
          }
          stack[depth] = to;
          edges[depth] = edges(c, to);
          next[depth] = 0;
          state[to] = 1;
        }
      }
    }
    if (!cycle) {
      return;
    }
    Map<String, List<String>> supersedes = new LinkedHashMap<>();
    IdTable stanceIds = table(RecordType.STANCE);
    for (StanceLifecycles.Cursor s = stances.cursor(); s.hasNext(); ) {
      s.next();
      if (s.bound && s.supersedesCount > 0) {
        List<String> to = new ArrayList<>();
        for (int i = 0; i < s.supersedesCount; i++) {
          int old = canonical(RecordType.STANCE, s.supersedes[i]);
          to.add(old == NONE ? null : name(RecordType.STANCE, old));
        }
        supersedes.put(stanceIds.name(s.slot), to);
      }
    }
    checkCycles(RecordType.STANCE, supersedes, "supersedes");
  }

  private static final int[] NO_EDGES = new int[0];

  /** The stances the stance in {@code slot} supersedes, as slots. */
  private int[] edges(StanceLifecycles.Cursor c, int slot) {
    c.seek(slot);
    if (!c.bound || c.supersedesCount == 0) {
      return NO_EDGES;
    }
    int[] e = new int[c.supersedesCount];
    int k = 0;
    for (int i = 0; i < c.supersedesCount; i++) {
      int old = canonical(RecordType.STANCE, c.supersedes[i]);
      if (old >= 0) {
        e[k++] = old;
      }
    }
    return k == e.length ? e : Arrays.copyOf(e, k);
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
    int headSlot = table(type).slot(head);
    Location loc = headSlot < 0 ? Location.ofFile("?") : places(type).locate(headSlot, "/id");
    if (type == RecordType.STANCE) {
      // The last of the head's supersedes references that names the next stance on the cycle.
      StanceLifecycles.Cursor c = stances.cursor().seek(headSlot);
      for (int i = c.supersedesCount - 1; i >= 0; i--) {
        int old = canonical(RecordType.STANCE, c.supersedes[i]);
        if (old != NONE && name(RecordType.STANCE, old).equals(rotated.get(1))) {
          loc = places(type).locate(headSlot, "/supersedes/" + i);
          break;
        }
      }
    } else {
      for (Ref r : refs) {
        if (r.from == type && r.target == type && r.fromId().equals(head)
            && r.pointer().contains("/" + field) && r.id.equals(rotated.get(1))) {
          loc = r.location();
        }
      }
    }
    findings.accept(Finding.of(Rule.REFERENCE_CYCLE, loc,
            type.singular() + " '" + field + "' references form a cycle: "
                + String.join(" -> ", rotated))
        .withRecord(type.singular() + ":" + head)
        .withHint("break the cycle by removing one of these '" + field + "' references"));
  }

  private static int polarity(int position) {
    return switch (POSITIONS[position]) {
      case SUPPORTS, WELCOMES, AFFIRMS, CALLS_FOR, COMMITS_TO -> 1;
      case OPPOSES, REJECTS, CONDEMNS -> -1;
      case NEUTRAL -> 0;
    };
  }

  /** A pair of conflicting stances found in the group of one holder and one topic. */
  private record Conflict(int holder, int topic, int a, int b) {}

  /**
   * Reports stances of one holder on one topic whose positions point different ways while both are
   * in effect. The stances are grouped by holder and topic with primitive sorts over slots; the
   * conflicts found are then reported in the order of the groups' "holder NUL topic" keys, as
   * before, so that the same pair seen through two holders is reported once, for the same holder.
   */
  private void checkConflicts() {
    int n = stances.size();
    if (n < 2) {
      return;
    }
    // The first day of the earliest stance that supersedes each stance, for the stances that have one.
    IntMinMap endedBySuccessor = new IntMinMap();
    int actors = table(RecordType.ACTOR).size();
    int buckets = actors + pendingNames.get(RecordType.ACTOR.ordinal()).size();
    int[] counts = new int[buckets + 1];
    int[] distinct = new int[8];
    for (StanceLifecycles.Cursor s = stances.cursor(); s.hasNext(); ) {
      s.next();
      if (!eligible(s)) {
        continue;
      }
      for (int i = 0; i < s.supersedesCount; i++) {
        int old = canonical(RecordType.STANCE, s.supersedes[i]);
        if (old >= 0) {
          endedBySuccessor.min(old, StanceLifecycles.start(s.date));
        }
      }
      distinct = holderBuckets(s, actors, distinct);
      for (int i = 0; i < distinct[0]; i++) {
        counts[distinct[i + 1]]++;
      }
    }
    List<Conflict> conflicts = new ArrayList<>();
    StanceLifecycles.Cursor a = stances.cursor();
    StanceLifecycles.Cursor b = stances.cursor();
    // Holders are taken a range at a time, so that the pairs sorted at once stay within a budget.
    for (int from = 0; from < buckets; ) {
      int to = from;
      long total = 0;
      while (to < buckets && (to == from || total + counts[to] <= conflictBudget)) {
        total += counts[to++];
      }
      if (total < 2) {
        from = to;
        continue;
      }
      int[] starts = new int[to - from + 1];
      for (int h = from; h < to; h++) {
        starts[h - from + 1] = starts[h - from] + counts[h];
      }
      int[] fill = Arrays.copyOf(starts, starts.length);
      // Topic in the high half, slot in the low: sorting a holder's pairs groups them by topic.
      long[] pairs = new long[(int) total];
      for (StanceLifecycles.Cursor s = stances.cursor(); s.hasNext(); ) {
        s.next();
        if (!eligible(s)) {
          continue;
        }
        distinct = holderBuckets(s, actors, distinct);
        long topic = (long) canonical(RecordType.TOPIC, s.topic) << 32;
        for (int i = 0; i < distinct[0]; i++) {
          int h = distinct[i + 1];
          if (h >= from && h < to) {
            pairs[fill[h - from]++] = topic | s.slot;
          }
        }
      }
      for (int h = from; h < to; h++) {
        int lo = starts[h - from];
        int hi = starts[h - from + 1];
        if (hi - lo < 2) {
          continue;
        }
        Arrays.sort(pairs, lo, hi);
        for (int g = lo; g < hi; ) {
          int topic = (int) (pairs[g] >> 32);
          int end = g + 1;
          while (end < hi && (int) (pairs[end] >> 32) == topic) {
            end++;
          }
          if (end - g >= 2) {
            group(h, topic, pairs, g, end, endedBySuccessor, a, b, conflicts);
          }
          g = end;
        }
      }
      from = to;
    }
    if (conflicts.isEmpty()) {
      return;
    }
    // Groups in the order of their keys as strings; within a group, in the order found.
    Map<Long, String> keys = new HashMap<>();
    for (Conflict c : conflicts) {
      keys.computeIfAbsent(((long) c.holder() << 32) | (c.topic() & 0xFFFF_FFFFL),
          k -> holderName(c.holder(), actors) + "\u0000" + name(RecordType.TOPIC, c.topic()));
    }
    List<Conflict> ordered = new ArrayList<>(conflicts);
    ordered.sort(Comparator.comparing(
        (Conflict c) -> keys.get(((long) c.holder() << 32) | (c.topic() & 0xFFFF_FFFFL))));
    IdTable stanceIds = table(RecordType.STANCE);
    RecordPlaces where = places(RecordType.STANCE);
    Set<String> reported = new HashSet<>();
    for (Conflict c : ordered) {
      String aId = stanceIds.name(c.a());
      String bId = stanceIds.name(c.b());
      if (!reported.add(aId + "|" + bId)) {
        continue;
      }
      String g = keys.get(((long) c.holder() << 32) | (c.topic() & 0xFFFF_FFFFL));
      String holder = g.substring(0, g.indexOf('\u0000'));
      a.seek(c.a());
      b.seek(c.b());
      findings.accept(Finding.of(Rule.CONFLICTING_STANCES, where.locate(c.b(), "/position"),
              "'" + holder + "' " + POSITIONS[b.position] + " topic '"
                  + name(RecordType.TOPIC, canonical(RecordType.TOPIC, b.topic)) + "' in stance '"
                  + bId + "' while stance '" + aId + "' (" + POSITIONS[a.position]
                  + ") is still in effect")
          .withPointer(where.pointer(c.b()) + "/position").withRecord("stance:" + bId)
          .withRelated(List.of(where.locate(c.a(), "/position")))
          .withHint("if the position changed, add \"supersedes\": [\"" + aId
              + "\"] or an 'until' date to '" + aId + "'"));
    }
  }

  private static boolean eligible(StanceLifecycles.Cursor s) {
    return s.bound && s.position >= 0 && s.date != NONE && s.topic != NONE;
  }

  /**
   * The distinct holders of a stance as bucket numbers (an actor's slot, or the number of actors
   * plus a pending id's number): the count in element 0, the buckets after it.
   */
  private int[] holderBuckets(StanceLifecycles.Cursor s, int actors, int[] out) {
    if (out.length < s.holderCount + 1) {
      out = new int[s.holderCount + 1];
    }
    int k = 0;
    outer:
    for (int i = 0; i < s.holderCount; i++) {
      int h = s.holders[i];
      if (h == NONE) {
        continue;
      }
      h = canonical(RecordType.ACTOR, h);
      int bucket = h >= 0 ? h : actors - 1 - h;
      for (int j = 0; j < k; j++) {
        if (out[j + 1] == bucket) {
          continue outer;
        }
      }
      out[++k] = bucket;
    }
    out[0] = k;
    return out;
  }

  private String holderName(int bucket, int actors) {
    return bucket < actors ? table(RecordType.ACTOR).name(bucket)
        : pendingNames.get(RecordType.ACTOR.ordinal()).get(bucket - actors);
  }

  /** Finds the conflicts in the group of stances {@code pairs[from, to)} of one holder and topic. */
  private void group(int holder, int topic, long[] pairs, int from, int to,
      IntMinMap endedBySuccessor, StanceLifecycles.Cursor a, StanceLifecycles.Cursor b,
      List<Conflict> out) {
    int m = to - from;
    Integer[] order = new Integer[m];
    int[] slots = new int[m];
    int[] start = new int[m];
    int[] end = new int[m];
    int[] polarity = new int[m];
    for (int i = 0; i < m; i++) {
      int slot = (int) pairs[from + i];
      a.seek(slot);
      slots[i] = slot;
      start[i] = StanceLifecycles.start(a.date);
      polarity[i] = polarity(a.position);
      // The last day in effect: the day before the earliest successor, or the until date's last.
      int e = a.until == NONE ? Integer.MAX_VALUE : StanceLifecycles.end(a.until);
      int byNext = endedBySuccessor.get(slot);
      if (byNext != Integer.MAX_VALUE && byNext - 1 < e) {
        e = byNext - 1;
      }
      end[i] = e;
      order[i] = i;
    }
    IdTable stanceIds = table(RecordType.STANCE);
    // Sorted by first day, then id.
    Arrays.sort(order, (x, y) -> start[x] != start[y] ? Integer.compare(start[x], start[y])
        : stanceIds.compare(slots[x], slots[y]));
    for (int i = 0; i < m; i++) {
      int x = order[i];
      for (int j = i + 1; j < m; j++) {
        int y = order[j];
        if (end[x] != Integer.MAX_VALUE && start[y] > end[x]) {
          break;
        }
        if (polarity[x] == polarity[y] || related(slots[x], slots[y], a, b)) {
          continue;
        }
        out.add(new Conflict(holder, topic, slots[x], slots[y]));
      }
    }
  }

  /** Whether one of two stances supersedes the other. */
  private boolean related(int x, int y, StanceLifecycles.Cursor a, StanceLifecycles.Cursor b) {
    return supersedes(a.seek(x), y) || supersedes(b.seek(y), x);
  }

  private boolean supersedes(StanceLifecycles.Cursor s, int other) {
    for (int i = 0; i < s.supersedesCount; i++) {
      if (canonical(RecordType.STANCE, s.supersedes[i]) == other) {
        return true;
      }
    }
    return false;
  }

  /** A small open-addressing map from slots to the least value put for them. */
  private static final class IntMinMap {
    private int[] keys = new int[64];
    private int[] values = new int[64];
    private int size;

    void min(int key, int value) {
      if (2 * (size + 1) > keys.length) {
        int[] k = keys;
        int[] v = values;
        keys = new int[k.length * 2];
        values = new int[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) {
          if (k[i] != 0) {
            min(k[i] - 1, v[i]);
          }
        }
      }
      int mask = keys.length - 1;
      for (int i = (key * 0x9E3779B9) >>> 7 & mask; ; i = (i + 1) & mask) {
        if (keys[i] == 0) {
          keys[i] = key + 1;
          values[i] = value;
          size++;
          return;
        }
        if (keys[i] == key + 1) {
          values[i] = Math.min(values[i], value);
          return;
        }
      }
    }

    /** The least value put for {@code key}, or {@link Integer#MAX_VALUE}. */
    int get(int key) {
      int mask = keys.length - 1;
      for (int i = (key * 0x9E3779B9) >>> 7 & mask; ; i = (i + 1) & mask) {
        if (keys[i] == 0) {
          return Integer.MAX_VALUE;
        }
        if (keys[i] == key + 1) {
          return values[i];
        }
      }
    }
  }
}
