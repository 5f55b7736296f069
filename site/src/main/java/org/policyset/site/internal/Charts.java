package org.policyset.site.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diff.DatasetDiff;
import org.policyset.core.diff.FieldChange;
import org.policyset.core.diff.RecordChange;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Event;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.Position;
import org.policyset.core.model.Principle;
import org.policyset.core.model.PrincipleRelation;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.core.stats.DatasetStats;
import org.policyset.site.internal.Views.Legend;
import org.policyset.site.internal.Views.Part;

/** The overview and the three charts, each with the same data as a table. */
final class Charts {
  /** Actors and topics the matrix shows at most (those with the most stances). */
  static final int MATRIX_MAX = 40;
  /** Principles the map draws at most (those invoked by the most stances). */
  static final int MAP_MAX = 60;
  /** Rows of a table of changes, of a timeline table. */
  static final int TABLE_MAX = 2000;

  private final SiteIndex index;
  private final String dataset;

  Charts(SiteIndex index, String dataset) {
    this.index = index;
    this.dataset = dataset;
  }

  private Views.Page page(String title, String current) {
    return new Views.Page(title, "", current, dataset);
  }

  Views.Overview overview(@Nullable DatasetDiff since, @Nullable String sinceName) {
    List<Views.Row> manifest = new ArrayList<>();
    Manifest m = index.data.manifest();
    if (m != null) {
      manifest.add(new Views.Row("Id", List.of(Part.text(m.id()))));
      manifest.add(new Views.Row("Version", List.of(Part.text(m.version()))));
      manifest.add(new Views.Row("Licence", List.of(Part.text(m.license()))));
      manifest.add(new Views.Row("Schema version", List.of(Part.text(m.schemaVersion()))));
      if (m.description() != null) {
        manifest.add(new Views.Row("Description", List.of(Part.text(m.description()))));
      }
    } else {
      manifest.add(new Views.Row("Manifest", List.of(Part.text("none (the dataset has no manifest.json)"))));
    }
    DatasetStats st = DatasetStats.of(index.data);
    List<Views.Table> tables = new ArrayList<>();
    List<List<Part>> counts = new ArrayList<>();
    for (RecordType t : RecordType.values()) {
      int n = st.recordsPerType().getOrDefault(t.section(), 0);
      counts.add(List.of(Part.link(t.section(), "list/" + t.section() + "-1.html"), Part.text(Integer.toString(n))));
    }
    tables.add(new Views.Table("Records", List.of("Type", "Records"), counts, null));
    if (since != null) {
      tables.add(changes(since, sinceName));
    }
    tables.add(tally("Stances per position", "Position", st.stancesPerPosition(), null));
    tables.add(tally("Stances per actor (most first)", "Actor", st.stancesPerActor(), RecordType.ACTOR));
    tables.add(tally("Stances per topic (most first)", "Topic", st.stancesPerTopic(), RecordType.TOPIC));
    tables.add(tally("Stances per principle (most first)", "Principle", st.stancesPerPrinciple(), RecordType.PRINCIPLE));
    tables.add(tally("Events per year", "Year", st.eventsPerYear(), null));
    List<List<Part>> precision = new ArrayList<>();
    st.datePrecision().forEach(s -> precision.add(List.of(Part.text(s.precision()),
        Part.text(Integer.toString(s.count())), Part.text(String.format(java.util.Locale.ROOT, "%.1f%%", s.share() * 100)))));
    tables.add(new Views.Table("Dates known to the day, month or year", List.of("Precision", "Dates", "Share"), precision, null));
    List<List<Part>> spread = new ArrayList<>();
    st.sourcesPerRecord().forEach(s -> spread.add(List.of(Part.text(s.type()), Part.text(Integer.toString(s.records())),
        Part.text(Integer.toString(s.min())), Part.text(Integer.toString(s.max())),
        Part.text(String.format(java.util.Locale.ROOT, "%.2f", s.mean())))));
    tables.add(new Views.Table("Sources cited per record", List.of("Type", "Records", "Min", "Max", "Mean"), spread, null));
    tables.add(named("Principles no stance invokes", st.principlesWithoutStance(), RecordType.PRINCIPLE));
    tables.add(named("Topics no stance is about", st.topicsWithoutStance(), RecordType.TOPIC));
    tables.add(named("Actors that hold no stance", st.actorsWithoutStance(), RecordType.ACTOR));
    tables.removeIf(t -> t.rows().isEmpty());
    return new Views.Overview(page("Overview", "Overview"), manifest, tables);
  }

  private Views.Table changes(DatasetDiff diff, @Nullable String sinceName) {
    List<List<Part>> rows = new ArrayList<>();
    for (RecordChange c : diff.changes()) {
      if (rows.size() == TABLE_MAX) {
        break;
      }
      RecordType t = c.type();
      Part what = t == null ? Part.text("manifest")
          : c.kind() == RecordChange.Kind.REMOVED || index.find(t, c.id()) == null ? Part.text(t.singular() + " " + c.id())
          : Part.link(t.singular() + " " + c.id(), SiteIndex.path(t, c.id()));
      String fields = c.kind() == RecordChange.Kind.CHANGED
          ? String.join(", ", c.fields().stream().map(FieldChange::field).toList()) : "";
      rows.add(List.of(what, Part.text(c.kind().name().toLowerCase(java.util.Locale.ROOT)), Part.text(fields)));
    }
    String note = diff.isEmpty() ? "No record changed." : diff.changes().size() > TABLE_MAX
        ? "The first " + TABLE_MAX + " of " + diff.changes().size() + " changes; 'policyset diff' lists them all." : null;
    if (diff.isEmpty()) {
      rows.add(List.of(Part.text("nothing"), Part.text("unchanged"), Part.text("")));
    }
    return new Views.Table("Changes since " + (sinceName == null ? "the previous version" : sinceName),
        List.of("Record", "Change", "Fields changed"), rows, note);
  }

  private Views.Table tally(String heading, String what, List<DatasetStats.Tally> tallies, @Nullable RecordType type) {
    List<List<Part>> rows = new ArrayList<>();
    int shown = 0;
    for (DatasetStats.Tally t : tallies) {
      if (shown++ == 50) {
        break;
      }
      Part p = type == null ? Part.text(t.key()) : index.find(type, t.key()) != null
          ? Part.link(t.name() == null ? t.key() : t.name(), SiteIndex.path(type, t.key())) : Part.text(t.key());
      rows.add(List.of(p, Part.text(Integer.toString(t.count()))));
    }
    return new Views.Table(heading, List.of(what, "Stances"), rows,
        tallies.size() > 50 ? "The first 50 of " + tallies.size() + "." : null);
  }

  private Views.Table named(String heading, List<DatasetStats.Named> named, RecordType type) {
    List<List<Part>> rows = new ArrayList<>();
    for (DatasetStats.Named n : named.subList(0, Math.min(50, named.size()))) {
      rows.add(List.of(Part.link(n.name(), SiteIndex.path(type, n.id())), Part.text(n.id())));
    }
    return new Views.Table(heading, List.of("Name", "Id"), rows,
        named.size() > 50 ? "The first 50 of " + named.size() + "." : null);
  }

  Views.Chart timeline() {
    List<TimelineSvg.Mark> marks = new ArrayList<>();
    // Undated records (schema version 2: an event the text does not date, a stance whose attested
    // date is not a plain partial date) have no place on the axis: the chart's table lists them
    // after the dated ones, with their date as written or "undated".
    List<List<Part>> off = new ArrayList<>();
    for (Event e : index.data.events()) {
      if (e.date() == null) {
        off.add(List.of(Part.text("undated"), Part.text("event"),
            Part.link(RecordPages.shortTitle(e.title()), SiteIndex.path(RecordType.EVENT, e.id()))));
      }
      if (e.date() != null) {
        marks.add(new TimelineSvg.Mark("event", e.id(), e.title(), e.date(), SiteIndex.path(RecordType.EVENT, e.id()),
            SiteIndex.actors(e), String.join(" ", e.topics())));
      }
    }
    for (Stance s : index.data.stances()) {
      PartialDate d = SiteWriter.partialDate(s);
      if (d == null) {
        off.add(List.of(Part.text(s.attested() != null ? s.attested() + " (not drawn)" : "undated"),
            Part.text("stance"), Part.link(RecordPages.shortTitle(s.statement()), SiteIndex.path(RecordType.STANCE, s.id()))));
      }
      if (d != null) {
        marks.add(new TimelineSvg.Mark("stance", s.id(), s.statement(), d, SiteIndex.path(RecordType.STANCE, s.id()),
            s.holders(), s.topic()));
      }
    }
    marks.sort(Comparator.comparing((TimelineSvg.Mark k) -> k.date().start()).thenComparing(TimelineSvg.Mark::kind)
        .thenComparing(TimelineSvg.Mark::id));
    String svg = TimelineSvg.draw(marks);
    boolean aggregated = marks.size() > TimelineSvg.MAX_MARKS;
    List<List<Part>> rows = new ArrayList<>();
    if (aggregated) {   // the table of the chart: counts per month, and per year of dates known only to the year
      java.util.TreeMap<String, int[]> counts = new java.util.TreeMap<>();
      for (TimelineSvg.Mark k : marks) {
        String key = k.date().precision() == org.policyset.core.model.PartialDate.Precision.YEAR
            ? k.date().year() + " (known only to the year)" : k.date().toString().substring(0, 7);
        counts.computeIfAbsent(key, x -> new int[2])[k.kind().equals("event") ? 0 : 1]++;
      }
      counts.forEach((key, c) -> rows.add(List.of(Part.text(key), Part.text(Integer.toString(c[0])),
          Part.text(Integer.toString(c[1])))));
    } else {
      for (TimelineSvg.Mark k : marks) {
        rows.add(List.of(Part.text(k.date().toString()), Part.text(k.kind()),
            Part.link(RecordPages.shortTitle(k.label()), k.href())));
      }
    }
    String note = aggregated ? "The lists of events and stances hold every record, with its date." : null;
    if (!off.isEmpty()) {
      off.sort(Comparator.comparing((List<Part> r) -> r.get(1).text()).thenComparing(r -> r.get(2).text()));
      if (aggregated) {
        note = note + " " + off.size() + " records with no plain date are not drawn.";
      } else {
        rows.addAll(off);
        note = off.size() + " records with no plain date (undated, or a ranged date or one with unspecified"
            + " digits) are not drawn; they close the table.";
      }
    }
    List<List<Part>> filters = aggregated ? List.of() : List.of(
        index.data.actors().stream().map(a -> new Part(a.name(), a.id(), null)).toList(),
        index.data.topics().stream().map(t -> new Part(t.name(), t.id(), null)).toList());
    return new Views.Chart(page("Timeline", "Timeline"), "Timeline", aggregated
        ? "Events and stances counted per month (and, below each, those whose date is known only to the year, one year wide)."
        : "Every event and stance at its date. A date known to the day is a narrow solid mark; one known only "
            + "to the month is a month wide and one known only to the year a year wide, both lighter and dashed. "
            + "Each mark links to its record.",
        svg, aggregated ? List.of(new Legend("event", "events per month"), new Legend("stance", "stances per month"),
            new Legend("stance year", "known only to the year"))
            : List.of(new Legend("event day", "event, known to the day"), new Legend("stance day", "stance, known to the day"),
                new Legend("stance month", "known only to the month"), new Legend("stance year", "known only to the year")),
        aggregated ? List.of("Month", "Events", "Stances") : List.of("Date", "Kind", "Record"), rows, note, filters);
  }

  /** A stance's date as the matrix shows it: version 1's date, else the attested date, else "undated". */
  private static String when(Stance s) {
    return s.date() != null ? s.date().toString() : s.attested() != null ? s.attested().toString() : "undated";
  }

  /** For the author's own claims (schema version 2), whose claim it is. */
  private static String whose(Stance s) {
    org.policyset.core.model.Attribution a = s.attribution();
    return a == null || a == org.policyset.core.model.Attribution.STATED
        || a == org.policyset.core.model.Attribution.REPORTED ? "" : " (the author's " + a.value() + ")";
  }

  Views.Matrix matrix() {
    Map<String, Integer> perActor = new HashMap<>();
    Map<String, Integer> perTopic = new HashMap<>();
    for (Stance s : index.data.stances()) {
      s.holders().forEach(h -> perActor.merge(h, 1, Integer::sum));
      perTopic.merge(s.topic(), 1, Integer::sum);
    }
    List<Actor> actors = top(index.data.actors(), Actor::id, Actor::name, perActor);
    List<Topic> topics = top(index.data.topics(), Topic::id, Topic::name, perTopic);
    Map<String, Integer> column = new LinkedHashMap<>();
    topics.forEach(t -> column.put(t.id(), column.size()));
    Map<String, List<List<Views.Entry>>> cells = new LinkedHashMap<>();
    actors.forEach(a -> {
      List<List<Views.Entry>> row = new ArrayList<>();
      topics.forEach(t -> row.add(new ArrayList<>()));
      cells.put(a.id(), row);
    });
    for (Stance s : index.data.stances()) {
      Integer col = column.get(s.topic());
      if (col == null) {
        continue;
      }
      for (String h : s.holders()) {
        List<List<Views.Entry>> row = cells.get(h);
        if (row != null && row.get(col).size() < 12) {
          row.get(col).add(new Views.Entry(s.position().value(), SiteIndex.path(RecordType.STANCE, s.id()),
              index.reported(s), when(s) + ": " + RecordPages.shortTitle(s.statement()) + whose(s)));
        }
      }
    }
    List<Views.MatrixRow> rows = new ArrayList<>();
    actors.forEach(a -> rows.add(new Views.MatrixRow(Part.link(a.name(), SiteIndex.path(RecordType.ACTOR, a.id())),
        Objects.requireNonNull(cells.get(a.id())))));
    List<Legend> legend = new ArrayList<>();
    for (Position p : Position.values()) {
      legend.add(new Legend("p-" + p.value(), p.value()));
    }
    String note = index.data.actors().size() > MATRIX_MAX || index.data.topics().size() > MATRIX_MAX
        ? "The " + actors.size() + " actors and " + topics.size() + " topics holding the most stances, of "
            + index.data.actors().size() + " actors and " + index.data.topics().size() + " topics; every actor's "
            + "and topic's page lists all its stances. A cell shows at most 12 positions."
        : null;
    return new Views.Matrix(page("Stance matrix", "Stance matrix"),
        topics.stream().map(t -> Part.link(t.name(), SiteIndex.path(RecordType.TOPIC, t.id()))).toList(), rows, legend, note);
  }

  private static <T> List<T> top(List<T> all, java.util.function.Function<T, String> id,
      java.util.function.Function<T, String> name, Map<String, Integer> count) {
    return all.stream().filter(t -> count.containsKey(id.apply(t)))
        .sorted(Comparator.comparing((T t) -> -count.getOrDefault(id.apply(t), 0)).thenComparing(id))
        .limit(MATRIX_MAX).sorted(Comparator.comparing(name).thenComparing(id)).toList();
  }

  Views.Chart principleMap() {
    Map<String, Integer> invoked = new HashMap<>();
    for (Stance s : index.data.stances()) {
      s.principles().forEach(p -> invoked.merge(p, 1, Integer::sum));
    }
    List<Principle> drawn = index.data.principles().stream()
        .sorted(Comparator.comparing((Principle p) -> -invoked.getOrDefault(p.id(), 0) - 1000 * p.relations().size())
            .thenComparing(Principle::id))
        .limit(MAP_MAX).sorted(Comparator.comparing(Principle::name).thenComparing(Principle::id)).toList();
    Map<String, String> href = new HashMap<>();
    drawn.forEach(p -> href.put(p.id(), SiteIndex.path(RecordType.PRINCIPLE, p.id())));
    String svg = PrincipleMapSvg.draw(drawn, invoked, href);
    List<List<Part>> rows = new ArrayList<>();
    for (Principle p : index.data.principles()) {
      if (rows.size() == TABLE_MAX) {
        break;
      }
      List<String> rel = new ArrayList<>();
      for (PrincipleRelation r : p.relations()) {
        Principle to = (Principle) index.find(RecordType.PRINCIPLE, r.principle());
        rel.add(r.kind().value() + " " + (to == null ? r.principle() : to.name()));
      }
      rows.add(List.of(Part.link(p.name(), SiteIndex.path(RecordType.PRINCIPLE, p.id())),
          Part.text(String.join("; ", rel)), Part.text(Integer.toString(invoked.getOrDefault(p.id(), 0)))));
    }
    String note = index.data.principles().size() > MAP_MAX ? "The map draws the " + MAP_MAX
        + " principles with the most relations and stances, of " + index.data.principles().size() + "." : null;
    return new Views.Chart(page("Principle map", "Principle map"), "Principle map",
        "Each principle is a node, larger when more stances invoke it; each line a relation between two. "
            + "Each node links to the principle's page, which lists the stances invoking it.",
        svg, List.of(new Legend("edge-tension-with", "tension with"), new Legend("edge-reconciled-by", "reconciled by"),
            new Legend("edge-part-of", "part of (arrow to the whole)"), new Legend("edge-related-to", "related to")),
        List.of("Principle", "Relations", "Stances invoking it"), rows, note, List.of());
  }
}
