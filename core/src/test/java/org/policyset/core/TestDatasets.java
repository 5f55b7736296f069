package org.policyset.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.policyset.core.model.Actor;
import org.policyset.core.model.ActorKind;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Event;
import org.policyset.core.model.EventType;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Participant;
import org.policyset.core.model.ParticipantRole;
import org.policyset.core.model.Position;
import org.policyset.core.model.Principle;
import org.policyset.core.model.PrincipleRelation;
import org.policyset.core.model.RelationKind;
import org.policyset.core.model.Source;
import org.policyset.core.model.SourceKind;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;

/** Valid datasets of every record type, generated deterministically from a seed. */
public final class TestDatasets {
  private TestDatasets() {}

  /** Returns a valid dataset of roughly {@code size} records per type. */
  public static Dataset random(long seed, int size) {
    Random r = new Random(seed);
    List<Source> sources = new ArrayList<>();
    int ns = 1 + r.nextInt(size);
    for (int i = 0; i < ns; i++) {
      sources.add(new Source("src-" + i, "Source \"" + i + "\" – ünïcode ✓", pick(r, SourceKind.values()),
          r.nextBoolean() ? "Author " + i : null, r.nextBoolean() ? "Publisher" : null,
          r.nextBoolean() ? date(r) : null, r.nextBoolean() ? "https://example.org/" + i : null,
          r.nextBoolean() ? "S/RES/" + i + " (2023)" : null, null));
    }
    List<Actor> actors = new ArrayList<>();
    int na = 1 + r.nextInt(size);
    for (int i = 0; i < na; i++) {
      List<String> memberOf = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        if (r.nextInt(4) == 0) {
          memberOf.add("actor-" + j);
        }
      }
      actors.add(new Actor("actor-" + i, "Actor " + i, pick(r, ActorKind.values()), memberOf,
          r.nextBoolean() ? "Q" + (1 + r.nextInt(100000)) : null,
          r.nextBoolean() ? List.of("Alias " + i) : List.of()));
    }
    List<Topic> topics = new ArrayList<>();
    int nt = 1 + r.nextInt(size);
    for (int i = 0; i < nt; i++) {
      topics.add(new Topic("topic-" + i, "Topic " + i,
          i > 0 && r.nextBoolean() ? "topic-" + r.nextInt(i) : null,
          r.nextBoolean() ? "About topic " + i + ".\nSecond line." : null));
    }
    List<Principle> principles = new ArrayList<>();
    int np = 1 + r.nextInt(size);
    for (int i = 0; i < np; i++) {
      List<PrincipleRelation> rel = new ArrayList<>();
      if (i > 0 && r.nextBoolean()) {
        rel.add(new PrincipleRelation("principle-" + r.nextInt(i), pick(r, RelationKind.values()),
            r.nextBoolean() ? List.of(cite(r, ns)) : List.of()));
      }
      principles.add(new Principle("principle-" + i, "Principle " + i,
          r.nextBoolean() ? "Means " + i : null, rel, List.of(cite(r, ns))));
    }
    List<Event> events = new ArrayList<>();
    int ne = 1 + r.nextInt(size);
    for (int i = 0; i < ne; i++) {
      events.add(new Event("event-" + i, "Event " + i, date(r), pick(r, EventType.values()),
          r.nextBoolean() ? List.of(new Participant("actor-" + r.nextInt(na), pick(r, ParticipantRole.values())))
              : List.of(),
          r.nextBoolean() ? "New York" : null, r.nextBoolean() ? "Summary " + i : null,
          r.nextBoolean() ? List.of("topic-" + r.nextInt(nt)) : List.of(), List.of(cite(r, ns))));
    }
    List<Stance> stances = new ArrayList<>();
    int nst = 1 + r.nextInt(size);
    for (int i = 0; i < nst; i++) {
      // One topic per stance keeps generated stances free of conflicting positions.
      stances.add(new Stance("stance-" + i, List.of("actor-" + r.nextInt(na)), "topic-" + r.nextInt(nt),
          Position.SUPPORTS, "Statement " + i + " with “quotes”.", PartialDate.parse("2020"),
          null, r.nextBoolean() ? List.of("principle-" + r.nextInt(np)) : List.of(),
          List.of(cite(r, ns)), r.nextBoolean() ? PartialDate.parse("2030") : null, List.of()));
    }
    Manifest manifest = new Manifest("test-" + Long.toUnsignedString(seed), "Test dataset " + seed, "1.0.0", "CC0-1.0", "1", null);
    // Make every source cited.
    List<Event> citing = new ArrayList<>(events);
    for (int i = 0; i < ns; i++) {
      citing.add(new Event("cites-" + i, "Citing " + i, PartialDate.parse("2024-02-29"),
          EventType.STATEMENT, List.of(), null, null, List.of(),
          List.of(new Citation("src-" + i, null, "p. " + i))));
    }
    // Make every actor, topic and principle referred to (PS308), without drawing on r: the records
    // above stay what they were for every seed.
    List<Participant> everyone = new ArrayList<>();
    for (int i = 0; i < na; i++) {
      everyone.add(new Participant("actor-" + i, ParticipantRole.values()[0]));
    }
    List<String> everyTopic = new ArrayList<>();
    for (int i = 0; i < nt; i++) {
      everyTopic.add("topic-" + i);
    }
    citing.add(new Event("names-all", "Naming every actor and topic", PartialDate.parse("2024"),
        EventType.STATEMENT, everyone, null, null, everyTopic,
        List.of(new Citation("src-0", null, null))));
    List<String> everyPrinciple = new ArrayList<>();
    for (int i = 0; i < np; i++) {
      everyPrinciple.add("principle-" + i);
    }
    List<Stance> naming = new ArrayList<>(stances);
    naming.add(new Stance("names-all", List.of("actor-0"), "topic-0", Position.SUPPORTS,
        "Invoking every principle.", PartialDate.parse("2020"), null, everyPrinciple,
        List.of(new Citation("src-0", null, null)), null, List.of()));
    return new Dataset(manifest, actors, topics, principles, citing, naming, sources);
  }

  private static Citation cite(Random r, int ns) {
    return new Citation("src-" + r.nextInt(ns), r.nextBoolean() ? "Quote " + r.nextInt(1000) : null,
        r.nextBoolean() ? "para. " + (1 + r.nextInt(20)) : null);
  }

  private static PartialDate date(Random r) {
    int y = 1990 + r.nextInt(40);
    return switch (r.nextInt(3)) {
      case 0 -> PartialDate.parse(String.valueOf(y));
      case 1 -> PartialDate.parse(String.format("%04d-%02d", y, 1 + r.nextInt(12)));
      default -> PartialDate.parse(String.format("%04d-%02d-%02d", y, 1 + r.nextInt(12), 1 + r.nextInt(28)));
    };
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
