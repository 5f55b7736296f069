package org.policyset.core.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.CodedValue;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.Event;
import org.policyset.core.model.EventRelation;
import org.policyset.core.model.HolderScope;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.core.model.TopicRelation;

/**
 * The tables of a schema version 2 dataset: those of version 1, with the new single-valued fields
 * as columns added at the end of their table, a link table per new list, and the citations of
 * actors, topics and event and topic relations in {@code citations}. A version 1 export is not
 * touched (its files stay byte for byte as before).
 *
 * <table>
 *   <caption>what version 2 adds</caption>
 *   <tr><th>table</th><th>columns added or table added</th></tr>
 *   <tr><td>actors</td><td>unnamed ({@code true} or empty)</td></tr>
 *   <tr><td>stances</td><td>attribution, strength, attested, attestedStart, attestedEnd, inEffect,
 *       expressedAt</td></tr>
 *   <tr><td>sources</td><td>language</td></tr>
 *   <tr><td>citations</td><td>basis</td></tr>
 *   <tr><td>stance_holder_scopes</td><td>stance, ordinal, actor, scope</td></tr>
 *   <tr><td>stance_reported_by</td><td>stance, ordinal, source</td></tr>
 *   <tr><td>stance_voiced_by</td><td>stance, ordinal, actor</td></tr>
 *   <tr><td>stance_targets</td><td>stance, ordinal, actor</td></tr>
 *   <tr><td>event_relations</td><td>event, ordinal, related, kind, within</td></tr>
 *   <tr><td>topic_relations</td><td>topic, ordinal, related, kind</td></tr>
 *   <tr><td>source_authors</td><td>source, ordinal, actor</td></tr>
 * </table>
 *
 * <p>{@code attestedStart} and {@code attestedEnd} are the first and last possible day of the
 * attested date ({@link EdtfDate#lo()}, {@link EdtfDate#hi()}; empty on an open side);
 * {@code attested} and {@code inEffect} keep their EDTF text.
 */
final class Version2Tables {
  private Version2Tables() {}

  /** Returns the version 1 tables of {@code dataset} widened and followed as the class says. */
  static List<Table> extend(Dataset dataset, List<Table> tables) {
    Map<String, Table> byName = new LinkedHashMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    Map<String, PolicyRecord> stances = dataset.index(RecordType.STANCE);
    Map<String, PolicyRecord> actors = dataset.index(RecordType.ACTOR);
    Map<String, PolicyRecord> sources = dataset.index(RecordType.SOURCE);
    widen(byName, "actors", List.of("unnamed"), id -> actors.get(id) instanceof Actor a
        ? cells(Boolean.TRUE.equals(a.unnamed()) ? "true" : null) : cells((Object) null));
    widen(byName, "stances", List.of("attribution", "strength", "attested", "attestedStart",
        "attestedEnd", "inEffect", "expressedAt"), id -> {
          if (!(stances.get(id) instanceof Stance s)) {
            return cells(null, null, null, null, null, null, null);
          }
          EdtfDate a = s.attested();
          return cells(code(s.attribution()), code(s.strength()), a == null ? null : a.toString(),
              a == null ? null : day(a.lo()), a == null ? null : day(a.hi()),
              s.inEffect() == null ? null : s.inEffect().toString(), s.expressedAt());
        });
    widen(byName, "sources", List.of("language"),
        id -> cells(sources.get(id) instanceof Source s ? s.language() : null));

    Table citations = java.util.Objects.requireNonNull(byName.get("citations"));
    List<String> columns = new ArrayList<>(citations.columns());
    columns.add("basis");
    Map<String, Citation> cited = new HashMap<>();
    dataset.records().forEach(r -> pointers(r).forEach((p, c) -> cited.put(key(r.recordType().singular(), r.id(), p), c)));
    List<List<@Nullable Object>> rows = new ArrayList<>();
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (List<@Nullable Object> row : citations.rows()) {
      String k = key(row.get(0), row.get(1), row.get(2));
      listed.add(k);
      Citation c = cited.get(k);
      rows.add(append(row, c == null ? null : code(c.basis())));
    }
    for (RecordType type : List.of(RecordType.ACTOR, RecordType.TOPIC, RecordType.EVENT)) {
      for (PolicyRecord r : sorted(dataset.records(type))) {
        pointers(r).forEach((p, c) -> {
          if (!listed.contains(key(type.singular(), r.id(), p))) {
            int ordinal = Integer.parseInt(p.substring(p.lastIndexOf('/') + 1)) + 1;
            rows.add(Arrays.asList(type.singular(), r.id(), p, ordinal, c.source(), c.quote(),
                c.locator(), code(c.basis())));
          }
        });
      }
    }
    byName.put("citations", table("citations", columns, rows));

    List<Table> out = new ArrayList<>(byName.values());
    out.add(links(dataset));
    out.add(list("stance_reported_by", "source", dataset.stances(), Stance::reportedBy));
    out.add(list("stance_voiced_by", "actor", dataset.stances(), Stance::voicedBy));
    out.add(list("stance_targets", "actor", dataset.stances(), Stance::targets));
    List<List<@Nullable Object>> eventRelations = new ArrayList<>();
    for (Event e : sorted(dataset.events())) {
      for (int i = 0; i < e.relations().size(); i++) {
        EventRelation r = e.relations().get(i);
        if (r != null) {
          eventRelations.add(Arrays.asList(e.id(), i + 1, r.event(), code(r.kind()), r.within()));
        }
      }
    }
    out.add(table("event_relations", List.of("event", "ordinal", "related", "kind", "within"), eventRelations));
    List<List<@Nullable Object>> topicRelations = new ArrayList<>();
    for (Topic t : sorted(dataset.topics())) {
      for (int i = 0; i < t.relations().size(); i++) {
        TopicRelation r = t.relations().get(i);
        if (r != null) {
          topicRelations.add(Arrays.asList(t.id(), i + 1, r.topic(), code(r.kind())));
        }
      }
    }
    out.add(table("topic_relations", List.of("topic", "ordinal", "related", "kind"), topicRelations));
    out.add(list("source_authors", "actor", dataset.sources(), Source::authors));
    return out;
  }

  private static Table links(Dataset dataset) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Stance s : sorted(dataset.stances())) {
      for (int i = 0; i < s.holderScopes().size(); i++) {
        HolderScope h = s.holderScopes().get(i);
        if (h != null) {
          rows.add(Arrays.asList(s.id(), i + 1, h.actor(), code(h.scope())));
        }
      }
    }
    return table("stance_holder_scopes", List.of("stance", "ordinal", "actor", "scope"), rows);
  }

  private static <T extends PolicyRecord> Table list(String name, String column, List<T> records,
      java.util.function.Function<T, List<String>> values) {
    String owner = records.isEmpty() ? name.substring(0, name.indexOf('_')) : records.get(0).recordType().singular();
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (T r : sorted(records)) {
      List<String> v = values.apply(r);
      for (int i = 0; i < v.size(); i++) {
        if (v.get(i) != null) {
          rows.add(Arrays.asList(r.id(), i + 1, v.get(i)));
        }
      }
    }
    return table(name, List.of(owner, "ordinal", column), rows);
  }

  /** Every citation of a record by its JSON pointer, in the record's order. */
  private static Map<String, Citation> pointers(PolicyRecord r) {
    Map<String, Citation> m = new LinkedHashMap<>();
    add(m, "/sources", r instanceof Stance s ? s.sources() : r instanceof Event e ? e.sources()
        : r instanceof Principle p ? p.sources() : r instanceof Actor a ? a.sources()
        : r instanceof Topic t ? t.sources() : List.of());
    if (r instanceof Event e) {
      for (int i = 0; i < e.relations().size(); i++) {
        if (e.relations().get(i) != null) {
          add(m, "/relations/" + i + "/sources", e.relations().get(i).sources());
        }
      }
    } else if (r instanceof Topic t) {
      for (int i = 0; i < t.relations().size(); i++) {
        if (t.relations().get(i) != null) {
          add(m, "/relations/" + i + "/sources", t.relations().get(i).sources());
        }
      }
    } else if (r instanceof Principle p) {
      for (int i = 0; i < p.relations().size(); i++) {
        if (p.relations().get(i) != null) {
          add(m, "/relations/" + i + "/sources", p.relations().get(i).sources());
        }
      }
    }
    return m;
  }

  private static void add(Map<String, Citation> m, String pointer, List<Citation> citations) {
    for (int i = 0; i < citations.size(); i++) {
      if (citations.get(i) != null) {
        m.put(pointer + "/" + i, citations.get(i));
      }
    }
  }

  private static String key(@Nullable Object type, @Nullable Object id, @Nullable Object pointer) {
    return type + "\u0000" + id + "\u0000" + pointer;
  }

  private static void widen(Map<String, Table> byName, String name, List<String> added,
      java.util.function.Function<String, List<@Nullable Object>> cells) {
    Table t = java.util.Objects.requireNonNull(byName.get(name));
    List<String> columns = new ArrayList<>(t.columns());
    columns.addAll(added);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (List<@Nullable Object> row : t.rows()) {
      List<@Nullable Object> wide = new ArrayList<>(row);
      wide.addAll(cells.apply(String.valueOf(row.get(0))));
      rows.add(wide);
    }
    byName.put(name, table(name, columns, rows));
  }

  private static Table table(String name, List<String> columns, List<List<@Nullable Object>> rows) {
    return new Table(name, columns, columns.stream().map(TableExport::columnType).toList(), rows);
  }

  private static List<@Nullable Object> cells(@Nullable Object... values) {
    return Arrays.asList(values);
  }

  private static List<@Nullable Object> append(List<@Nullable Object> row, @Nullable Object value) {
    List<@Nullable Object> wide = new ArrayList<>(row);
    wide.add(value);
    return wide;
  }

  private static <T extends PolicyRecord> List<T> sorted(List<T> records) {
    List<T> copy = new ArrayList<>(records);
    copy.sort(Comparator.comparing(PolicyRecord::id, Comparator.nullsLast(Comparator.naturalOrder())));
    return copy;
  }

  private static @Nullable String code(@Nullable CodedValue v) {
    return v == null ? null : v.value();
  }

  private static @Nullable String day(@Nullable LocalDate d) {
    return d == null ? null : d.toString();
  }
}
