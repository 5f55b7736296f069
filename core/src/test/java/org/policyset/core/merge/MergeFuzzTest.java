package org.policyset.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Random;
import org.policyset.core.Mutations;
import org.policyset.core.TestDatasets;
import org.policyset.core.diff.DatasetDiff;
import org.policyset.core.model.Dataset;
import org.policyset.core.write.CanonicalJson;

/**
 * The merge, three-way merge and diff laws on datasets shaped by fuzzer input. Under plain
 * {@code mvn test} the seeds in the test resources run as regression tests; a fuzzing session
 * ({@code JAZZER_FUZZ=1}) explores further.
 */
class MergeFuzzTest {

  private static String canonical(Dataset d) {
    return CanonicalJson.document(d);
  }

  @FuzzTest(maxDuration = "30s")
  void mergeAndDiffLawsHold(FuzzedDataProvider data) {
    long seed = data.consumeLong();
    int size = data.consumeInt(1, 12);
    Random r = new Random(data.consumeLong());
    Dataset whole = TestDatasets.random(seed, size);
    Dataset a = Mutations.subset(whole, r);
    Dataset b = Mutations.subset(whole, r);

    MergeResult ab = DatasetMerger.merge(List.of(a, b), ConflictPolicy.FAIL);
    MergeResult ba = DatasetMerger.merge(List.of(b, a), ConflictPolicy.FAIL);
    assertThat(ab.conflicts()).isEmpty();
    assertThat(canonical(ab.dataset())).isEqualTo(canonical(ba.dataset()));
    assertThat(canonical(DatasetMerger.merge(List.of(a, a), ConflictPolicy.FAIL).dataset()))
        .isEqualTo(canonical(a));

    Dataset changed = Mutations.mutate(whole, r);
    assertThat(canonical(DatasetDiff.between(whole, changed).applyTo(whole)))
        .isEqualTo(canonical(changed));
    assertThat(DatasetDiff.between(changed, changed).isEmpty()).isTrue();
    MergeResult three = ThreeWayMerger.merge(whole, changed, whole);
    assertThat(three.conflicts()).isEmpty();
    assertThat(canonical(three.dataset())).isEqualTo(canonical(changed));
  }
}
