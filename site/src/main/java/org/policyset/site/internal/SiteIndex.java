package org.policyset.site.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Event;
import org.policyset.core.model.Participant;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.SourceKind;
import org.policyset.core.model.Stance;
import org.policyset.core.workflow.WorkflowException;

/**
 * The dataset's records by id, and who points at whom: what every page needs to link both ways.
 * A reference to a record the dataset does not hold stays text, never a broken link.
 */
final class SiteIndex {
  final Dataset data;
  private final Map<RecordType, Map<String, PolicyRecord>> byId = new java.util.EnumMap<>(RecordType.class);
  /** Records pointing at a record, by {@code type:id} of the record pointed at. */
  private final Map<String, List<PolicyRecord>> pointedAtBy = new HashMap<>();

  SiteIndex(Dataset data) {
    this.data = data;
    for (RecordType t : RecordType.values()) {
      Map<String, PolicyRecord> m = new HashMap<>();
      for (PolicyRecord r : data.records(t)) {
        if (m.putIfAbsent(r.id(), r) != null) {
          throw new WorkflowException(WorkflowException.Problem.REQUEST, "the dataset holds two "
              + t.singular() + "s with the id '" + r.id() + "', which would share one page: "
              + "'policyset validate' lists the duplicates; remove or rename one");
        }
      }
      byId.put(t, m);
    }
    data.records().forEach(r -> r.references().forEach(ref ->
        point(ref.target(), ref.id(), r)));
  }

  private void point(RecordType type, String id, PolicyRecord from) {
    List<PolicyRecord> list = pointedAtBy.computeIfAbsent(type.singular() + ":" + id, k -> new ArrayList<>(2));
    if (list.isEmpty() || list.get(list.size() - 1) != from) {
      list.add(from);
    }
  }

  @Nullable PolicyRecord find(RecordType type, String id) {
    return byId.getOrDefault(type, Map.of()).get(id);
  }

  /** {@return the records that point at the record, in dataset order} */
  List<PolicyRecord> pointingAt(RecordType type, String id) {
    return pointedAtBy.getOrDefault(type.singular() + ":" + id, List.of());
  }

  /** {@return the path of a record's page from the site's root} */
  static String path(RecordType type, String id) {
    return type.singular() + "/" + id + ".html";
  }

  /** {@return a link to the record, or its id as text when the dataset does not hold it} */
  Views.Part link(RecordType type, String id, String root) {
    PolicyRecord r = find(type, id);
    return r == null ? new Views.Part(id + " (not in the dataset)", null, "missing")
        : Views.Part.link(label(r), root + path(type, id));
  }

  /** {@return the name a record is shown by} */
  static String label(PolicyRecord r) {
    if (r instanceof org.policyset.core.model.Actor a) {
      return a.name();
    } else if (r instanceof org.policyset.core.model.Topic t) {
      return t.name();
    } else if (r instanceof Principle p) {
      return p.name();
    } else if (r instanceof Event e) {
      return e.title();
    } else if (r instanceof Stance s) {
      return s.statement();
    } else if (r instanceof Source s) {
      return s.title();
    }
    return r.id();
  }

  /**
   * {@return whether the stance is attributed only by others} In schema version 2 its
   * {@code attribution} says: {@code reported} is reported; {@code stated} is the holders' own
   * word, and the author's {@code analysis}, {@code proposal} or {@code prediction} is the author's
   * own. In version 1: none of its sources is the holders' own word (an official statement or UN
   * document).
   */
  boolean reported(Stance s) {
    if (s.attribution() != null) {
      return s.attribution() == org.policyset.core.model.Attribution.REPORTED;
    }
    for (Citation c : s.sources()) {
      if (find(RecordType.SOURCE, c.source()) instanceof Source src
          && (src.kind() == SourceKind.OFFICIAL_STATEMENT || src.kind() == SourceKind.UN_DOCUMENT)) {
        return false;
      }
    }
    return true;
  }

  /** {@return the actors an event's or a stance's page names} */
  static List<String> actors(PolicyRecord r) {
    if (r instanceof Stance s) {
      return s.holders();
    }
    if (r instanceof Event e) {
      return e.actors().stream().map(Participant::actor).toList();
    }
    return List.of();
  }
}
