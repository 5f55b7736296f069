package org.policyset.core.query;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Event;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;

/** The id indexes and stance lifecycle one query run resolves references against. */
final class Lookup {
  private final Map<RecordType, Map<String, PolicyRecord>> byType = new EnumMap<>(RecordType.class);
  private final StanceLifecycle lifecycle;
  /** The period of the query's as-of filter, for a stance's certainty; null without one. */
  private final @Nullable PartialDate asOf;

  Lookup(Dataset dataset) {
    this(dataset, null);
  }

  Lookup(Dataset dataset, @Nullable PartialDate asOf) {
    this.asOf = asOf;
    for (RecordType t : RecordType.values()) {
      byType.put(t, dataset.index(t));
    }
    lifecycle = StanceLifecycle.of(dataset);
  }

  Map<String, PolicyRecord> index(RecordType type) {
    return Objects.requireNonNull(byType.get(type), "every record type is indexed");
  }

  StanceLifecycle lifecycle() {
    return lifecycle;
  }

  /**
   * Whether a stance is certainly or only possibly in effect as of the query's as-of period:
   * {@code certain}, {@code possible}, or null when the query has no as-of filter or the stance is
   * not in effect then.
   */
  @Nullable String certainty(Stance s) {
    if (asOf == null) {
      return null;
    }
    if (lifecycle.certainlyInEffectDuring(s, asOf)) {
      return "certain";
    }
    return lifecycle.inEffectDuring(s, asOf) ? "possible" : null;
  }

  Resolved resolve(RecordType type, String id) {
    PolicyRecord r = id == null ? null : index(type).get(id);
    return new Resolved(type, id, r == null ? null : label(r));
  }

  /** The name of an actor, topic or principle, the title of an event or source, a stance's statement. */
  static String label(PolicyRecord r) {
    if (r instanceof Actor a) {
      return a.name();
    } else if (r instanceof Topic t) {
      return t.name();
    } else if (r instanceof Principle p) {
      return p.name();
    } else if (r instanceof Event e) {
      return e.title();
    } else if (r instanceof Stance s) {
      return s.statement();
    } else {
      return ((Source) r).title();
    }
  }
}
