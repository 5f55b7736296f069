package org.policyset.core.validation.internal.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordPreparer;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Event;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Reference;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.internal.text.Suggestions;
import org.policyset.core.internal.json.LocatedTree;

/**
 * The integrity layer's index: keeps compact indexes of ids, references, dates and stance
 * lifecycles while records stream past, then runs the checks that need the whole dataset over it,
 * one class per family of rules:
 * <ul>
 *   <li>{@link DuplicateIds}: PS301 duplicate-id, reported here as records arrive;
 *   <li>{@link DanglingReferences}: PS302 dangling-reference;
 *   <li>{@link ReferenceCycles}: PS303 reference-cycle;
 *   <li>{@link DateOrder}: PS304 responds-to-later-event, PS305 until-before-date, PS306
 *       supersedes-later-stance;
 *   <li>{@link ConflictingStances}: PS307 conflicting-stances;
 *   <li>{@link UnusedRecords}: PS308 unused-record.
 * </ul>
 *
 * <p>Memory grows with the number of ids, not with the size of the records: ids as bytes in
 * {@link IdTable}s, places as a few numbers in {@link RecordPlaces}, stance lifecycles packed in
 * {@link StanceLifecycles}, with every reference a slot of an id table.
 *
 * <p>A stance's reference to an id not declared yet is <em>pending</em>: it is kept as a negative
 * number naming the id's string in a small list, and resolved at the end, when the id may have been
 * declared after all. Pending references are rare in well-ordered data (the generator, like most
 * curated data, declares actors, topics, events and sources before the stances that cite them).
 */
public final class IntegrityIndex implements RecordPreparer {

  /** A reference kept for the end: a forward reference, or one within a type (for cycles). */
  final class Ref {
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
  /** By type: the names of the records, for "did you mean" (kept up to {@link #NAMED} records). */
  private final Suggestions[] names = new Suggestions[TYPES.length];
  /** Above this many records of a type, names are no longer kept for hints. */
  static final int NAMED = 200_000;
  private final UnusedRecords unused;

  /** Creates an index that reports duplicate ids to {@code findings} as soon as it sees them. */
  public IntegrityIndex(Consumer<Finding> findings) {
    this(findings, false);
  }

  /**
   * Creates an index that reports duplicate ids to {@code findings} as soon as it sees them.
   *
   * @param all whether a record that could not be bound counts as referring to nothing, so that
   *     the actors, topics and principles only it names are reported unused
   */
  public IntegrityIndex(Consumer<Finding> findings, boolean all) {
    this(findings, ConflictingStances.BUDGET, all);
  }

  /**
   * Creates an index whose conflict check sorts at most {@code conflictBudget} (holder, stance)
   * pairs at a time; tests make it small so that the ranges of holders are taken in many steps.
   */
  IntegrityIndex(Consumer<Finding> findings, int conflictBudget) {
    this(findings, conflictBudget, false);
  }

  private IntegrityIndex(Consumer<Finding> findings, int conflictBudget, boolean all) {
    this.findings = findings;
    this.conflictBudget = conflictBudget;
    this.unused = new UnusedRecords(all);
    for (RecordType t : TYPES) {
      ids[t.ordinal()] = new IdTable();
      places[t.ordinal()] = new RecordPlaces(t);
      pendingNames.add(new ArrayList<>());
      pendingIndex.add(new HashMap<>());
      names[t.ordinal()] = new Suggestions();
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

  private volatile @Nullable Snapshots published;
  /** Whether a table other than the stances' has grown since the last publication. */
  private boolean changed;
  /** What the worker thread resolved of the record {@link #accept} gets next. */
  private @Nullable Resolved resolvedNext;

  /**
   * Prepares a record on the thread that bound it: computes the hash codes of its ids (which the
   * strings cache), and resolves a stance's references against the tables as last published —
   * every id found there was declared before the stance, since records reach {@link #accept} in
   * file order — so that the thread indexing records in file order does less.
   */
  @Override
  public @Nullable Object prepare(PolicyRecord value) {
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

  private static int resolve(IdTable.@Nullable Snapshot table, @Nullable String id) {
    if (id == null) {
      return -1;
    }
    hash(id);
    return table == null ? -1 : table.slot(id);
  }

  @Override
  public void handOn(@Nullable Object prepared) {
    resolvedNext = (Resolved) prepared;
  }

  private static void hash(@Nullable String s) {
    if (s != null) {
      int unused = s.hashCode(); // computed here, cached by the string
    }
  }

  /** Publishes the tables other than the stances' to the worker threads, if they have grown. */
  private void publish() {
    changed = false;
    published = new Snapshots(table(RecordType.ACTOR).snapshot(),
        table(RecordType.TOPIC).snapshot(), table(RecordType.EVENT).snapshot(),
        table(RecordType.PRINCIPLE).snapshot(), table(RecordType.SOURCE).snapshot());
  }

  /** The ids of a type. */
  IdTable table(RecordType t) {
    return ids[t.ordinal()];
  }

  /** Where the records of a type stand. */
  RecordPlaces places(RecordType t) {
    return places[t.ordinal()];
  }

  /** Indexes one record. */
  public void accept(ReadRecord r) {
    Resolved resolved = resolvedNext;
    resolvedNext = null;
    if (!r.valid() && r.locator() instanceof LocatedTree tree) {
      // A record with a shape error names what it names, and is not reported unused itself.
      unused.unbound(tree.node());
    }
    if (r.id() == null) {
      return;
    }
    RecordType type = r.type();
    IdTable table = table(type);
    int slot = table.add(r.id());
    if (slot < 0) {
      findings.accept(DuplicateIds.finding(r, places(type).locate(-1 - slot, "/id")));
      if (r.value() != null) {
        unused.duplicate(r.value());
      }
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
      int target = ref.id() == null ? -1 : table(ref.target()).slot(ref.id());
      if (target >= 0 && !(ref.target() == type && target == slot)) {
        unused.mark(ref.target(), target);
      }
      if (ref.id() != null && UnusedRecords.checks(ref.target())
          && !(ref.target() == type && ref.id().equals(r.id()))) {
        // A record that names another (a topic under its parent) takes part in the dataset.
        unused.mark(type, slot);
      }
      if (ref.id() != null && (ref.target() == type || target < 0)) {
        refs.add(new Ref(ref.target(), ref.id(), type, slot, ref.pointer()));
        where.take(slot, r, ref.pointer());
      }
    }
    if (slot < NAMED) {
      name(slot, value);
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

  /** Keeps the name (and an actor's aliases) of a record that a reference may mistype. */
  private void name(int slot, PolicyRecord value) {
    String id = table(value.recordType()).name(slot);
    Suggestions s = names[value.recordType().ordinal()];
    if (value instanceof Actor a) {
      s.name(id, a.name(), a.aliases());
    } else if (value instanceof Topic t) {
      s.name(id, t.name(), List.of());
    } else if (value instanceof org.policyset.core.model.Principle p) {
      s.name(id, p.name(), List.of());
    } else if (value instanceof Event e) {
      s.name(id, e.title(), List.of());
    } else if (value instanceof org.policyset.core.model.Source src) {
      s.name(id, src.title(), List.of());
    }
  }

  /** The check for unused actors, topics and principles. */
  UnusedRecords unusedRecords() {
    return unused;
  }

  /** The "did you mean" engine over the names of a type's records. */
  Suggestions suggestions(RecordType t) {
    return names[t.ordinal()];
  }

  /**
   * Indexes a stance: its references resolve now where they can (the order of the references kept
   * is that of {@link Stance#references()}), and its lifecycle is packed.
   */
  private void stance(ReadRecord r, int slot, Stance s, int @Nullable [] known) {
    List<String> holders = s.holders();
    int holderCount = holders.size();
    if (holderBuffer.length < holderCount) {
      holderBuffer = new int[holderCount];
    }
    for (int i = 0; i < holderCount; i++) {
      holderBuffer[i] = known != null && known[i] >= 0 ? known[i]
          : reference(r, slot, RecordType.ACTOR, holders.get(i), "/holders/", i, null);
      unused.mark(RecordType.ACTOR, holderBuffer[i]);
    }
    int k = holderCount;
    int topic = known != null && known[k] >= 0 ? known[k]
        : reference(r, slot, RecordType.TOPIC, s.topic(), "/topic", -1, null);
    unused.mark(RecordType.TOPIC, topic);
    k++;
    int respondsTo = known != null && known[k] >= 0 ? known[k]
        : reference(r, slot, RecordType.EVENT, s.respondsTo(), "/respondsTo", -1, null);
    k++;
    for (int i = 0; i < s.principles().size(); i++, k++) {
      unused.mark(RecordType.PRINCIPLE, known != null && known[k] >= 0 ? known[k]
          : reference(r, slot, RecordType.PRINCIPLE, s.principles().get(i), "/principles/", i, null));
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
        StanceLifecycles.start(s), StanceLifecycles.until(s), topic, respondsTo,
        holderBuffer, holderCount, supersedesBuffer, supersedesCount);
  }

  /**
   * Resolves a stance's reference: returns the target's slot, or a pending reference (kept for the
   * end with its pointer, built only then), or {@link StanceLifecycles#NONE} for a null id.
   */
  private int reference(ReadRecord r, int slot, RecordType target, @Nullable String id, String pointer,
      int index, @Nullable String suffix) {
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
  int canonical(RecordType target, int ref) {
    if (ref >= 0 || ref == NONE) {
      return ref;
    }
    int s = resolved[target.ordinal()][-1 - ref];
    return s >= 0 ? s : ref;
  }

  /** The id a canonical reference names. */
  String name(RecordType target, int ref) {
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
      new DanglingReferences(this, findings).check();
      unused.check(this, findings);
    }
    new DateOrder(this, findings).check();
    new ReferenceCycles(this, findings).check();
    new ConflictingStances(this, findings, conflictBudget).check();
  }

  // ---- what the checks read ---------------------------------------------------------------------

  /** The references kept for the end, in the order they were met. */
  List<Ref> refs() {
    return refs;
  }

  /** The packed lifecycles of the stances, by slot. */
  StanceLifecycles stances() {
    return stances;
  }

  /** The packed date of the event in {@code slot}, or {@link StanceLifecycles#NONE}. */
  int eventDate(int slot) {
    return eventDates.get(slot) ^ NONE;
  }

  /** By topic id: the id of its parent, for the topics that name one. */
  Map<String, String> topicParents() {
    return topicParent;
  }

  /** By actor id: the ids it is a member of. */
  Map<String, List<String>> memberships() {
    return memberOf;
  }

  /** How many ids of a type were referred to before being declared (resolved or not). */
  int pendingCount(RecordType target) {
    return pendingNames.get(target.ordinal()).size();
  }

  /** The id of a type's pending reference number {@code k}. */
  String pendingName(RecordType target, int k) {
    return pendingNames.get(target.ordinal()).get(k);
  }
}
