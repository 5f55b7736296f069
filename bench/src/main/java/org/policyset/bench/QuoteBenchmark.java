package org.policyset.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.ValidationReport;

/**
 * Validation of a dataset whose records are mostly quotes: {@value #STANCES} stances, each citing
 * 12 words of an archived text of {@value #PARAGRAPHS} paragraphs (about 600 KB) with the right
 * {@code para. N} locator, so that every quote is found, placed and its locator checked; and the
 * same with one quote in a hundred retyped wrongly, so that PS402 seeks its closest passage.
 * {@code main} prints the median of a few runs of each, for a quick comparison of two builds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QuoteBenchmark {

  static final int PARAGRAPHS = 2_000;
  static final int STANCES = 20_000;

  private Path good;
  private Path failing;

  @Setup
  public void setup() {
    try {
      good = write(Files.createTempDirectory("policyset-quotes"), 0);
      failing = write(Files.createTempDirectory("policyset-quotes-failing"), 100);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public int validateQuotes() {
    return DatasetValidator.create().validate(List.of(good)).findings().size();
  }

  @Benchmark
  public int validateQuotesOneInAHundredWrong() {
    return DatasetValidator.create().validate(List.of(failing)).findings().size();
  }

  /**
   * Writes the dataset into {@code dir}: every {@code wrongEvery}-th quote (0: none) has one word
   * changed.
   */
  static Path write(Path dir, int wrongEvery) throws IOException {
    Random random = new Random(19);
    String[] vocabulary = new String[3_000];
    for (int i = 0; i < vocabulary.length; i++) {
      StringBuilder w = new StringBuilder();
      int n = 3 + random.nextInt(8);
      for (int k = 0; k < n; k++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      vocabulary[i] = w.toString();
    }
    List<String[]> paragraphs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < PARAGRAPHS; p++) {
      String[] words = new String[40];
      for (int k = 0; k < words.length; k++) {
        words[k] = vocabulary[random.nextInt(vocabulary.length)];
      }
      paragraphs.add(words);
      text.append(String.join(" ", words)).append(".\n");
    }
    Files.writeString(dir.resolve("text.txt"), text);
    Files.writeString(dir.resolve("manifest.json"), """
        {"manifest": {"id": "quotes", "title": "Quotes", "version": "1.0.0",
                      "license": "CC-BY-4.0", "schemaVersion": "1"}}
        """);
    StringBuilder data = new StringBuilder("{\"actors\": [{\"id\": \"cn\", \"name\": \"China\", "
        + "\"kind\": \"state\"}],\n\"topics\": [{\"id\": \"t\", \"name\": \"T\"}],\n"
        + "\"sources\": [{\"id\": \"s\", \"title\": \"S\", \"kind\": \"commentary\", "
        + "\"text\": \"text.txt\"}],\n\"stances\": [\n");
    for (int i = 0; i < STANCES; i++) {
      int p = random.nextInt(PARAGRAPHS);
      int from = random.nextInt(40 - 12);
      String[] quote = Arrays.copyOfRange(paragraphs.get(p), from, from + 12);
      if (wrongEvery > 0 && i % wrongEvery == 0) {
        quote[6] = "xyzzy";
      }
      data.append(i == 0 ? "" : ",\n").append("{\"id\": \"s").append(i)
          .append("\", \"holders\": [\"cn\"], \"topic\": \"t\", \"position\": \"supports\", "
              + "\"statement\": \"A statement.\", \"date\": \"2025\", \"sources\": [{\"source\": \"s\", "
              + "\"quote\": \"").append(String.join(" ", quote)).append("\", \"locator\": \"para. ")
          .append(p + 1).append("\"}]}");
    }
    data.append("\n]}\n");
    Files.writeString(dir.resolve("data.json"), data);
    return dir;
  }

  /**
   * Prints the median of 7 runs of each benchmark, after 3 to warm up.
   *
   * @param args none
   * @throws IOException if the dataset cannot be written
   */
  public static void main(String[] args) throws IOException {
    QuoteBenchmark b = new QuoteBenchmark();
    b.setup();
    for (boolean wrong : new boolean[] {false, true}) {
      long[] ms = new long[10];
      int findings = 0;
      for (int i = 0; i < ms.length; i++) {
        long t = System.nanoTime();
        ValidationReport r = DatasetValidator.create().validate(List.of(wrong ? b.failing : b.good));
        ms[i] = (System.nanoTime() - t) / 1_000_000;
        findings = r.findings().size();
      }
      long[] measured = Arrays.copyOfRange(ms, 3, ms.length);
      Arrays.sort(measured);
      System.out.printf("%-34s median %5d ms (of %s), %d findings%n",
          wrong ? "20,000 quotes, 1 in 100 wrong" : "20,000 quotes, all found",
          measured[measured.length / 2], Arrays.toString(measured), findings);
    }
  }
}
