package org.policyset.core.validation.internal.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
import org.policyset.core.model.InEffectPeriod;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Stance;
import org.policyset.core.query.StanceLifecycle;
import org.policyset.core.read.DatasetReader;

/**
 * On seeded random schema version 2 datasets, {@code query --as-of} ({@link StanceLifecycle}, over
 * {@link InEffectPeriod}) and the conflict check (the integrity index's packed dates) agree on
 * every stance: whether it takes part (dated), its first possible day, its last possible day after
 * supersession, and so whether it may be in effect on a day.
 */
class InEffectAgreementV2Test {

  @TempDir
  Path dir;

  static Stream<Arguments> seeds() {
    return IntStream.range(0, 24).mapToObj(seed -> Arguments.of(seed, seed % 2 == 0));
  }

  @ParameterizedTest(name = "seed {0}, prepared on worker threads {1}")
  @MethodSource("seeds")
  void theQueryAndTheConflictCheckAgreeOnEveryVersion2Stance(int seed, boolean prepared)
      throws Exception {
    Random r = new Random(seed);
    Path file = dir.resolve("data-" + seed + ".jsonl");
    Files.writeString(file, dataset(r), StandardCharsets.UTF_8);
    List<Finding> read = new ArrayList<>();
    List<InputFile> files = DatasetReader.resolve(List.of(file), read::add);
    IntegrityIndex index = new IntegrityIndex(f -> {});
    List<PolicyRecord> records = new ArrayList<>();
    boolean complete = DatasetReader.create().readFiles(files, new RecordListener() {
      @Override
      public void onRecord(ReadRecord record) {
        index.accept(record);
        records.add(record.value());
      }

      @Override
      public void onFinding(Finding finding) {
        read.add(finding);
      }
    }, prepared ? index : null);
    assertThat(complete).isTrue();
    assertThat(read).isEmpty();
    index.finish(true);

    StanceLifecycle life = StanceLifecycle.of(Dataset.of(null, records));
    InEffectDays days = new ConflictingStances(index, f -> {}, ConflictingStances.BUDGET).inEffectDays();
    StanceLifecycles.Cursor c = index.cursor();
    int dated = 0;
    int cut = 0;
    for (PolicyRecord p : records) {
      if (!(p instanceof Stance s)) {
        continue;
      }
      c.seek(index.table(RecordType.STANCE).slot(s.id()));
      InEffectPeriod period = life.period(s);
      assertThat(period).as(s.id()).isNotNull();
      // A stance with no version 2 date field packs none: it is undated either way.
      assertThat(c.v2).as(s.id()).isEqualTo(s.attested() != null || s.inEffect() != null
          || s.expressedAt() != null);
      assertThat(ConflictingStances.eligible(c)).as("%s takes part", s.id()).isEqualTo(period.dated());
      if (!period.dated()) {
        continue;
      }
      dated++;
      int first = InEffectDays.firstDay(c);
      int last = days.lastDay(c);
      assertThat(first).as("first day of %s", s.id()).isEqualTo(period.earliestStart());
      assertThat(last).as("last day of %s", s.id()).isEqualTo(period.latestEnd());
      if (last != InEffect.OPEN && !life.supersededBy(s.id()).isEmpty()) {
        cut++;
      }
      for (int k = 0; k < 6; k++) {
        int day = (int) LocalDate.of(2022, 1, 1).toEpochDay() + r.nextInt(365 * 5);
        assertThat(InEffect.on(day, first, last)).as("%s on %s", s.id(), LocalDate.ofEpochDay(day))
            .isEqualTo(life.inEffect(s, LocalDate.ofEpochDay(day)));
      }
    }
    assertThat(dated).isGreaterThan(10);
    assertThat(cut).isGreaterThan(0);
  }

  private static final String[] ATTESTED = {"2023", "2023-11", "2024-06-01", "2025-09-12?",
      "2023~", "202X", "2024-XX", "[2023-11-15..]", "[..2024-03]", "[2023-11..2024-02]",
      "[2025-03..2024-01]"};
  private static final String[] SIDES = {"", "..", "2023", "2024-06", "2025-09-12?", "2024~",
      "202X", "2022-01-01"};

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  /** A version 2 JSON Lines dataset: stances with random dates, events dated or not, shuffled. */
  private static String dataset(Random r) {
    int count = 40 + r.nextInt(120);
    List<String> lines = new ArrayList<>();
    for (int e = 0; e < 4; e++) {
      lines.add("{\"$type\":\"event\",\"id\":\"event-" + e + "\",\"title\":\"Event " + e + "\","
          + (e == 3 ? "" : "\"date\":\"" + new String[] {"2023-11-15", "2024", "2025-09"}[e] + "\",")
          + "\"type\":\"meeting\",\"sources\":[{\"source\":\"source-1\"}]}");
    }
    for (int i = 0; i < count; i++) {
      StringBuilder s = new StringBuilder("{\"$type\":\"stance\",\"id\":\"s-").append(i)
          .append("\",\"holders\":[\"actor-").append(r.nextInt(3)).append("\"],\"topic\":\"topic-0\"")
          .append(",\"position\":\"supports\",\"statement\":\"Statement ").append(i)
          .append(".\",\"attribution\":\"reported\",\"reportedBy\":[\"source-1\"]");
      if (r.nextInt(4) > 0) {
        s.append(",\"attested\":\"").append(pick(r, ATTESTED)).append('"');
      }
      if (r.nextBoolean()) {
        String a = pick(r, SIDES);
        String b = pick(r, SIDES);
        if (!(a.isEmpty() && b.isEmpty())) {
          s.append(",\"inEffect\":\"").append(a).append('/').append(b).append('"');
        }
      }
      if (r.nextInt(3) == 0) {
        s.append(",\"expressedAt\":\"event-").append(r.nextInt(4)).append('"');
      }
      s.append(",\"sources\":[{\"source\":\"source-1\"}]");
      if (r.nextInt(3) == 0 && i > 0) {
        s.append(",\"supersedes\":[\"s-").append(r.nextInt(i)).append("\"]");
      }
      lines.add(s.append('}').toString());
    }
    Collections.shuffle(lines, r);
    StringBuilder out = new StringBuilder();
    out.append("{\"$type\":\"manifest\",\"id\":\"m\",\"title\":\"T\",\"version\":\"1.0.0\","
        + "\"license\":\"CC0-1.0\",\"schemaVersion\":\"2\"}\n");
    out.append("{\"$type\":\"source\",\"id\":\"source-1\",\"title\":\"A source\",\"kind\":\"news\"}\n");
    for (int i = 0; i < 3; i++) {
      out.append("{\"$type\":\"actor\",\"id\":\"actor-").append(i).append("\",\"name\":\"Actor ")
          .append(i).append("\",\"kind\":\"state\"}\n");
    }
    out.append("{\"$type\":\"topic\",\"id\":\"topic-0\",\"name\":\"Topic 0\"}\n");
    for (String l : lines) {
      out.append(l).append('\n');
    }
    return out.toString();
  }
}
