package org.policyset.core.validation.internal.integrity;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Reference;
import tools.jackson.databind.JsonNode;

/**
 * PS308 unused-record: an actor, topic or principle that takes part in no reference — no record
 * refers to it (no stance's holders, topic or principles, no event's actors or topics, no other
 * actor's {@code memberOf}, topic's {@code parent} or principle's relations), and it refers to no
 * other actor, topic or principle itself. A topic placed under a parent, an actor that is a member
 * of a grouping, a principle related to another are part of the dataset's structure and are not
 * reported, even when no stance names them. A reference marks its target's slot as it resolves (at
 * once, or at the end for a forward reference); a record that names only itself does not count.
 *
 * <p>Nothing is reported for input that holds no stance and no event (a file of actors or topics
 * checked or merged alone), whose records nothing could refer to yet.
 *
 * <p>As for unused sources, a record that could not be bound still refers: every short string in it
 * counts as a reference (unless every consequence is reported), so that its shape error does not
 * also make what it names look unused; so does a record with a shape error of its own, and a
 * record whose id is a duplicate. A reference to an unknown id of a type may have been meant for
 * any of its records: none of that type is reported until the reference is fixed.
 */
final class UnusedRecords {
  /** The types this rule reports. */
  static boolean checks(RecordType t) {
    return t == RecordType.ACTOR || t == RecordType.TOPIC || t == RecordType.PRINCIPLE;
  }

  private final BitSet[] used = new BitSet[RecordType.values().length];
  /** Strings of records that could not be bound, any of which may be an id. */
  private final Set<String> loose = new HashSet<>();
  /** References of duplicate records, as {@code type:id}. */
  private final Set<String> typed = new HashSet<>();
  private final boolean all;
  /** The types some reference to an unknown id points to. */
  private final BitSet danglingTypes = new BitSet();

  UnusedRecords(boolean all) {
    this.all = all;
    for (RecordType t : RecordType.values()) {
      used[t.ordinal()] = new BitSet();
    }
  }

  /** Marks the record of type {@code t} in {@code slot} as referred to. */
  void mark(RecordType t, int slot) {
    if (slot >= 0) {
      used[t.ordinal()].set(slot);
    }
  }

  /** Counts the strings of a record that could not be bound as references. */
  void unbound(JsonNode node) {
    if (all) {
      return;
    }
    if (node.isString()) {
      if (node.asString().length() <= 200) {
        loose.add(node.asString());
      }
    } else if (node.isContainer()) {
      for (JsonNode child : node.values()) {
        unbound(child);
      }
    }
  }

  /** Counts the references of a record whose id is a duplicate (it is otherwise not indexed). */
  void duplicate(PolicyRecord value) {
    for (Reference ref : value.references()) {
      if (ref.id() != null && checks(ref.target())) {
        typed.add(ref.target().singular() + ":" + ref.id());
      }
    }
  }

  /**
   * Notes a reference to an id of type {@code t} that names no record: it may have been meant for
   * any record of the type nothing else names, so none of them is reported (unless every
   * consequence is): the dangling reference is the root cause, reported with its "did you mean".
   */
  void dangling(RecordType t) {
    if (!all) {
      danglingTypes.set(t.ordinal());
    }
  }

  /** Reports the actors, topics and principles nothing refers to. */
  void check(IntegrityIndex index, Consumer<Finding> findings) {
    if (index.table(RecordType.STANCE).size() == 0 && index.table(RecordType.EVENT).size() == 0) {
      // A part of a dataset without the records that refer (a topics file checked alone, topic
      // files being merged): nothing could refer to its records yet.
      return;
    }
    for (IntegrityIndex.Ref ref : index.refs()) {
      int slot = index.table(ref.target).slot(ref.id);
      if (slot >= 0 && !(ref.from == ref.target && slot == ref.fromSlot)) {
        mark(ref.target, slot);
      }
    }
    for (RecordType t : RecordType.values()) {
      if (!checks(t) || danglingTypes.get(t.ordinal())) {
        continue;
      }
      IdTable table = index.table(t);
      BitSet marks = used[t.ordinal()];
      for (int slot = marks.nextClearBit(0); slot < table.size(); slot = marks.nextClearBit(slot + 1)) {
        String id = table.name(slot);
        if (loose.contains(id) || typed.contains(t.singular() + ":" + id)) {
          continue;
        }
        String pointer = index.places(t).pointer(slot);
        findings.accept(Finding.of(Rule.UNUSED_RECORD, index.places(t).locate(slot, "/id"),
                t.singular() + " '" + id + "' is referred to by no record and refers to none")
            .withPointer((pointer == null ? "" : pointer) + "/id").withRecord(t.singular() + ":" + id)
            .withHint(hint(t)));
      }
    }
  }

  private static String hint(RecordType t) {
    return switch (t) {
      case ACTOR -> "name it in a stance's holders, an event's actors or an actor's memberOf (or"
          + " give it a memberOf), or remove it";
      case TOPIC -> "name it as a stance's topic, in an event's topics or as a topic's parent (or"
          + " give it a parent), or remove it";
      default -> "name it in a stance's principles or a principle's relations (or give it a"
          + " relation), or remove it";
    };
  }
}
