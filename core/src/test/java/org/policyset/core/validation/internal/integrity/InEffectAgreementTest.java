package org.policyset.core.validation.internal.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.InEffect;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Stance;
import org.policyset.core.query.StanceLifecycle;
import org.policyset.core.read.DatasetReader;

/**
 * The two readers of "in effect" agree: the query's {@link StanceLifecycle} (behind
 * {@code --as-of} and the export's {@code inEffectUntil}), which finds successors by id on bound
 * records, and the integrity index's primitive form ({@link InEffectDays}, behind
 * {@code conflicting-stances}), which finds them by slot in the packed lifecycles, with forward and
 * dangling references. On random datasets with dates of every precision (leap years and centuries
 * among them), {@code until} dates (some before the date), and supersession chains (several
 * successors of one stance, successors that come first in the file, a stance superseding itself,
 * ids that name no stance), every stance has the same first day, the same last day, and is in
 * effect on the same days.
 */
class InEffectAgreementTest {

  @TempDir
  Path dir;

  /** What the datasets held, over all seeds, so that the test is known to reach every case. */
  private static final class Seen {
    int stances;
    int endedByUntil;
    int endedBySuccessor;
    int open;
    int successorBeforeInFile;
  }

  static Stream<Arguments> seeds() {
    return IntStream.range(0, 30).mapToObj(seed -> Arguments.of(seed, seed % 2 == 0));
  }

  @ParameterizedTest(name = "seed {0}, prepared on worker threads {1}")
  @MethodSource("seeds")
  void theQueryAndTheConflictCheckAgreeOnEveryStance(int seed, boolean prepared) throws Exception {
    check(seed, prepared, new Seen());
  }

  @Test
  void theRandomDatasetsReachEveryCase() throws Exception {
    Seen seen = new Seen();
    for (int seed = 0; seed < 30; seed++) {
      check(seed, seed % 2 == 0, seen);
    }
    assertThat(seen.stances).isGreaterThan(1000);
    assertThat(seen.endedByUntil).isGreaterThan(50);
    assertThat(seen.endedBySuccessor).isGreaterThan(50);
    assertThat(seen.open).isGreaterThan(50);
    assertThat(seen.successorBeforeInFile).isGreaterThan(10);
  }

  private void check(int seed, boolean prepared, Seen seen) throws Exception {
    Random r = new Random(seed);
    Path file = dir.resolve("data-" + seed + ".jsonl");
    Files.writeString(file, dataset(r), StandardCharsets.UTF_8);
    List<Finding> read = new ArrayList<>();
    List<InputFile> files = DatasetReader.resolve(List.of(file), read::add);
    IntegrityIndex index = new IntegrityIndex(f -> {});
    List<Stance> stances = new ArrayList<>();
    List<String> order = new ArrayList<>();
    boolean complete = DatasetReader.create().readFiles(files, new RecordListener() {
      @Override
      public void onRecord(ReadRecord record) {
        index.accept(record);
        if (record.value() instanceof Stance s) {
          stances.add(s);
          order.add(s.id());
        }
      }

      @Override
      public void onFinding(Finding finding) {
        read.add(finding);
      }
    }, prepared ? index : null);
    // Datasets that read without an error, as query and export require.
    assertThat(complete).isTrue();
    assertThat(read).isEmpty();
    index.finish(true);

    StanceLifecycle life = StanceLifecycle.of(new Dataset(null, null, null, null, null, stances, null));
    InEffectDays days = new ConflictingStances(index, f -> {}, ConflictingStances.BUDGET).inEffectDays();
    StanceLifecycles.Cursor c = index.stances().cursor();
    for (Stance s : stances) {
      int slot = index.table(RecordType.STANCE).slot(s.id());
      c.seek(slot);
      assertThat(ConflictingStances.eligible(c)).as(s.id()).isTrue();
      int first = InEffectDays.firstDay(c);
      int last = days.lastDay(c);
      assertThat(LocalDate.ofEpochDay(first)).as("first day of %s", s.id()).isEqualTo(life.firstDay(s));
      assertThat(last == InEffect.OPEN ? Optional.<LocalDate>empty() : Optional.of(LocalDate.ofEpochDay(last)))
          .as("last day of %s", s.id()).isEqualTo(life.lastDay(s));
      int[] probes = {first - 1, first, first + 1, last - 1, last, last + 1, first + r.nextInt(2000) - 1000};
      for (int day : probes) {
        if (day == InEffect.OPEN || day == InEffect.OPEN - 1 || day == InEffect.OPEN + 1) {
          continue; // the day after an open end, or before it, is no calendar day
        }
        assertThat(InEffect.on(day, first, last)).as("%s in effect on %s", s.id(), LocalDate.ofEpochDay(day))
            .isEqualTo(life.inEffect(s, LocalDate.ofEpochDay(day)));
      }
      seen.stances++;
      int successor = days.successorFirstDay(slot);
      if (last == InEffect.OPEN) {
        seen.open++;
      } else if (successor != InEffect.OPEN && last == successor - 1) {
        seen.endedBySuccessor++;
        String next = life.supersededBy(s.id()).get(0);
        if (order.indexOf(next) < order.indexOf(s.id())) {
          seen.successorBeforeInFile++;
        }
      } else {
        seen.endedByUntil++;
      }
    }
  }

  private static final String[] POSITIONS = {"supports", "opposes", "welcomes", "rejects",
      "condemns", "calls-for", "commits-to", "affirms", "neutral"};

  /** A JSON Lines dataset of a few dozen to a few hundred stances, in a shuffled order. */
  private static String dataset(Random r) {
    int count = 40 + r.nextInt(160);
    List<String> stances = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder s = new StringBuilder("{\"$type\":\"stance\",\"id\":\"s-").append(i)
          .append("\",\"holders\":[\"actor-").append(r.nextInt(3)).append("\"],\"topic\":\"topic-")
          .append(r.nextInt(2)).append("\",\"position\":\"")
          .append(POSITIONS[r.nextInt(POSITIONS.length)]).append("\",\"statement\":\"Statement ")
          .append(i).append(".\",\"date\":\"").append(date(r)).append('"');
      if (r.nextInt(3) == 0) {
        s.append(",\"until\":\"").append(date(r)).append('"');
      }
      s.append(",\"sources\":[{\"source\":\"source-1\"}]");
      if (r.nextInt(2) == 0) {
        s.append(",\"supersedes\":[");
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
          String target = switch (r.nextInt(10)) {
            case 0 -> "s-" + (i + 1 + r.nextInt(20)); // a later stance, or none by that id
            case 1 -> "s-" + i; // itself
            case 2 -> "s-unknown-" + r.nextInt(5);
            case 3, 4, 5 -> "s-" + Math.max(0, i - 1); // a chain
            default -> "s-" + r.nextInt(i + 1);
          };
          s.append(k > 0 ? "," : "").append('"').append(target).append('"');
        }
        s.append(']');
      }
      stances.add(s.append('}').toString());
    }
    // Successors first in the file, sometimes: the references to them are pending, then resolve.
    for (int i = 0; i < stances.size() / 5; i++) {
      stances.add(stances.remove(r.nextInt(stances.size())));
    }
    if (r.nextBoolean()) {
      Collections.shuffle(stances, r);
    }
    StringBuilder out = new StringBuilder();
    out.append("{\"$type\":\"manifest\",\"id\":\"m\",\"title\":\"T\",\"version\":\"1.0.0\","
        + "\"license\":\"CC0-1.0\",\"schemaVersion\":\"1\"}\n");
    out.append("{\"$type\":\"source\",\"id\":\"source-1\",\"title\":\"A source\",\"kind\":\"news\"}\n");
    for (int i = 0; i < 3; i++) {
      out.append("{\"$type\":\"actor\",\"id\":\"actor-").append(i).append("\",\"name\":\"Actor ")
          .append(i).append("\",\"kind\":\"state\"}\n");
    }
    for (int i = 0; i < 2; i++) {
      out.append("{\"$type\":\"topic\",\"id\":\"topic-").append(i).append("\",\"name\":\"Topic ")
          .append(i).append("\"}\n");
    }
    for (String s : stances) {
      out.append(s).append('\n');
    }
    return out.toString();
  }

  /** A date of any precision, around common years, leap years and centuries. */
  private static String date(Random r) {
    int[] years = {1900, 1999, 2000, 2023, 2024, 2024, 2025, 2025, 2100};
    int year = r.nextInt(4) == 0 ? years[r.nextInt(years.length)] : 2023 + r.nextInt(3);
    int month = 1 + r.nextInt(12);
    return switch (r.nextInt(3)) {
      case 0 -> String.valueOf(year);
      case 1 -> String.format("%04d-%02d", year, month);
      default -> {
        int length = YearMonth.of(year, month).lengthOfMonth();
        int day = r.nextInt(4) == 0 ? length : 1 + r.nextInt(length);
        yield String.format("%04d-%02d-%02d", year, month, day);
      }
    };
  }
}
