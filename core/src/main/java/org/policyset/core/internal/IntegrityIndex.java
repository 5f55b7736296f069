package org.policyset.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.model.Actor;
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

  private record Ref(RecordType target, String id, Location location, String pointer,
      String record, RecordType from, String fromId) {}

  private record StanceInfo(String id, List<String> holders, String topic, Position position,
      PartialDate date, PartialDate until, List<String> supersedes,
      String pointer, Location respondsToLocation, String respondsTo, Location untilLocation,
      Location positionLocation, List<Location> supersedesLocations) {}

  private final Map<RecordType, Map<String, Location>> ids = new EnumMap<>(RecordType.class);
  private final List<Ref> refs = new ArrayList<>();
  private final Map<String, PartialDate> eventDates = new HashMap<>();
  private final Map<String, StanceInfo> stances = new LinkedHashMap<>();
  private final Map<String, String> topicParent = new HashMap<>();
  private final Map<String, List<String>> memberOf = new HashMap<>();
  private final Consumer<Finding> findings;

  /** Creates an index that reports duplicate ids to {@code findings} as soon as it sees them. */
  public IntegrityIndex(Consumer<Finding> findings) {
    this.findings = findings;
    for (RecordType t : RecordType.values()) {
      ids.put(t, new HashMap<>());
    }
  }

  /** Returns the ids of a type seen so far, with where each was first declared. */
  public Map<String, Location> ids(RecordType type) {
    return ids.get(type);
  }

  /** Indexes one record. */
  public void accept(ReadRecord r) {
    if (r.id() == null) {
      return;
    }
    Location here = r.locator().locate("/id");
    Location first = ids.get(r.type()).putIfAbsent(r.id(), here);
    if (first != null) {
      findings.accept(Finding.of(Rule.DUPLICATE_ID, here,
              r.type().singular() + " id '" + r.id() + "' is already used at " + first)
          .withPointer(r.pointer() + "/id").withRecord(r.key())
          .withRelated(List.of(first))
          .withHint("rename one of them, or merge the two records ('policyset merge' reports how they differ)"));
      return;
    }
    if (r.value() == null) {
      return;
    }
    for (Reference ref : r.value().references()) {
      if (ref.id() != null) {
        refs.add(new Ref(ref.target(), ref.id(), r.locator().locate(ref.pointer()),
            r.pointer() + ref.pointer(), r.key(), r.type(), r.id()));
      }
    }
    if (r.value() instanceof Event e) {
      if (e.date() != null) {
        eventDates.put(e.id(), e.date());
      }
    } else if (r.value() instanceof Topic t) {
      if (t.parent() != null) {
        topicParent.put(t.id(), t.parent());
      }
    } else if (r.value() instanceof Actor a) {
      memberOf.put(a.id(), a.memberOf());
    } else if (r.value() instanceof Stance s) {
      List<Location> supersedesLocations = new ArrayList<>();
      for (int i = 0; i < s.supersedes().size(); i++) {
        supersedesLocations.add(r.locator().locate("/supersedes/" + i));
      }
      stances.put(s.id(), new StanceInfo(s.id(), s.holders(), s.topic(), s.position(), s.date(),
          s.until(), s.supersedes(), r.pointer(),
          r.locator().locate("/respondsTo"), s.respondsTo(), r.locator().locate("/until"),
          r.locator().locate("/position"), supersedesLocations));
    }
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
    stances.values().forEach(s -> supersedes.put(s.id(), s.supersedes()));
    checkCycles(RecordType.STANCE, supersedes, "supersedes");
    checkConflicts();
  }

  private static Map<String, List<String>> adjacency(Map<String, String> parent) {
    Map<String, List<String>> adj = new HashMap<>();
    parent.forEach((k, v) -> adj.put(k, List.of(v)));
    return adj;
  }

  private void checkReferences() {
    for (Ref ref : refs) {
      Map<String, Location> targets = ids.get(ref.target());
      if (targets.containsKey(ref.id())) {
        continue;
      }
      String hint = targets.size() <= 200_000 ? Hints.didYouMean(ref.id(), targets.keySet()) : null;
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
    for (StanceInfo s : stances.values()) {
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
        StanceInfo o = old == null ? null : stances.get(old);
        if (o != null && o.date() != null && s.date() != null && s.date().isBefore(o.date())) {
          findings.accept(Finding.of(Rule.SUPERSEDES_LATER_STANCE, s.supersedesLocations().get(i),
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
    Location loc = ids.get(type).getOrDefault(head, Location.ofFile("?"));
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
    for (StanceInfo s : stances.values()) {
      if (s.position() == null || s.date() == null || s.topic() == null) {
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
      list.sort(Comparator.comparing((StanceInfo s) -> s.date().start()).thenComparing(StanceInfo::id));
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
