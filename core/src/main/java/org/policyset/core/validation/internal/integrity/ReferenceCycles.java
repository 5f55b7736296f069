package org.policyset.core.validation.internal.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.model.RecordType;

/**
 * PS303 reference-cycle: topic parents, actor memberships or stance supersessions form a cycle. Each
 * is searched depth first from its ids in sorted order; a cycle is reported once, rotated to start
 * at its least id, at the reference from that id to the next.
 */
final class ReferenceCycles {
  private static final int NONE = StanceLifecycles.NONE;

  private final IntegrityIndex index;
  private final Consumer<Finding> findings;

  ReferenceCycles(IntegrityIndex index, Consumer<Finding> findings) {
    this.index = index;
    this.findings = findings;
  }

  /** Reports the cycles of topic parents, then of actor memberships, then of supersessions. */
  void check() {
    checkCycles(RecordType.TOPIC, adjacency(index.topicParents()), "parent");
    checkCycles(RecordType.ACTOR, index.memberships(), "memberOf");
    checkStanceCycles();
  }

  private static Map<String, List<String>> adjacency(Map<String, String> parent) {
    Map<String, List<String>> adj = new HashMap<>();
    parent.forEach((k, v) -> adj.put(k, List.of(v)));
    return adj;
  }

  /**
   * Checks the supersedes references for cycles. A depth-first search over slots first tells
   * whether there is any; only then are the ids made into strings and searched as the other types
   * are, so that the cycles reported, and their order, do not depend on the encoding.
   */
  private void checkStanceCycles() {
    int n = index.stances().size();
    byte[] state = new byte[n];
    StanceLifecycles.Cursor c = index.stances().cursor();
    int[] stack = new int[16];
    int[][] edges = new int[16][];
    int[] next = new int[16];
    boolean cycle = false;
    for (StanceLifecycles.Cursor s = index.stances().cursor(); s.hasNext() && !cycle; ) {
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
    IdTable stanceIds = index.table(RecordType.STANCE);
    for (StanceLifecycles.Cursor s = index.stances().cursor(); s.hasNext(); ) {
      s.next();
      if (s.bound && s.supersedesCount > 0) {
        List<String> to = new ArrayList<>();
        for (int i = 0; i < s.supersedesCount; i++) {
          int old = index.canonical(RecordType.STANCE, s.supersedes[i]);
          to.add(old == NONE ? null : index.name(RecordType.STANCE, old));
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
      int old = index.canonical(RecordType.STANCE, c.supersedes[i]);
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
      List<Iterator<String>> its = new ArrayList<>();
      path.add(start);
      its.add(sorted(edges.get(start)).iterator());
      state.put(start, 1);
      while (!path.isEmpty()) {
        Iterator<String> it = its.get(its.size() - 1);
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

  private static List<String> sorted(@Nullable Collection<String> c) {
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
    int headSlot = index.table(type).slot(head);
    Location loc = headSlot < 0 ? Location.ofFile("?") : index.places(type).locate(headSlot, "/id");
    if (type == RecordType.STANCE) {
      // The last of the head's supersedes references that names the next stance on the cycle.
      StanceLifecycles.Cursor c = index.stances().cursor().seek(headSlot);
      for (int i = c.supersedesCount - 1; i >= 0; i--) {
        int old = index.canonical(RecordType.STANCE, c.supersedes[i]);
        if (old != NONE && index.name(RecordType.STANCE, old).equals(rotated.get(1))) {
          loc = index.places(type).locate(headSlot, "/supersedes/" + i);
          break;
        }
      }
    } else {
      for (IntegrityIndex.Ref r : index.refs()) {
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
}
