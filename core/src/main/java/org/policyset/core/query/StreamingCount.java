package org.policyset.core.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Severity;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Event;
import org.policyset.core.model.Participant;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Stance;

/**
 * Counts the records that match a query while they are read, without holding them: the listener of
 * {@link Query#countWhileReading}.
 *
 * <p>A record is decided as it comes whenever it can be: always without {@code includeGroups} and
 * {@code includeSubtopics}, and with them whenever it names one of the ids given. The others wait
 * for the end, when every actor and topic is known and the groups and sub-topics can be expanded;
 * of those only the actor and topic ids are kept, as codes of an interning table. The actors,
 * topics and principles the filters name are kept to check the ids given (and suggest others). A
 * query with an as-of day needs every stance's lifecycle and cannot be counted so
 * ({@link #handles}).
 */
final class StreamingCount implements RecordListener {
  /** In {@link #pending}, in place of a filter's ids: the filter has already matched. */
  private static final int DECIDED = -1;

  private final QuerySpec spec;
  private final RecordFilter filter;
  private final List<Finding> errors = new ArrayList<>();
  private final List<PolicyRecord> resolving = new ArrayList<>();
  private final Set<RecordType> resolved = EnumSet.noneOf(RecordType.class);
  private final @Nullable Ids actorIds;
  private final @Nullable Ids topicIds;
  private final @Nullable Ids principleIds;
  private final boolean actorsGrow;
  private final boolean topicsGrow;
  private final Map<String, Integer> codes = new HashMap<>();
  /** Per waiting record: for the actor filter, then the topic filter, DECIDED or a length and codes. */
  private int[] pending = new int[0];
  private int size;
  private int count;

  /**
   * Whether a query can be counted while reading: all but one with an as-of day, a target or an
   * expressed-at filter can.
   */
  static boolean handles(QuerySpec spec) {
    // The target and expressed-at ids are checked against the dataset's actors and events.
    return spec.asOf() == null && spec.targets().isEmpty() && spec.expressedAt().isEmpty();
  }

  StreamingCount(QuerySpec spec) {
    if (!handles(spec)) {
      throw new IllegalArgumentException("a query with an as-of day, a target or an expressed-at filter cannot be counted while reading");
    }
    this.spec = spec;
    this.filter = new RecordFilter(spec);
    actorIds = Ids.of(spec.actors());
    topicIds = Ids.of(spec.topics());
    principleIds = Ids.of(spec.principles());
    actorsGrow = actorIds != null && spec.includeGroups();
    topicsGrow = topicIds != null && spec.includeSubtopics();
    if (actorIds != null) {
      resolved.add(RecordType.ACTOR);
    }
    if (topicIds != null) {
      resolved.add(RecordType.TOPIC);
    }
    if (principleIds != null) {
      resolved.add(RecordType.PRINCIPLE);
    }
  }

  @Override
  public void onRecord(ReadRecord record) {
    PolicyRecord r = record.value();
    if (r == null) {
      return;
    }
    RecordType t = r.recordType();
    if (resolved.contains(t)) {
      resolving.add(r);
    }
    if (t != spec.type() || !filter.matchesOwnFields(r)) {
      return;
    }
    // The actor, topic and principle filters apply to stances and events only.
    List<String> actors = null;
    List<String> topics = null;
    if (r instanceof Stance s) {
      if (principleIds != null && !principleIds.anyIn(s.principles())) {
        return;
      }
      actors = s.holders();
      topics = s.topic() == null ? List.of() : List.of(s.topic());
    } else if (r instanceof Event e) {
      if (actorIds != null) {
        actors = new ArrayList<>(e.actors().size());
        for (Participant p : e.actors()) {
          if (p != null) {
            actors.add(p.actor());
          }
        }
      }
      topics = e.topics();
    }
    boolean actorsOpen = actorIds != null && !actorIds.anyIn(actors);
    boolean topicsOpen = topicIds != null && !topicIds.anyIn(topics);
    if ((actorsOpen && !actorsGrow) || (topicsOpen && !topicsGrow)) {
      return;
    }
    if (!actorsOpen && !topicsOpen) {
      count++;
      return;
    }
    append(actorsOpen ? actors : null);
    append(topicsOpen ? topics : null);
  }

  @Override
  public void onFinding(Finding finding) {
    if (finding.severity() == Severity.ERROR) {
      errors.add(finding);
    }
  }

  /** The input, syntax and shape errors met so far, in reading order. */
  List<Finding> errors() {
    return errors;
  }

  private void append(@Nullable List<String> ids) {
    if (size + ids(ids) + 1 > pending.length) {
      pending = Arrays.copyOf(pending, Math.max(1024, Math.max(size + ids(ids) + 1, pending.length * 2)));
    }
    if (ids == null) {
      pending[size++] = DECIDED;
      return;
    }
    int at = size++;
    int n = 0;
    for (String id : ids) {
      if (id != null) {
        Integer code = codes.get(id);
        if (code == null) {
          code = codes.size();
          codes.put(id, code);
        }
        pending[size++] = code;
        n++;
      }
    }
    pending[at] = n;
  }

  private static int ids(@Nullable List<String> ids) {
    return ids == null ? 0 : ids.size();
  }

  /** The count, once every record is read; throws for an id that names no record. */
  int total() {
    if (resolved.isEmpty()) {
      return count;
    }
    IdResolution ids = new IdResolution(new Lookup(Dataset.of(null, resolving)));
    Set<String> actorSet = ids.actors(spec.actors(), spec.includeGroups());
    Set<String> topicSet = ids.topics(spec.topics(), spec.includeSubtopics());
    ids.principles(spec.principles());
    boolean[][] filters = {hits(actorSet), hits(topicSet)};
    int total = count;
    int i = 0;
    while (i < size) {
      boolean match = true;
      for (boolean[] hit : filters) {
        int n = pending[i++];
        if (n == DECIDED) {
          continue;
        }
        boolean any = false;
        for (int k = 0; k < n; k++) {
          any |= hit[pending[i + k]];
        }
        i += n;
        match &= any;
      }
      if (match) {
        total++;
      }
    }
    return total;
  }

  /** Which codes name an id of the set. */
  private boolean[] hits(@Nullable Set<String> set) {
    boolean[] hit = new boolean[codes.size()];
    if (set != null) {
      for (String id : set) {
        Integer code = codes.get(id);
        if (code != null) {
          hit[code] = true;
        }
      }
    }
    return hit;
  }

  /**
   * The ids given to a filter, tested against a record's: a few (the usual case) by comparing
   * strings, which needs no hash of the record's freshly read ids; more through a set.
   */
  private record Ids(String @Nullable [] few, @Nullable Set<String> many) {
    /** Returns the ids, or null when the filter is unset. */
    static @Nullable Ids of(List<String> ids) {
      if (ids.isEmpty()) {
        return null;
      }
      return ids.size() <= 8
          ? new Ids(ids.toArray(new String[0]), null)
          : new Ids(null, new HashSet<>(ids));
    }

    /** Whether one of {@code values} is an id of the filter; none when there are no values. */
    boolean anyIn(@Nullable List<String> values) {
      if (values == null) {
        return false;
      }
      if (many != null) {
        return RecordFilter.anyIn(values, many);
      }
      for (String v : values) {
        if (v != null) {
          for (String id : Objects.requireNonNull(few, "an Ids holds few or many")) {
            if (id.equals(v)) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }
}
