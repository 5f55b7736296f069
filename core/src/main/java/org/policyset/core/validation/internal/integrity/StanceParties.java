package org.policyset.core.validation.internal.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.model.Actor;
import org.policyset.core.model.ActorKind;
import org.policyset.core.model.HolderScope;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Stance;

/**
 * The parties of a stance in schema version 2: who holds it, which of a group's members, and whom it
 * is aimed at.
 * <ul>
 *   <li>PS312 scope-on-non-group: a {@code holderScopes} entry on an actor that has no members to
 *       speak of (see {@link #isGroup});
 *   <li>PS314 target-is-holder: a stance's {@code targets} name one of its own holders;
 *   <li>PS315 scope-not-a-holder: a {@code holderScopes} entry names an actor that is not a holder,
 *       or a holder another entry already scopes.
 * </ul>
 *
 * <p>A stance read as version 1 never has scopes or targets (a version 2 field in a version 1
 * document is PS203, and the record is not bound), so these rules find nothing in version 1 data.
 * PS314 and PS315 need the stance alone and are reported as it arrives; PS312 needs the kind of the
 * scoped holder, kept as one int per actor, and waits for the end only when the stance comes before
 * that actor.
 */
final class StanceParties {

  /** A scope on a holder declared after the stance: its pending actor reference, and where it stands. */
  private record Deferred(int stance, int actor, String pointer) {}

  /** By actor slot: the ordinal of its kind plus one; 0 for an actor whose kind is not known. */
  private final ChunkedInts kinds = new ChunkedInts();
  private final List<Deferred> deferred = new ArrayList<>();
  private final Consumer<Finding> findings;

  StanceParties(Consumer<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Whether an actor of {@code kind} is a group whose members a scope can speak of: a grouping (the
   * Global South), an international or regional organization, and an organ (the Security Council's
   * members); not a state, a person or a non-state actor, which act as one.
   */
  static boolean isGroup(ActorKind kind) {
    return switch (kind) {
      case GROUPING, INTERNATIONAL_ORGANIZATION, REGIONAL_ORGANIZATION, ORGAN -> true;
      case STATE, NON_STATE, PERSON -> false;
    };
  }

  /** Keeps the kind of the actor in {@code slot}. */
  void actor(int slot, Actor a) {
    if (a.kind() != null) {
      kinds.set(slot, a.kind().ordinal() + 1);
    }
  }

  /**
   * Checks a stance's scopes and targets.
   *
   * @param holders the actor slots of its holders, in order: a slot, a pending reference (negative)
   *     or {@link StanceLifecycles#NONE}
   */
  void stance(ReadRecord r, int slot, Stance s, int[] holders, RecordPlaces where) {
    List<HolderScope> scopes = s.holderScopes();
    for (int i = 0; i < scopes.size(); i++) {
      HolderScope h = scopes.get(i);
      if (h == null || h.actor() == null) {
        continue;
      }
      String p = "/holderScopes/" + i + "/actor";
      int holder = s.holders().indexOf(h.actor());
      int first = firstScope(scopes, h.actor());
      if (holder < 0) {
        findings.accept(Finding.of(Rule.SCOPE_NOT_A_HOLDER, r.locator().locate(p),
                "the scope names '" + h.actor() + "', which is not a holder of stance '" + s.id()
                    + "' (holders: " + String.join(", ", names(s.holders())) + ")")
            .withPointer(r.pointer() + p).withRecord(r.key())
            .withHint("name the holder whose members the text means, or add '" + h.actor()
                + "' to \"holders\""));
      } else if (first < i) {
        Location earlier = r.locator().locate("/holderScopes/" + first + "/actor");
        findings.accept(Finding.of(Rule.SCOPE_NOT_A_HOLDER, r.locator().locate(p),
                "holder '" + h.actor() + "' is scoped twice; its first scope stands at " + earlier)
            .withPointer(r.pointer() + p).withRecord(r.key()).withRelated(List.of(earlier))
            .withHint("keep one scope per holder: the one the text says"));
      } else if (holders[holder] >= 0) {
        int kind = kinds.get(holders[holder]);
        if (kind > 0 && !isGroup(ActorKind.values()[kind - 1])) {
          findings.accept(nonGroup(r.locator().locate(p), r.pointer() + p, r.key(), h.actor(),
              ActorKind.values()[kind - 1]));
        }
      } else if (holders[holder] != StanceLifecycles.NONE) {
        deferred.add(new Deferred(slot, holders[holder], p));
        where.take(slot, r, p);
      }
    }
    List<String> targets = s.targets();
    for (int i = 0; i < targets.size(); i++) {
      String t = targets.get(i);
      if (t != null && s.holders().contains(t)) {
        String p = "/targets/" + i;
        findings.accept(Finding.of(Rule.TARGET_IS_HOLDER, r.locator().locate(p),
                "stance '" + s.id() + "' targets '" + t + "', one of its own holders")
            .withPointer(r.pointer() + p).withRecord(r.key())
            .withHint("a target is the actor the position is aimed at (whom it supports, opposes or"
                + " calls on); if the holder and the target were swapped, swap them back"));
      }
    }
  }

  /** The index of the first entry of {@code scopes} that names {@code actor}. */
  private static int firstScope(List<HolderScope> scopes, String actor) {
    for (int i = 0; i < scopes.size(); i++) {
      HolderScope h = scopes.get(i);
      if (h != null && actor.equals(h.actor())) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> names(List<String> holders) {
    List<String> out = new ArrayList<>();
    for (String h : holders) {
      if (h != null) {
        out.add("'" + h + "'");
      }
    }
    return out;
  }

  private static Finding nonGroup(Location at, String pointer, String record, String actor,
      ActorKind kind) {
    return Finding.of(Rule.SCOPE_ON_NON_GROUP, at,
            "a holder scope on '" + actor + "', of kind '" + kind.value() + "': only a group (a grouping, an"
                + " international or regional organization, an organ) has members for 'all', 'some'"
                + " or 'unspecified' to speak of")
        .withPointer(pointer).withRecord(record)
        .withHint("remove this scope, or put it on the group holder whose members the text means");
  }

  /** Checks the scopes of holders that were declared after their stance. */
  void finish(IntegrityIndex index) {
    RecordPlaces places = index.places(RecordType.STANCE);
    for (Deferred d : deferred) {
      int actor = index.canonical(RecordType.ACTOR, d.actor());
      int kind = actor < 0 ? 0 : kinds.get(actor);
      if (kind > 0 && !isGroup(ActorKind.values()[kind - 1])) {
        String record = RecordType.STANCE.singular() + ":" + index.table(RecordType.STANCE).name(d.stance());
        findings.accept(nonGroup(places.locate(d.stance(), d.pointer()),
            places.pointer(d.stance()) + d.pointer(), record, index.name(RecordType.ACTOR, actor),
            ActorKind.values()[kind - 1]));
      }
    }
  }
}
