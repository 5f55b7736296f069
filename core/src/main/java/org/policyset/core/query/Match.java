package org.policyset.core.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Event;
import org.policyset.core.model.Participant;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.PrincipleRelation;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;

/**
 * One record a query matched, with its references resolved against the dataset the query ran on.
 *
 * <p>The reference fields of each record type are:
 * <table>
 *   <caption>reference fields</caption>
 *   <tr><th>type</th><th>fields</th></tr>
 *   <tr><td>stance</td><td>{@code holders} (actors), {@code topic}, {@code principles},
 *       {@code respondsTo} (event), {@code supersedes} and {@code supersededBy} (stances),
 *       {@code sources}</td></tr>
 *   <tr><td>event</td><td>{@code actors}, {@code topics}, {@code sources}</td></tr>
 *   <tr><td>actor</td><td>{@code memberOf} (actors)</td></tr>
 *   <tr><td>topic</td><td>{@code parent} (topic)</td></tr>
 *   <tr><td>principle</td><td>{@code related} (principles), {@code sources}</td></tr>
 *   <tr><td>source</td><td>none</td></tr>
 * </table>
 *
 * <p>{@code sources} lists each cited source once, in the order first cited; {@code supersededBy}
 * is derived from the {@code supersedes} lists of the other stances, earliest first.
 *
 * @since 0.1.0
 */
public final class Match {

  private static final Map<RecordType, List<String>> REFERENCE_FIELDS = Map.of(
      RecordType.STANCE,
      List.of("holders", "topic", "principles", "respondsTo", "supersedes", "supersededBy", "sources"),
      RecordType.EVENT, List.of("actors", "topics", "sources"),
      RecordType.ACTOR, List.of("memberOf"),
      RecordType.TOPIC, List.of("parent"),
      RecordType.PRINCIPLE, List.of("related", "sources"),
      RecordType.SOURCE, List.of());

  private final PolicyRecord record;
  private final Lookup lookup;

  Match(PolicyRecord record, Lookup lookup) {
    this.record = record;
    this.lookup = lookup;
  }

  /** {@return the matched record} */
  public PolicyRecord record() {
    return record;
  }

  /**
   * Returns the matched record as its own class.
   *
   * @param type the record class, such as {@code Stance.class}
   * @param <T> the record class
   * @return the record
   * @throws ClassCastException if the record is of another type
   */
  public <T extends PolicyRecord> T record(Class<T> type) {
    return type.cast(record);
  }

  /** {@return the record's type} */
  public RecordType type() {
    return record.recordType();
  }

  /** {@return the record's id} */
  public String id() {
    return record.id();
  }

  /**
   * Returns the names of the reference fields of a record type, in the order {@link #references()}
   * lists them.
   *
   * @param type the record type
   * @return the field names, such as {@code holders} and {@code topic} for stances
   */
  public static List<String> referenceFields(RecordType type) {
    return Objects.requireNonNull(REFERENCE_FIELDS.get(type), "every record type is listed");
  }

  /**
   * Returns the resolved references of one reference field.
   *
   * @param field a reference field of this record's type, such as {@code holders}
   * @return the references, in the record's order; empty if the field is empty
   * @throws IllegalArgumentException if the record type has no such reference field
   */
  public List<Resolved> references(String field) {
    if (record instanceof Stance s) {
      return stance(s, field);
    } else if (record instanceof Event e) {
      return event(e, field);
    } else if (record instanceof Actor a) {
      return single(field, "memberOf", RecordType.ACTOR, a.memberOf());
    } else if (record instanceof Topic t) {
      return single(field, "parent", RecordType.TOPIC,
          t.parent() == null ? List.of() : List.of(t.parent()));
    } else if (record instanceof Principle p) {
      return principle(p, field);
    }
    throw unknown(field);
  }

  /** {@return every reference field of this record with its resolved references, in field order} */
  public Map<String, List<Resolved>> references() {
    Map<String, List<Resolved>> all = new LinkedHashMap<>();
    for (String f : referenceFields(type())) {
      all.put(f, references(f));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * Returns the values of a field of this record, as text.
   *
   * @param field a field of this record's type; see {@link Field#all(RecordType)}
   * @return the values; empty when the record has none, one value for single-valued fields
   * @throws QueryException if the record type has no such field
   */
  public List<String> values(String field) {
    return Field.of(type(), field).values(this);
  }

  StanceLifecycle lifecycle() {
    return lookup.lifecycle();
  }

  /** {@return certain or possible as of the query's as-of period, or null} */
  @Nullable String certainty() {
    return lookup.certainty(record(Stance.class));
  }

  private List<Resolved> stance(Stance s, String field) {
    return switch (field) {
      case "holders" -> resolve(RecordType.ACTOR, s.holders());
      case "topic" -> resolve(RecordType.TOPIC, s.topic() == null ? List.of() : List.of(s.topic()));
      case "principles" -> resolve(RecordType.PRINCIPLE, s.principles());
      case "respondsTo" -> resolve(RecordType.EVENT,
          s.respondsTo() == null ? List.of() : List.of(s.respondsTo()));
      case "supersedes" -> resolve(RecordType.STANCE, s.supersedes());
      case "supersededBy" -> resolve(RecordType.STANCE, lookup.lifecycle().supersededBy(s.id()));
      case "sources" -> resolve(RecordType.SOURCE, sourceIds(s.citations()));
      default -> throw unknown(field);
    };
  }

  private List<Resolved> event(Event e, String field) {
    return switch (field) {
      case "actors" -> {
        List<String> ids = new ArrayList<>();
        for (Participant p : e.actors()) {
          if (p != null) {
            ids.add(p.actor());
          }
        }
        yield resolve(RecordType.ACTOR, ids);
      }
      case "topics" -> resolve(RecordType.TOPIC, e.topics());
      case "sources" -> resolve(RecordType.SOURCE, sourceIds(e.citations()));
      default -> throw unknown(field);
    };
  }

  private List<Resolved> principle(Principle p, String field) {
    return switch (field) {
      case "related" -> {
        List<String> ids = new ArrayList<>();
        for (PrincipleRelation r : p.relations()) {
          if (r != null) {
            ids.add(r.principle());
          }
        }
        yield resolve(RecordType.PRINCIPLE, ids);
      }
      case "sources" -> resolve(RecordType.SOURCE, sourceIds(p.citations()));
      default -> throw unknown(field);
    };
  }

  private List<Resolved> single(String field, String name, RecordType target, List<String> ids) {
    if (!field.equals(name)) {
      throw unknown(field);
    }
    return resolve(target, ids);
  }

  private IllegalArgumentException unknown(String field) {
    return new IllegalArgumentException(
        org.policyset.core.internal.text.Plural.article(type().singular())
            + " has no reference field '" + field + "'; it has " + REFERENCE_FIELDS.get(type()));
  }

  private List<Resolved> resolve(RecordType type, List<String> ids) {
    List<Resolved> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (id != null) {
        out.add(lookup.resolve(type, id));
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static List<String> sourceIds(List<Citation> citations) {
    Set<String> ids = new LinkedHashSet<>();
    for (Citation c : citations) {
      if (c != null && c.source() != null) {
        ids.add(c.source());
      }
    }
    return List.copyOf(ids);
  }

  @Override
  public String toString() {
    return type() + " " + id();
  }
}
