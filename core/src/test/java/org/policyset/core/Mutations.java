package org.policyset.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Position;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;

/** Seeded ways to split and change datasets, for the merge and diff laws. */
public final class Mutations {
  private Mutations() {}

  /** Returns a random subset of the records of {@code d} (each kept with probability 1/2). */
  public static Dataset subset(Dataset d, Random r) {
    List<PolicyRecord> kept = new ArrayList<>();
    d.records().forEach(rec -> {
      if (r.nextBoolean()) {
        kept.add(rec);
      }
    });
    return Dataset.of(r.nextBoolean() ? d.manifest() : null, kept);
  }

  /** Returns {@code d} with some records removed, some changed and some added. */
  public static Dataset mutate(Dataset d, Random r) {
    List<PolicyRecord> out = new ArrayList<>();
    d.records().forEach(rec -> {
      int roll = r.nextInt(6);
      if (roll == 0) {
        return; // removed
      }
      if (roll == 1) {
        out.add(change(rec, r));
      } else {
        out.add(rec);
      }
    });
    for (int i = 0; i < r.nextInt(3); i++) {
      out.add(new Topic("added-" + r.nextInt(1000) + "-" + i, "Added topic", null, null));
    }
    return Dataset.of(d.manifest(), out);
  }

  /** Returns a changed version of a record (same type and id). */
  public static PolicyRecord change(PolicyRecord rec, Random r) {
    if (rec instanceof Stance s) {
      Position p = Position.values()[r.nextInt(Position.values().length)];
      return new Stance(s.id(), s.holders(), s.topic(), p, s.statement() + " (revised)", s.date(),
          s.respondsTo(), s.principles(), s.sources(), null, s.supersedes());
    }
    if (rec instanceof Topic t) {
      return new Topic(t.id(), t.name() + " (renamed)", t.parent(),
          t.description() == null ? "Now described." : null);
    }
    return rec;
  }
}
