package org.policyset.core.internal.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writers may remove the same leftover at once: one closing its staging folder while another
 * clears what it takes for a dead writer's leftovers. Neither may fail because the other removed a
 * file first (a racing merge then exited 4, "cannot write", though nothing was wrong).
 */
class DeleteTreeRaceTest {

  @Test
  void twoRemovalsOfOneTreeAtOnceBothSucceed(@TempDir Path dir) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 30; round++) {
        Path root = dir.resolve("tree-" + round);
        for (int d = 0; d < 10; d++) {
          Path sub = Files.createDirectories(root.resolve("d" + d).resolve("e"));
          for (int f = 0; f < 30; f++) {
            Files.writeString(sub.resolve("f" + f), "x");
          }
        }
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<?>> both = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          both.add(pool.submit(() -> {
            start.await();
            StagedOutput.deleteTree(root);
            return null;
          }));
        }
        for (Future<?> f : both) {
          f.get();   // rethrows what either removal threw
        }
        assertThat(root).doesNotExist();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
