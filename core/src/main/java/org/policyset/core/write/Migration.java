package org.policyset.core.write;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.EdtfInterval;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.SchemaVersions;
import org.policyset.core.model.Stance;

/**
 * The mapping of records between schema version 1 and version 2 ({@code docs/model.md} §5.3): a
 * pure function of each record, needing no other record, so that it works file by file.
 *
 * <p>To version 2, a stance's {@code date} becomes {@code attested} (the same string) and its
 * {@code until} the end of {@code inEffect} ({@code "DATE/UNTIL"}, or {@code "DATE/.."} without
 * one: version 1 reads such a stance as in effect until superseded); it is {@code reported} by the
 * sources it cites ({@code reportedBy}: their distinct ids in order of first citation); holders
 * stay as they are, without {@code holderScopes}. The manifest's {@code schemaVersion} becomes
 * {@code "2"}. Every other record and field is unchanged: version 1 records of the other types are
 * version 2 records as they stand.
 *
 * <p>Back to version 1 is defined exactly for the records version 1 can say: a stance
 * {@code reported} by exactly the sources it cites, with a level 0 {@code attested} date and an
 * {@code inEffect} of {@code "ATTESTED/.."} or {@code "ATTESTED/UNTIL"}, and no record using a field
 * of version 2 only. {@link #toVersion1(Dataset)} names every record that does not fit.
 *
 * @since 0.7.0
 */
public final class Migration {
  private Migration() {}

  /**
   * What mapping a dataset back to version 1 gave: the dataset, if every record fits version 1,
   * else the records that do not and why.
   *
   * @param dataset the version 1 dataset, or null when some record cannot go back
   * @param problems one line per field that keeps a record from version 1, such as
   *     {@code "stance 'cn-ceasefire': strength: not in schema version 1"}; empty when
   *     {@code dataset} is set
   * @since 0.7.0
   */
  public record Reversal(@Nullable Dataset dataset, List<String> problems) {
    /**
     * Copies the list.
     *
     * @param dataset the version 1 dataset, or null when some record cannot go back
     * @param problems what keeps records from version 1
     */
    public Reversal {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Returns the version 2 form of a version 1 dataset: every stance mapped by
   * {@link #toVersion2(Stance)}, the manifest by {@link #toVersion2(Manifest)}, the rest unchanged.
   *
   * @param dataset a dataset read as version 1
   * @return the dataset in version 2
   */
  public static Dataset toVersion2(Dataset dataset) {
    List<Stance> stances = new ArrayList<>(dataset.stances().size());
    for (Stance s : dataset.stances()) {
      stances.add(toVersion2(s));
    }
    Manifest m = dataset.manifest();
    return new Dataset(m == null ? null : toVersion2(m), dataset.actors(), dataset.topics(),
        dataset.principles(), dataset.events(), stances, dataset.sources());
  }

  /**
   * Returns a manifest declaring schema version 2, its other fields unchanged.
   *
   * @param manifest the manifest
   * @return the manifest of version 2
   */
  public static Manifest toVersion2(Manifest manifest) {
    return new Manifest(manifest.id(), manifest.title(), manifest.version(), manifest.license(),
        String.valueOf(SchemaVersions.V2), manifest.description());
  }

  /**
   * Returns the version 2 form of a version 1 stance; a stance already without {@code date} and
   * {@code until} (of version 2) is returned as it is.
   *
   * @param stance a stance of version 1
   * @return the stance in version 2
   */
  public static Stance toVersion2(Stance stance) {
    PartialDate date = stance.date();
    PartialDate until = stance.until();
    if (stance.attribution() != null && date == null && until == null) {
      return stance;
    }
    EdtfDate attested = date == null ? null : EdtfDate.parse(date.toString());
    EdtfDate end = until == null ? null : EdtfDate.parse(until.toString());
    // A record read with errors may lack its date; it keeps what it has.
    EdtfInterval inEffect = attested == null && end == null ? null
        : new EdtfInterval(attested, false, end, end == null);
    return new Stance(stance.id(), stance.holders(), stance.holderScopes(), stance.topic(),
        stance.position(), stance.strength(), stance.statement(), Attribution.REPORTED,
        citedSources(stance.sources()), stance.voicedBy(), null, attested, inEffect,
        stance.expressedAt(), stance.respondsTo(), stance.targets(), stance.principles(),
        stance.sources(), null, stance.supersedes());
  }

  /** The version 1 date {@code d} is exactly (a level 0 date, without qualifiers), or null. */
  private static @Nullable PartialDate level0(@Nullable EdtfDate d) {
    if (d == null) {
      return null;
    }
    PartialDate p = d.partialDate();
    return p != null && p.toString().equals(d.toString()) ? p : null;
  }

  /** The distinct source ids of {@code citations}, in order of first citation. */
  private static List<String> citedSources(List<Citation> citations) {
    Set<String> ids = new LinkedHashSet<>();
    for (Citation c : citations) {
      if (c != null && c.source() != null) {
        ids.add(c.source());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Returns the version 1 form of a version 2 dataset, when every record fits version 1 once mapped
   * back; else no dataset and the problems, every record that cannot go back named.
   *
   * @param dataset a dataset read as version 2
   * @return the dataset of version 1, or what keeps records from it
   */
  public static Reversal toVersion1(Dataset dataset) {
    List<String> problems = new ArrayList<>();
    List<Stance> stances = new ArrayList<>(dataset.stances().size());
    for (Stance s : dataset.stances()) {
      Stance back = toVersion1(s, problems);
      if (back != null) {
        stances.add(back);
      }
    }
    for (RecordType t : RecordType.values()) {
      if (t == RecordType.STANCE) {
        continue;
      }
      for (PolicyRecord r : dataset.records(t)) {
        for (String p : SchemaVersions.problems(r, SchemaVersions.V1)) {
          problems.add(t.singular() + " '" + r.id() + "': " + p);
        }
      }
    }
    if (!problems.isEmpty()) {
      return new Reversal(null, problems);
    }
    Manifest m = dataset.manifest();
    Manifest back = m == null ? null : new Manifest(m.id(), m.title(), m.version(), m.license(),
        String.valueOf(SchemaVersions.V1), m.description());
    return new Reversal(new Dataset(back, dataset.actors(), dataset.topics(), dataset.principles(),
        dataset.events(), stances, dataset.sources()), List.of());
  }

  /**
   * Returns the version 1 form of a version 2 stance, or null after adding to {@code problems}
   * what keeps it from version 1.
   *
   * @param stance a stance of version 2
   * @param problems receives one line per field that keeps it from version 1
   * @return the stance of version 1, or null
   */
  public static @Nullable Stance toVersion1(Stance stance, List<String> problems) {
    String name = "stance '" + stance.id() + "': ";
    int before = problems.size();
    if (stance.attribution() != Attribution.REPORTED) {
      problems.add(name + "attribution: " + (stance.attribution() == null ? "missing"
          : "'" + stance.attribution().value() + "'")
          + "; version 1 stances are those reported by the sources they cite");
    } else if (!stance.reportedBy().equals(citedSources(stance.sources()))) {
      problems.add(name + "reportedBy: " + stance.reportedBy() + " is not the sources it cites, "
          + citedSources(stance.sources()) + ", in order of first citation");
    }
    EdtfDate attested = stance.attested();
    PartialDate date = level0(attested);
    if (attested == null) {
      problems.add(name + "attested: missing; version 1 requires a date");
    } else if (date == null) {
      problems.add(name + "attested: '" + attested + "' is not a version 1 date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    PartialDate until = null;
    EdtfInterval inEffect = stance.inEffect();
    if (inEffect == null) {
      problems.add(name + "inEffect: missing; version 1 reads a stance as in effect from its date until"
          + " superseded, which is 'ATTESTED/..'");
    } else if (inEffect.startOpen() || inEffect.start() == null
        || !Objects.equals(String.valueOf(inEffect.start()), String.valueOf(attested))) {
      problems.add(name + "inEffect: '" + inEffect + "' does not start on the attested date"
          + (attested == null ? "" : " '" + attested + "'"));
    } else if (!inEffect.endOpen()) {
      until = level0(inEffect.end());
      if (until == null) {
        problems.add(name + "inEffect: '" + inEffect + "' has an end that version 1 cannot write"
            + " (a version 1 'until' is YYYY, YYYY-MM or YYYY-MM-DD; an open end is '..')");
      }
    }
    Stance back = new Stance(stance.id(), stance.holders(), stance.holderScopes(), stance.topic(),
        stance.position(), stance.strength(), stance.statement(), null, List.of(),
        stance.voicedBy(), date, null, null, stance.expressedAt(), stance.respondsTo(),
        stance.targets(), stance.principles(), stance.sources(), until, stance.supersedes());
    for (String p : SchemaVersions.problems(back, SchemaVersions.V1)) {
      if (!p.startsWith("date: ")) {   // a missing date is reported above, with its reason
        problems.add(name + p);
      }
    }
    return problems.size() == before ? back : null;
  }
}
