package org.policyset.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what the robustness tests tried and what happened, one line a case, in
 * {@code target/reliability/OWNER.tsv}; {@link ReliabilityReportTest} turns every
 * module's records into {@code docs/reliability.md}. Outcomes must not depend on timing.
 */
final class Reliability {
  private final String owner;
  private final List<String> lines = new ArrayList<>();

  /** Starts the records of one test class. */
  Reliability(Class<?> owner) {
    this.owner = owner.getSimpleName();
  }

  /** Records one case of a class of bad input, and what happened. */
  synchronized void record(String category, String testCase, String outcome) {
    lines.add(clean(category) + "\t" + clean(testCase) + "\t" + clean(outcome));
  }

  /** Writes the records (call from {@code @AfterAll}); replaces those of an earlier run. */
  synchronized void write() {
    try {
      Path dir = Path.of("target", "reliability");
      Files.createDirectories(dir);
      Files.write(dir.resolve(owner + ".tsv"), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
