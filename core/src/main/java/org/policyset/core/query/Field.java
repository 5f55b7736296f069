package org.policyset.core.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.text.Hints;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.CodedValue;
import org.policyset.core.model.Event;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Participant;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.PrincipleRelation;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;

/**
 * A named value of a matched record that queries select, sort and group by, such as a stance's
 * {@code date}, {@code position} or {@code holderNames}.
 *
 * <p>Every record type has its own fields ({@link #all(RecordType)}): the record's own properties
 * under their JSON names, plus derived ones — the resolved names and titles of referenced records
 * ({@code holderNames}, {@code topicName}, {@code sourceTitles}), {@code year}, the quotes of the
 * record's citations, and for stances {@code supersededBy} and {@code inEffectUntil}. A field is
 * either single-valued (at most one value) or multi-valued (a list, possibly empty); every value is
 * text: dates in their partial-date form, enumerated values in their JSON form.
 *
 * <p>Fields are immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class Field {

  /** What kind of values a field holds; it decides how the field sorts. */
  enum Kind { TEXT, DATE, LIST }

  private static final Map<RecordType, List<Field>> ALL = new EnumMap<>(RecordType.class);
  private static final Map<RecordType, List<String>> DEFAULTS = new EnumMap<>(RecordType.class);
  /**
   * {@code inEffectCertainty}: whether a stance is certainly or possibly in effect as of the
   * query's as-of period. Not among {@link #all} (a version 1 result stays as it was): named with
   * {@code fields}, or added to the default fields of an as-of query on a version 2 dataset.
   */
  static final Field IN_EFFECT_CERTAINTY = new Field(RecordType.STANCE, "inEffectCertainty",
      "certain or possible: whether the stance is certainly in effect as of the --as-of date, or "
          + "only possibly (schema version 2 dates); empty without --as-of",
      Kind.TEXT, Match::certainty);

  private final RecordType type;
  private final String name;
  private final String description;
  private final Kind kind;
  private final Function<Match, @Nullable Object> raw;

  private Field(RecordType type, String name, String description, Kind kind,
      Function<Match, @Nullable Object> raw) {
    this.type = type;
    this.name = name;
    this.description = description;
    this.kind = kind;
    this.raw = raw;
  }

  /** {@return the record type the field belongs to} */
  public RecordType type() {
    return type;
  }

  /** {@return the field name, such as {@code holderNames}} */
  public String name() {
    return name;
  }

  /** {@return a one-line description of the field} */
  public String description() {
    return description;
  }

  /** {@return whether the field holds a list of values rather than at most one} */
  public boolean multiValued() {
    return kind == Kind.LIST;
  }

  /**
   * Returns the field's values on a match.
   *
   * @param match a match of this field's record type
   * @return the values: at most one for a single-valued field
   * @throws IllegalArgumentException if the match is of another record type
   */
  @SuppressWarnings("unchecked")
  public List<String> values(Match match) {
    Object v = rawValue(match);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> list) {
      return (List<String>) list;
    }
    return List.of(v.toString());
  }

  /**
   * Returns the field's value on a match as one text: the single value, or the values of a
   * multi-valued field joined by {@code "; "}.
   *
   * @param match a match of this field's record type
   * @return the text, or null when the match has no value
   * @throws IllegalArgumentException if the match is of another record type
   */
  public @Nullable String text(Match match) {
    List<String> values = values(match);
    return values.isEmpty() ? null : String.join("; ", values);
  }

  private @Nullable Object rawValue(Match match) {
    if (match.type() != type) {
      throw new IllegalArgumentException(
          "field '" + name + "' belongs to " + type.section() + ", not to " + match.type().section());
    }
    return raw.apply(match);
  }

  /** Orders matches by this field, records without a value last in either direction. */
  Comparator<Match> comparator(boolean descending) {
    Comparator<Object> values = switch (kind) {
      case DATE -> (a, b) -> ((PartialDate) a).compareTo((PartialDate) b);
      case TEXT -> (a, b) -> compareText((String) a, (String) b);
      case LIST -> (a, b) -> compareText(String.join("; ", cast(a)), String.join("; ", cast(b)));
    };
    Comparator<Object> directed = descending ? values.reversed() : values;
    return (x, y) -> {
      Object a = empty(rawValue(x));
      Object b = empty(rawValue(y));
      if (a == null || b == null) {
        return a == null ? (b == null ? 0 : 1) : -1;
      }
      return directed.compare(a, b);
    };
  }

  private static @Nullable Object empty(@Nullable Object v) {
    return v instanceof List<?> l && l.isEmpty() ? null : v;
  }

  @SuppressWarnings("unchecked")
  private static List<String> cast(Object o) {
    return (List<String>) o;
  }

  private static int compareText(String a, String b) {
    int c = String.CASE_INSENSITIVE_ORDER.compare(a, b);
    return c != 0 ? c : a.compareTo(b);
  }

  /**
   * Returns every field of a record type, in a stable order that starts with {@code id}.
   *
   * @param type the record type
   * @return the fields
   */
  public static List<Field> all(RecordType type) {
    return allOf(type);
  }

  private static List<Field> allOf(RecordType type) {
    return Objects.requireNonNull(ALL.get(type), "every record type has fields");
  }

  /**
   * Returns the fields a table shows when none are chosen: a short, readable subset.
   *
   * @param type the record type
   * @return the fields
   */
  public static List<Field> defaults(RecordType type) {
    List<Field> out = new ArrayList<>();
    for (String n : Objects.requireNonNull(DEFAULTS.get(type), "every record type has default fields")) {
      out.add(of(type, n));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the field of a record type with a name.
   *
   * @param type the record type
   * @param name the field name, such as {@code date}
   * @return the field
   * @throws QueryException if the type has no such field; the hint suggests the nearest name or
   *     lists the fields
   */
  public static Field of(RecordType type, String name) {
    Objects.requireNonNull(type, "type");
    for (Field f : allOf(type)) {
      if (f.name.equals(name)) {
        return f;
      }
    }
    if (type == RecordType.STANCE && name.equals(IN_EFFECT_CERTAINTY.name)) {
      return IN_EFFECT_CERTAINTY;
    }
    List<String> names = new ArrayList<>();
    for (Field f : allOf(type)) {
      names.add(f.name);
    }
    String hint = Hints.didYouMean(name, names);
    throw new QueryException(
        type.section() + " have no field '" + name + "'",
        hint != null ? hint : type.section() + " have the fields " + String.join(", ", names));
  }

  /**
   * Returns the fields of a record type named in a list.
   *
   * @param type the record type
   * @param names the field names
   * @return the fields, in the order named
   * @throws QueryException if a name is not a field of the type
   */
  public static List<Field> of(RecordType type, List<String> names) {
    List<Field> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(of(type, n));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return type.singular() + "." + name;
  }

  // ---------------------------------------------------------------------------------------------
  // The catalogue.

  static {
    Catalogue<Stance> s = new Catalogue<>(RecordType.STANCE, Stance.class);
    s.text("id", "the stance id", Stance::id);
    s.date("date", "when the stance was taken or first attested", Stance::date);
    s.year("year", "the year of date", Stance::date);
    s.date("until", "when the stance ceased to be in effect, if recorded", Stance::until);
    s.ids("holders", "ids of the actors holding the stance", "holders");
    s.names("holderNames", "names of the holders", "holders");
    s.ids1("topic", "the topic id", "topic");
    s.names1("topicName", "the topic's name", "topic");
    s.text("position", "the position taken", x -> code(x.position()));
    s.text("statement", "what the holders hold", Stance::statement);
    s.ids("principles", "ids of the principles invoked", "principles");
    s.names("principleNames", "names of the principles invoked", "principles");
    s.ids1("respondsTo", "id of the event the stance responds to", "respondsTo");
    s.names1("respondsToTitle", "title of the event the stance responds to", "respondsTo");
    s.ids("supersedes", "ids of the stances this one replaces", "supersedes");
    s.ids("supersededBy", "ids of the stances that replace this one", "supersededBy");
    s.field("inEffectUntil", "last day in effect (from until and superseding stances); empty if open",
        Kind.DATE, m -> m.lifecycle().lastDay(m.record(Stance.class))
            .map(d -> (Object) PartialDate.of(d)).orElse(null));
    s.ids("sources", "ids of the cited sources", "sources");
    s.names("sourceTitles", "titles of the cited sources", "sources");
    s.list("quotes", "the quotes of the citations", x -> quotes(x.sources()));
    s.defaults("id", "date", "holderNames", "position", "topicName", "principleNames");

    Catalogue<Event> e = new Catalogue<>(RecordType.EVENT, Event.class);
    e.text("id", "the event id", Event::id);
    e.date("date", "when it happened", Event::date);
    e.year("year", "the year of date", Event::date);
    e.text("title", "the title", Event::title);
    e.text("type", "the event type", x -> code(x.type()));
    e.ids("actors", "ids of the actors that took part", "actors");
    e.names("actorNames", "names of the actors that took part", "actors");
    e.list("roles", "the role of each actor, in the order of actors", Field::roles);
    e.text("location", "where it happened", Event::location);
    e.text("summary", "what happened", Event::summary);
    e.ids("topics", "ids of the topics it concerns", "topics");
    e.names("topicNames", "names of the topics it concerns", "topics");
    e.ids("sources", "ids of the cited sources", "sources");
    e.names("sourceTitles", "titles of the cited sources", "sources");
    e.list("quotes", "the quotes of the citations", x -> quotes(x.sources()));
    e.defaults("id", "date", "type", "title", "actorNames");

    Catalogue<Actor> a = new Catalogue<>(RecordType.ACTOR, Actor.class);
    a.text("id", "the actor id", Actor::id);
    a.text("name", "the name", Actor::name);
    a.text("kind", "the kind of actor", x -> code(x.kind()));
    a.ids("memberOf", "ids of the actors it belongs to", "memberOf");
    a.names("memberOfNames", "names of the actors it belongs to", "memberOf");
    a.text("wikidata", "the Wikidata item id", Actor::wikidata);
    a.list("aliases", "other names", Actor::aliases);
    a.defaults("id", "name", "kind", "memberOfNames");

    Catalogue<Topic> t = new Catalogue<>(RecordType.TOPIC, Topic.class);
    t.text("id", "the topic id", Topic::id);
    t.text("name", "the name", Topic::name);
    t.ids1("parent", "id of the broader topic", "parent");
    t.names1("parentName", "name of the broader topic", "parent");
    t.text("description", "what the topic covers", Topic::description);
    t.defaults("id", "name", "parentName");

    Catalogue<Principle> p = new Catalogue<>(RecordType.PRINCIPLE, Principle.class);
    p.text("id", "the principle id", Principle::id);
    p.text("name", "the name", Principle::name);
    p.text("description", "what the principle means", Principle::description);
    p.ids("related", "ids of the related principles", "related");
    p.names("relatedNames", "names of the related principles", "related");
    p.list("relations", "each relation as KIND:PRINCIPLE, such as tension-with:solidarity",
        Field::relations);
    p.ids("sources", "ids of the cited sources", "sources");
    p.names("sourceTitles", "titles of the cited sources", "sources");
    p.list("quotes", "the quotes of the citations, relations' included", x -> quotes(x.citations()));
    p.defaults("id", "name", "description");

    Catalogue<Source> o = new Catalogue<>(RecordType.SOURCE, Source.class);
    o.text("id", "the source id", Source::id);
    o.text("title", "the title", Source::title);
    o.text("kind", "the kind of document", x -> code(x.kind()));
    o.text("author", "who wrote it", Source::author);
    o.text("publisher", "who published it", Source::publisher);
    o.date("published", "when it was published", Source::published);
    o.year("year", "the year of published", Source::published);
    o.text("url", "where it can be read", Source::url);
    o.text("symbol", "the document symbol", Source::symbol);
    o.text("text", "path of the archived text", Source::text);
    o.defaults("id", "published", "kind", "title");
  }

  private static @Nullable String code(@Nullable CodedValue v) {
    return v == null ? null : v.value();
  }

  private static List<String> quotes(List<Citation> citations) {
    List<String> out = new ArrayList<>();
    for (Citation c : citations) {
      if (c != null && c.quote() != null) {
        out.add(c.quote());
      }
    }
    return out;
  }

  private static List<String> roles(Event e) {
    List<String> out = new ArrayList<>();
    for (Participant p : e.actors()) {
      if (p != null && p.actor() != null) {
        out.add(p.role() == null ? "" : p.role().value());
      }
    }
    return out;
  }

  private static List<String> relations(Principle p) {
    List<String> out = new ArrayList<>();
    for (PrincipleRelation r : p.relations()) {
      if (r != null) {
        out.add(code(r.kind()) + ":" + r.principle());
      }
    }
    return out;
  }

  /** Adds the fields of one record type to the catalogue. */
  private static final class Catalogue<T extends PolicyRecord> {
    private final RecordType type;
    private final Class<T> javaType;
    private final List<Field> fields = new ArrayList<>();

    Catalogue(RecordType type, Class<T> javaType) {
      this.type = type;
      this.javaType = javaType;
    }

    void field(String name, String description, Kind kind, Function<Match, @Nullable Object> raw) {
      fields.add(new Field(type, name, description, kind, raw));
      ALL.put(type, Collections.unmodifiableList(new ArrayList<>(fields)));
    }

    void text(String name, String description, Function<T, String> get) {
      field(name, description, Kind.TEXT, m -> get.apply(m.record(javaType)));
    }

    void date(String name, String description, Function<T, PartialDate> get) {
      field(name, description, Kind.DATE, m -> get.apply(m.record(javaType)));
    }

    void year(String name, String description, Function<T, PartialDate> get) {
      field(name, description, Kind.TEXT, m -> {
        PartialDate d = get.apply(m.record(javaType));
        return d == null ? null : String.format("%04d", d.year());
      });
    }

    void list(String name, String description, Function<T, List<String>> get) {
      field(name, description, Kind.LIST, m -> nonNull(get.apply(m.record(javaType))));
    }

    void ids(String name, String description, String reference) {
      field(name, description, Kind.LIST, m -> {
        List<String> out = new ArrayList<>();
        m.references(reference).forEach(r -> out.add(r.id()));
        return List.copyOf(out);
      });
    }

    void names(String name, String description, String reference) {
      field(name, description + " (the id where it does not resolve)", Kind.LIST, m -> {
        List<String> out = new ArrayList<>();
        m.references(reference).forEach(r -> out.add(r.labelOrId()));
        return List.copyOf(out);
      });
    }

    void ids1(String name, String description, String reference) {
      field(name, description, Kind.TEXT, m -> {
        List<Resolved> refs = m.references(reference);
        return refs.isEmpty() ? null : refs.get(0).id();
      });
    }

    void names1(String name, String description, String reference) {
      field(name, description + " (the id where it does not resolve)", Kind.TEXT, m -> {
        List<Resolved> refs = m.references(reference);
        return refs.isEmpty() ? null : refs.get(0).labelOrId();
      });
    }

    void defaults(String... names) {
      DEFAULTS.put(type, List.of(names));
    }

    private static List<String> nonNull(List<String> values) {
      List<String> out = new ArrayList<>(values.size());
      for (String v : values) {
        if (v != null) {
          out.add(v);
        }
      }
      return List.copyOf(out);
    }
  }
}
