package org.policyset.core.validation.internal.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.read.internal.fast.FastReader;

/**
 * The compact integrity index must report exactly what the index it replaced reports
 * ({@link LegacyIntegrityIndex}): the same findings in the same order, with the same locations,
 * pointers, messages and hints, on random datasets made to break every integrity rule — forward and
 * dangling references, duplicate ids, ids that are not ASCII, reference cycles of every type, dates
 * out of order and conflicting stances — read by the fast path (records in JSON Lines and in
 * documents) and by the reference path (records that break their shape).
 */
class IntegrityIndexTest {

  @TempDir
  Path dir;

  static Stream<Arguments> seeds() {
    return IntStream.range(0, 40).mapToObj(seed -> Arguments.of(seed, seed % 2 == 0));
  }

  @ParameterizedTest(name = "seed {0}, JSON Lines {1}")
  @MethodSource("seeds")
  void reportsWhatTheLegacyIndexReports(int seed, boolean jsonl) throws Exception {
    List<Finding> expected = new ArrayList<>();
    List<Finding> actual = new ArrayList<>();
    run(seed, jsonl, expected, actual);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> budgets() {
    return IntStream.range(0, 12).mapToObj(seed -> Arguments.of(seed, new int[] {1, 2, 7, 60}[seed % 4]));
  }

  /**
   * Conflicts among many holders are found a range of holders at a time, so that the pairs sorted at
   * once stay within a budget (four million by default): with budgets so small that every range is
   * one holder, or a few, the same conflicts come out in the same order.
   */
  @ParameterizedTest(name = "seed {0}, budget {1}")
  @MethodSource("budgets")
  void conflictsFoundInRangesOfHoldersAreTheSameAsFoundAtOnce(int seed, int budget) throws Exception {
    List<Finding> expected = new ArrayList<>();
    List<Finding> actual = new ArrayList<>();
    run(seed, seed % 2 == 0, expected, actual, budget);
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(actual).anyMatch(f -> f.rule() == Rule.CONFLICTING_STANCES);
  }

  @Test
  void theRandomDatasetsBreakEveryIntegrityRule() throws Exception {
    List<Finding> all = new ArrayList<>();
    for (int seed = 0; seed < 40; seed++) {
      List<Finding> expected = new ArrayList<>();
      run(seed, seed % 2 == 0, expected, new ArrayList<>());
      all.addAll(expected);
    }
    assertThat(all.stream().map(Finding::rule).collect(Collectors.toSet())).contains(
        Rule.DUPLICATE_ID, Rule.DANGLING_REFERENCE, Rule.REFERENCE_CYCLE,
        Rule.RESPONDS_TO_LATER_EVENT, Rule.UNTIL_BEFORE_DATE, Rule.SUPERSEDES_LATER_STANCE,
        Rule.CONFLICTING_STANCES);
    // Cycles of stances, forward references that resolve and some that do not.
    assertThat(all).anyMatch(f -> f.rule() == Rule.REFERENCE_CYCLE
        && f.message().startsWith("stance 'supersedes'"));
    assertThat(all).anyMatch(f -> f.rule() == Rule.DANGLING_REFERENCE
        && f.message().contains("unknown actor"));
    assertThat(all).anyMatch(f -> f.rule() == Rule.CONFLICTING_STANCES
        && f.message().contains("ü"));
  }

  private void run(int seed, boolean jsonl, List<Finding> expected, List<Finding> actual)
      throws Exception {
    run(seed, jsonl, expected, actual, 1 << 22);
  }

  private void run(int seed, boolean jsonl, List<Finding> expected, List<Finding> actual, int budget)
      throws Exception {
    Path file = dir.resolve("data-" + seed + (jsonl ? ".jsonl" : ".json"));
    Files.writeString(file, dataset(new Random(seed), jsonl), StandardCharsets.UTF_8);
    LegacyIntegrityIndex legacy = new LegacyIntegrityIndex(expected::add);
    IntegrityIndex compact = new IntegrityIndex(actual::add, budget);
    InputFile input = new InputFile(file, file.getFileName().toString(),
        jsonl ? InputFormat.JSON_LINES : InputFormat.JSON);
    FastReader reader = new FastReader(ReadLimits.DEFAULTS, false, seed % 3 == 0 ? 0 : 1 << 30);
    if (seed % 4 < 2) {
      reader.preparing(compact); // references resolved on the worker threads where they can be
    }
    boolean complete = reader.read(input, new RecordListener() {
          @Override
          public void onRecord(ReadRecord record) {
            legacy.accept(record);
            compact.accept(record);
          }

          @Override
          public void onFinding(Finding finding) {
            // syntax and shape findings are not the index's
          }
        });
    assertThat(complete).isTrue();
    legacy.finish(true);
    compact.finish(true);
    assertThat(expected).isNotEmpty();
  }

  private static final String[] POSITIONS = {"supports", "opposes", "welcomes", "rejects",
      "condemns", "calls-for", "commits-to", "affirms", "neutral"};

  /** A dataset of a few hundred records of every type, shuffled so that references go forward too. */
  private static String dataset(Random r, boolean jsonl) {
    int actors = 3 + r.nextInt(4);
    int topics = 2 + r.nextInt(3);
    int events = 5 + r.nextInt(5);
    int stances = 60 + r.nextInt(120);
    List<String[]> records = new ArrayList<>(); // {type, json}
    for (int i = 0; i < actors; i++) {
      String member = r.nextInt(4) == 0 ? ",\"memberOf\":[\"" + actor(r, actors + 1) + "\"]" : "";
      records.add(new String[] {"actor", "{\"id\":\"" + actorId(i) + "\",\"name\":\"Actor " + i
          + "\",\"kind\":\"state\"" + member + "}"});
    }
    for (int i = 0; i < topics; i++) {
      String parent = r.nextInt(3) == 0 ? ",\"parent\":\"topic-" + r.nextInt(topics + 1) + "\"" : "";
      records.add(new String[] {"topic", "{\"id\":\"topic-" + i + "\",\"name\":\"Topic " + i + "\""
          + parent + "}"});
    }
    records.add(new String[] {"source", "{\"id\":\"source-1\",\"title\":\"A source\","
        + "\"kind\":\"news\"}"});
    for (int i = 0; i < events; i++) {
      records.add(new String[] {"event", "{\"id\":\"event-" + i + "\",\"title\":\"Event " + i
          + "\",\"date\":\"" + date(r) + "\",\"type\":\"summit\",\"sources\":[{\"source\":"
          + "\"source-1\"}]}"});
    }
    for (int i = 0; i < stances; i++) {
      StringBuilder s = new StringBuilder();
      String id = r.nextInt(40) == 0 ? "stance-" + r.nextInt(i + 1) : "stance-" + i;
      if (r.nextInt(50) == 0) {
        id = "Stance-" + i; // breaks the id pattern: read by the reference path
      }
      s.append("{\"id\":\"").append(id).append("\",\"holders\":[");
      int holders = 1 + r.nextInt(3);
      for (int h = 0; h < holders; h++) {
        s.append(h > 0 ? "," : "").append('"').append(actor(r, actors)).append('"');
      }
      s.append("],\"topic\":\"topic-").append(r.nextInt(topics + (r.nextInt(20) == 0 ? 2 : 0)))
          .append("\",\"position\":\"")
          .append(r.nextInt(60) == 0 ? "wavers" : POSITIONS[r.nextInt(POSITIONS.length)])
          .append("\",\"statement\":\"Statement ").append(i).append(".\",\"date\":\"")
          .append(date(r)).append('"');
      if (r.nextInt(3) == 0) {
        s.append(",\"respondsTo\":\"event-").append(r.nextInt(events + 1)).append('"');
      }
      if (r.nextInt(4) == 0) {
        s.append(",\"until\":\"").append(date(r)).append('"');
      }
      s.append(",\"sources\":[{\"source\":\"source-1\"}]");
      if (r.nextInt(4) == 0) {
        s.append(",\"supersedes\":[");
        int n = 1 + r.nextInt(2);
        for (int k = 0; k < n; k++) {
          // Mostly earlier stances; some later ones (forward references, cycles), some unknown.
          int target = r.nextInt(5) == 0 ? i + r.nextInt(10) : r.nextInt(i + 1);
          s.append(k > 0 ? "," : "").append("\"stance-").append(target).append('"');
        }
        s.append(']');
      }
      s.append('}');
      records.add(new String[] {"stance", s.toString()});
    }
    // Forward references: some records move later.
    for (int i = 0; i < records.size() / 10; i++) {
      int from = r.nextInt(records.size());
      records.add(records.remove(from));
    }
    if (r.nextBoolean()) {
      Collections.shuffle(records.subList(0, records.size() / 3), r);
    }
    if (jsonl) {
      StringBuilder out = new StringBuilder();
      out.append("{\"$type\":\"manifest\",\"id\":\"m\",\"title\":\"T\",\"version\":\"1.0.0\","
          + "\"license\":\"CC0-1.0\",\"schemaVersion\":\"1\"}\n");
      for (String[] rec : records) {
        out.append("{\"$type\":\"").append(rec[0]).append("\",").append(rec[1].substring(1))
            .append('\n');
        if (r.nextInt(30) == 0) {
          out.append('\n');
        }
      }
      return out.toString();
    }
    StringBuilder out = new StringBuilder("{\n");
    List<String> order = new ArrayList<>(List.of("actor", "topic", "source", "event", "stance"));
    Collections.shuffle(order, r);
    String[] sections = order.toArray(new String[0]);
    for (int k = 0; k < sections.length; k++) {
      String type = sections[k];
      out.append("  \"").append(type).append("s\": [\n");
      boolean first = true;
      for (String[] rec : records) {
        if (rec[0].equals(type)) {
          out.append(first ? "" : ",\n").append("    ").append(rec[1]);
          first = false;
        }
      }
      out.append("\n  ]").append(k < sections.length - 1 ? ",\n" : "\n");
    }
    return out.append("}\n").toString();
  }

  private static String actorId(int i) {
    return i % 3 == 1 ? "akteur-ü" + i : "actor-" + i;
  }

  private static String actor(Random r, int actors) {
    int i = r.nextInt(actors + 1); // the last is never declared
    return r.nextInt(40) == 0 ? "actr-" + i : actorId(i);
  }

  private static String date(Random r) {
    int year = 2000 + r.nextInt(6);
    return switch (r.nextInt(3)) {
      case 0 -> String.valueOf(year);
      case 1 -> String.format("%04d-%02d", year, 1 + r.nextInt(12));
      default -> String.format("%04d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    };
  }
}
