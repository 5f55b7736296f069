package org.policyset.core.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.EdtfInterval;
import org.policyset.core.model.Event;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.SchemaVersions;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;

/**
 * Counts that describe a dataset: records per type; stances per actor, topic, principle and
 * position; events per year; how precise its dates are; how many sources records cite; and what no
 * stance touches.
 *
 * <p>Counts are direct: a stance counts for the actors that hold it, not for the groupings they
 * belong to, and for its own topic, not for the topic's parents. Lists of counts are ordered by
 * count, largest first, then by key — except {@code eventsPerYear}, which runs by year.
 * {@link StatsWriter} writes them as text or JSON.
 *
 * @param recordsPerType the number of records of each type, keyed by section name
 *     ({@code actors}, {@code topics}, …) in a fixed order
 * @param stancesPerActor stances per holder
 * @param stancesPerTopic stances per topic
 * @param stancesPerPrinciple stances per principle invoked
 * @param stancesPerPosition stances per position
 * @param eventsPerYear events per year of their date
 * @param datePrecision how many dates are known to the year, the month and the day: event and
 *     stance dates, stance {@code until} dates and source {@code published} dates (in version 2,
 *     the stance {@code attested} dates that name a year, month or day, qualified or not)
 * @param sourcesPerRecord the number of distinct sources cited per stance, event and principle
 * @param principlesWithoutStance principles no stance invokes
 * @param topicsWithoutStance topics no stance is about (directly)
 * @param actorsWithoutStance actors that hold no stance (directly)
 * @param version2 the counts of schema version 2's fields; null for a version 1 dataset
 * @since 0.1.0
 */
public record DatasetStats(
    Map<String, Integer> recordsPerType,
    List<Tally> stancesPerActor,
    List<Tally> stancesPerTopic,
    List<Tally> stancesPerPrinciple,
    List<Tally> stancesPerPosition,
    List<Tally> eventsPerYear,
    List<Share> datePrecision,
    List<Spread> sourcesPerRecord,
    List<Named> principlesWithoutStance,
    List<Named> topicsWithoutStance,
    List<Named> actorsWithoutStance,
    @Nullable Version2 version2) {

  /**
   * The counts of a schema version 2 dataset's new fields.
   *
   * @param stancesPerAttribution stances per {@code attribution} ({@code stated}, {@code reported},
   *     {@code analysis}, {@code proposal}, {@code prediction})
   * @param stancesPerReporter stances per source of {@code reportedBy}, named by the source's title
   * @param undatedStances stances with no date anywhere: no {@code attested}, no dated
   *     {@code expressedAt} event, no date in {@code inEffect} ({@code docs/model.md} §3.3)
   * @param undatedEvents events without a {@code date}
   * @since 0.7.0
   */
  public record Version2(List<Tally> stancesPerAttribution, List<Tally> stancesPerReporter,
      int undatedStances, int undatedEvents) {

    /**
     * Makes the lists immutable.
     *
     * @param stancesPerAttribution stances per attribution
     * @param stancesPerReporter stances per reporting source
     * @param undatedStances stances with no date anywhere
     * @param undatedEvents events without a date
     */
    public Version2 {
      stancesPerAttribution = List.copyOf(stancesPerAttribution);
      stancesPerReporter = List.copyOf(stancesPerReporter);
    }
  }

  /**
   * Creates the statistics of a version 1 dataset: the constructor of releases before 0.7.0.
   *
   * @param recordsPerType the number of records of each type, keyed by section name
   * @param stancesPerActor stances per holder
   * @param stancesPerTopic stances per topic
   * @param stancesPerPrinciple stances per principle invoked
   * @param stancesPerPosition stances per position
   * @param eventsPerYear events per year of their date
   * @param datePrecision how many dates are known to the year, the month and the day
   * @param sourcesPerRecord the number of distinct sources cited per stance, event and principle
   * @param principlesWithoutStance principles no stance invokes
   * @param topicsWithoutStance topics no stance is about (directly)
   * @param actorsWithoutStance actors that hold no stance (directly)
   * @since 0.1.0
   */
  public DatasetStats(Map<String, Integer> recordsPerType, List<Tally> stancesPerActor,
      List<Tally> stancesPerTopic, List<Tally> stancesPerPrinciple, List<Tally> stancesPerPosition,
      List<Tally> eventsPerYear, List<Share> datePrecision, List<Spread> sourcesPerRecord,
      List<Named> principlesWithoutStance, List<Named> topicsWithoutStance,
      List<Named> actorsWithoutStance) {
    this(recordsPerType, stancesPerActor, stancesPerTopic, stancesPerPrinciple, stancesPerPosition,
        eventsPerYear, datePrecision, sourcesPerRecord, principlesWithoutStance, topicsWithoutStance,
        actorsWithoutStance, null);
  }

  /**
   * A count for one key.
   *
   * @param key the id, position or year counted
   * @param name the name of the actor, topic or principle, or the title of the source; null for
   *     positions, attributions, years and ids that name no record
   * @param count the count
   * @since 0.1.0
   */
  public record Tally(String key, @Nullable String name, int count) {}

  /**
   * How many dates have one precision.
   *
   * @param precision {@code year}, {@code month} or {@code day}
   * @param count how many dates
   * @param share the count divided by the number of dates, 0 to 1; 0 when there are no dates
   * @since 0.1.0
   */
  public record Share(String precision, int count, double share) {}

  /**
   * How many distinct sources the records of one type cite.
   *
   * @param type {@code stance}, {@code event} or {@code principle}
   * @param records how many records of the type there are
   * @param min the fewest sources one record cites; 0 when there are no records
   * @param max the most sources one record cites; 0 when there are no records
   * @param mean the mean number of sources per record; 0 when there are no records
   * @since 0.1.0
   */
  public record Spread(String type, int records, int min, int max, double mean) {}

  /**
   * A record named by id and name.
   *
   * @param id the id
   * @param name the name
   * @since 0.1.0
   */
  public record Named(String id, String name) {}

  /**
   * Makes the collections immutable.
   *
   * @param recordsPerType the number of records of each type, keyed by section name
   *     ({@code actors}, {@code topics}, …) in a fixed order
   * @param stancesPerActor stances per holder
   * @param stancesPerTopic stances per topic
   * @param stancesPerPrinciple stances per principle invoked
   * @param stancesPerPosition stances per position
   * @param eventsPerYear events per year of their date
   * @param datePrecision how many dates are known to the year, the month and the day: event and
   *     stance dates, stance {@code until} dates and source {@code published} dates
   * @param sourcesPerRecord the number of distinct sources cited per stance, event and principle
   * @param principlesWithoutStance principles no stance invokes
   * @param topicsWithoutStance topics no stance is about (directly)
   * @param actorsWithoutStance actors that hold no stance (directly)
   * @param version2 the counts of schema version 2's fields; null for a version 1 dataset
   */
  public DatasetStats {
    recordsPerType = Collections.unmodifiableMap(new LinkedHashMap<>(recordsPerType));
    stancesPerActor = List.copyOf(stancesPerActor);
    stancesPerTopic = List.copyOf(stancesPerTopic);
    stancesPerPrinciple = List.copyOf(stancesPerPrinciple);
    stancesPerPosition = List.copyOf(stancesPerPosition);
    eventsPerYear = List.copyOf(eventsPerYear);
    datePrecision = List.copyOf(datePrecision);
    sourcesPerRecord = List.copyOf(sourcesPerRecord);
    principlesWithoutStance = List.copyOf(principlesWithoutStance);
    topicsWithoutStance = List.copyOf(topicsWithoutStance);
    actorsWithoutStance = List.copyOf(actorsWithoutStance);
  }

  /**
   * Computes the statistics of a dataset.
   *
   * @param dataset the dataset
   * @return the statistics
   */
  public static DatasetStats of(Dataset dataset) {
    Map<String, Integer> perType = new LinkedHashMap<>();
    for (RecordType t : RecordType.values()) {
      perType.put(t.section(), dataset.records(t).size());
    }
    Map<String, Integer> byActor = new HashMap<>();
    Map<String, Integer> byTopic = new HashMap<>();
    Map<String, Integer> byPrinciple = new HashMap<>();
    Map<String, Integer> byPosition = new HashMap<>();
    for (Stance s : dataset.stances()) {
      for (String h : new LinkedHashSet<>(s.holders())) {
        if (h != null) {
          byActor.merge(h, 1, Integer::sum);
        }
      }
      if (s.topic() != null) {
        byTopic.merge(s.topic(), 1, Integer::sum);
      }
      for (String p : new LinkedHashSet<>(s.principles())) {
        if (p != null) {
          byPrinciple.merge(p, 1, Integer::sum);
        }
      }
      if (s.position() != null) {
        byPosition.merge(s.position().value(), 1, Integer::sum);
      }
    }
    Map<String, Integer> byYear = new TreeMap<>();
    for (Event e : dataset.events()) {
      if (e.date() != null) {
        byYear.merge(String.format("%04d", e.date().year()), 1, Integer::sum);
      }
    }
    List<Tally> years = new ArrayList<>();
    byYear.forEach((y, n) -> years.add(new Tally(y, null, n)));

    Map<String, PolicyRecord> actors = dataset.index(RecordType.ACTOR);
    Map<String, PolicyRecord> topics = dataset.index(RecordType.TOPIC);
    Map<String, PolicyRecord> principles = dataset.index(RecordType.PRINCIPLE);
    return new DatasetStats(
        perType,
        tallies(byActor, actors),
        tallies(byTopic, topics),
        tallies(byPrinciple, principles),
        tallies(byPosition, Map.of()),
        years,
        precision(dataset),
        List.of(spread(RecordType.STANCE, dataset.stances()), spread(RecordType.EVENT, dataset.events()),
            spread(RecordType.PRINCIPLE, dataset.principles())),
        without(dataset.principles(), byPrinciple.keySet()),
        without(dataset.topics(), byTopic.keySet()),
        without(dataset.actors(), byActor.keySet()),
        SchemaVersions.of(dataset) == SchemaVersions.V2 ? version2(dataset) : null);
  }

  private static Version2 version2(Dataset dataset) {
    Map<String, Integer> byAttribution = new HashMap<>();
    Map<String, Integer> byReporter = new HashMap<>();
    Map<String, PolicyRecord> events = dataset.index(RecordType.EVENT);
    int undatedStances = 0;
    for (Stance s : dataset.stances()) {
      if (s.attribution() != null) {
        byAttribution.merge(s.attribution().value(), 1, Integer::sum);
      }
      for (String r : new LinkedHashSet<>(s.reportedBy())) {
        if (r != null) {
          byReporter.merge(r, 1, Integer::sum);
        }
      }
      if (undated(s, events)) {
        undatedStances++;
      }
    }
    int undatedEvents = (int) dataset.events().stream().filter(e -> e.date() == null).count();
    return new Version2(tallies(byAttribution, Map.of()), tallies(byReporter, dataset.index(RecordType.SOURCE)),
        undatedStances, undatedEvents);
  }

  /** Whether a stance has no date anywhere (docs/model.md §3.3). */
  private static boolean undated(Stance s, Map<String, PolicyRecord> events) {
    if (s.attested() != null) {
      return false;
    }
    if (s.expressedAt() != null && events.get(s.expressedAt()) instanceof Event e && e.date() != null) {
      return false;
    }
    EdtfInterval in = s.inEffect();
    return in == null || in.start() == null && in.end() == null;
  }

  private static List<Tally> tallies(Map<String, Integer> counts, Map<String, PolicyRecord> index) {
    List<Tally> out = new ArrayList<>();
    counts.forEach((k, n) -> {
      PolicyRecord r = index.get(k);
      out.add(new Tally(k, r == null ? null : name(r), n));
    });
    out.sort(Comparator.comparingInt(Tally::count).reversed().thenComparing(Tally::key));
    return out;
  }

  private static List<Share> precision(Dataset dataset) {
    List<PartialDate> dates = new ArrayList<>();
    for (Event e : dataset.events()) {
      dates.add(e.date());
    }
    for (Stance s : dataset.stances()) {
      dates.add(s.date());
      dates.add(s.until());
      if (s.attested() != null) {
        // A version 2 date counts when it names a year, month or day (qualified with ?, ~ or % too).
        dates.add(s.attested().partialDate());
      }
    }
    for (Source s : dataset.sources()) {
      dates.add(s.published());
    }
    int[] counts = new int[PartialDate.Precision.values().length];
    int total = 0;
    for (PartialDate d : dates) {
      if (d != null) {
        counts[d.precision().ordinal()]++;
        total++;
      }
    }
    List<Share> out = new ArrayList<>();
    for (PartialDate.Precision p : PartialDate.Precision.values()) {
      int n = counts[p.ordinal()];
      out.add(new Share(p.name().toLowerCase(java.util.Locale.ROOT), n, total == 0 ? 0 : (double) n / total));
    }
    return out;
  }

  private static Spread spread(RecordType type, List<? extends PolicyRecord> records) {
    if (records.isEmpty()) {
      return new Spread(type.singular(), 0, 0, 0, 0);
    }
    int min = Integer.MAX_VALUE;
    int max = 0;
    long sum = 0;
    for (PolicyRecord r : records) {
      Set<String> ids = new HashSet<>();
      for (Citation c : r.citations()) {
        if (c != null && c.source() != null) {
          ids.add(c.source());
        }
      }
      min = Math.min(min, ids.size());
      max = Math.max(max, ids.size());
      sum += ids.size();
    }
    return new Spread(type.singular(), records.size(), min, max, (double) sum / records.size());
  }

  private static List<Named> without(List<? extends PolicyRecord> records, Set<String> used) {
    List<Named> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PolicyRecord r : records) {
      if (r.id() != null && !used.contains(r.id()) && seen.add(r.id())) {
        out.add(new Named(r.id(), name(r)));
      }
    }
    out.sort(Comparator.comparing(Named::id));
    return out;
  }

  private static String name(PolicyRecord r) {
    if (r instanceof Actor a) {
      return a.name();
    } else if (r instanceof Topic t) {
      return t.name();
    } else if (r instanceof Source s) {
      return s.title();
    }
    return ((Principle) r).name();
  }
}
