package org.policyset.core.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Actor;
import org.policyset.core.model.CodedValue;
import org.policyset.core.model.Event;
import org.policyset.core.model.EventRelation;
import org.policyset.core.model.HolderScope;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.core.model.TopicRelation;
import org.policyset.core.query.RecordView.FieldValue;

/**
 * The fields of schema version 2 that {@code show} prints after the others, where a record sets
 * them: references with the label of the record they name ({@code om (Ostmark)}), events with
 * their date, relations as {@code KIND ID (LABEL)}. A field the query fields already show is not
 * shown twice; a version 1 record sets none, so its view is as before.
 */
final class Version2View {
  private Version2View() {}

  /** Appends the version 2 fields {@code record} sets to {@code fields}. */
  static void append(PolicyRecord record, Lookup lookup, List<FieldValue> fields) {
    Set<String> shown = new HashSet<>();
    fields.forEach(f -> shown.add(f.name()));
    List<FieldValue> added = new ArrayList<>();
    if (record instanceof Stance s) {
      List<String> scopes = new ArrayList<>();
      for (HolderScope h : s.holderScopes()) {
        if (h != null) {
          scopes.add(ref(lookup, RecordType.ACTOR, h.actor()) + ": " + code(h.scope()));
        }
      }
      add(added, "holderScopes", scopes);
      add(added, "strength", one(code(s.strength())));
      add(added, "attribution", one(code(s.attribution())));
      add(added, "reportedBy", refs(lookup, RecordType.SOURCE, s.reportedBy()));
      add(added, "voicedBy", refs(lookup, RecordType.ACTOR, s.voicedBy()));
      add(added, "attested", one(s.attested() == null ? null : s.attested().toString()));
      add(added, "inEffect", one(s.inEffect() == null ? null : s.inEffect().toString()));
      add(added, "expressedAt", s.expressedAt() == null ? List.of()
          : List.of(ref(lookup, RecordType.EVENT, s.expressedAt())));
      add(added, "targets", refs(lookup, RecordType.ACTOR, s.targets()));
    } else if (record instanceof Event e) {
      List<String> relations = new ArrayList<>();
      for (EventRelation r : e.relations()) {
        if (r != null) {
          relations.add(code(r.kind()) + " " + ref(lookup, RecordType.EVENT, r.event())
              + (r.within() == null ? "" : " within " + r.within()));
        }
      }
      add(added, "relations", relations);
    } else if (record instanceof Actor a) {
      add(added, "unnamed", Boolean.TRUE.equals(a.unnamed()) ? List.of("true") : List.of());
    } else if (record instanceof Topic t) {
      List<String> relations = new ArrayList<>();
      for (TopicRelation r : t.relations()) {
        if (r != null) {
          relations.add(code(r.kind()) + " " + ref(lookup, RecordType.TOPIC, r.topic()));
        }
      }
      add(added, "relations", relations);
    } else if (record instanceof Source s) {
      add(added, "authors", refs(lookup, RecordType.ACTOR, s.authors()));
      add(added, "language", one(s.language()));
    }
    for (FieldValue f : added) {
      if (!shown.contains(f.name())) {
        fields.add(f);
      }
    }
  }

  private static void add(List<FieldValue> out, String name, List<String> values) {
    if (!values.isEmpty()) {
      out.add(new FieldValue(name, values));
    }
  }

  private static List<String> one(@Nullable String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static List<String> refs(Lookup lookup, RecordType type, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      if (id != null) {
        out.add(ref(lookup, type, id));
      }
    }
    return out;
  }

  /** {@code ID (LABEL)}, an event's label followed by its date; {@code ID (not found)}. */
  private static String ref(Lookup lookup, RecordType type, @Nullable String id) {
    PolicyRecord r = id == null ? null : lookup.index(type).get(id);
    if (r == null) {
      return id + " (not found)";
    }
    String label = Lookup.label(r);
    if (r instanceof Event e && e.date() != null) {
      label = label + ", " + e.date();
    }
    return id + " (" + label + ")";
  }

  private static @Nullable String code(@Nullable CodedValue v) {
    return v == null ? null : v.value();
  }
}
