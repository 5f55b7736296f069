package org.policyset.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.policyset.core.Mutations;
import org.policyset.core.Reliability;
import org.policyset.core.TestDatasets;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.model.Dataset;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.write.CanonicalJson;

/**
 * Merges and three-way merges of fuzzer-shaped datasets: when the inputs are valid and the merge is
 * clean (or a conflict policy resolved it), the output is valid, and written canonically it reads
 * back as itself.
 */
class MergeValidityFuzzTest {
  private static final Reliability LOG = new Reliability(MergeValidityFuzzTest.class);
  private static final AtomicInteger MERGES = new AtomicInteger();
  private static final AtomicInteger THREE_WAY = new AtomicInteger();

  private static ValidationReport validate(Dataset d, Path dir, String name) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, CanonicalJson.document(d));
    return DatasetValidator.create().validate(List.of(f));
  }

  private static void assertValidOutput(Dataset merged, Path dir) throws IOException {
    ValidationReport report = validate(merged, dir, "merged.json");
    assertThat(report.errors()).as("merge of valid inputs is valid: %s", report.findings()).isZero();
    Dataset back = DatasetReader.create().load(List.of(dir.resolve("merged.json"))).dataset();
    assertThat(CanonicalJson.document(back)).isEqualTo(CanonicalJson.document(merged));
  }

  @FuzzTest(maxDuration = "60s")
  void mergeOfValidInputsIsValid(FuzzedDataProvider data) throws IOException {
    Dataset a = TestDatasets.random(data.consumeLong(), data.consumeInt(1, 8));
    Dataset b = switch (data.consumeInt(0, 2)) {
      case 0 -> TestDatasets.random(data.consumeLong(), data.consumeInt(1, 8));
      case 1 -> edit(a, new Random(data.consumeLong()));
      default -> Mutations.mutate(a, new Random(data.consumeLong()));
    };
    ConflictPolicy policy = data.pickValue(ConflictPolicy.values());
    Path dir = Files.createTempDirectory("merge-fuzz");
    String outcome;
    try {
      boolean inputsValid = validate(a, dir, "a.json").isValid() && validate(b, dir, "b.json").isValid();
      MergeResult r = DatasetMerger.merge(List.of(a, b), policy);
      if (!inputsValid) {
        outcome = "an input invalid: output not checked";
      } else if (r.isClean() || policy != ConflictPolicy.FAIL) {
        assertValidOutput(r.dataset(), dir);
        outcome = "inputs valid: output valid and reads back as itself";
      } else {
        outcome = "inputs valid, conflicts with --on-conflict fail: nothing to write";
      }
    } finally {
      delete(dir);
    }
    LOG.record("Fuzzing (regression inputs): merge", "input " + MERGES.incrementAndGet(), outcome);
  }

  @FuzzTest(maxDuration = "60s")
  void threeWayMergeOfValidInputsIsValid(FuzzedDataProvider data) throws IOException {
    Dataset base = TestDatasets.random(data.consumeLong(), data.consumeInt(1, 8));
    Dataset ours = data.consumeBoolean() ? edit(base, new Random(data.consumeLong()))
        : Mutations.mutate(base, new Random(data.consumeLong()));
    Dataset theirs = data.consumeBoolean() ? edit(base, new Random(data.consumeLong()))
        : Mutations.mutate(base, new Random(data.consumeLong()));
    Path dir = Files.createTempDirectory("merge3-fuzz");
    String outcome;
    try {
      boolean inputsValid = validate(ours, dir, "ours.json").isValid()
          && validate(theirs, dir, "theirs.json").isValid();
      MergeResult r = ThreeWayMerger.merge(base, ours, theirs);
      if (!inputsValid) {
        outcome = "a side invalid: output not checked";
      } else if (r.isClean()) {
        assertValidOutput(r.dataset(), dir);
        outcome = "sides valid, clean: output valid and reads back as itself";
      } else {
        outcome = "sides valid, conflicts reported";
      }
    } finally {
      delete(dir);
    }
    LOG.record("Fuzzing (regression inputs): three-way merge", "input " + THREE_WAY.incrementAndGet(),
        outcome);
  }

  /**
   * Returns {@code d} with some records changed and some topics added, none removed: unlike
   * {@link Mutations#mutate}, which removes records others may point to, it keeps a valid dataset
   * valid, so that the validity of merges is checked often.
   */
  private static Dataset edit(Dataset d, Random r) {
    java.util.List<org.policyset.core.model.PolicyRecord> out = new java.util.ArrayList<>();
    d.records().forEach(rec -> out.add(r.nextInt(4) == 0 ? Mutations.change(rec, r) : rec));
    for (int i = 0; i < r.nextInt(3); i++) {
      out.add(new org.policyset.core.model.Topic("edit-" + r.nextInt(1000) + "-" + i, "Added topic",
          null, null));
    }
    return Dataset.of(d.manifest(), out);
  }

  private static void delete(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
