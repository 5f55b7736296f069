package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.Reliability;
import org.policyset.core.TestDatasets;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.RecordType;

/**
 * Two threads writing different datasets to one target at once, many times: both succeed, and the
 * target always ends as one complete canonical version, never a mix — also for a folder, whose
 * files are replaced one by one.
 */
class ConcurrentWriteTest {
  private static final Reliability LOG = new Reliability(ConcurrentWriteTest.class);
  private static final int ROUNDS = 10;

  @TempDir
  Path dir;

  private static Map<String, String> snapshot(Path target) throws Exception {
    Map<String, String> files = new TreeMap<>();
    if (Files.isDirectory(target)) {
      try (Stream<Path> s = Files.list(target)) {
        for (Path p : s.toList()) {
          files.put(p.getFileName().toString(), Files.readString(p));
        }
      }
    } else {
      files.put(target.getFileName().toString(), Files.readString(target));
    }
    return files;
  }

  @TestFactory
  Stream<DynamicTest> racingWritersLeaveOneCompleteVersion() {
    return Stream.of("out.json", "out").map(name -> DynamicTest.dynamicTest(
        name.endsWith(".json") ? "a .json file" : "a folder", () -> {
          Dataset a = TestDatasets.random(1, 6);
          Dataset full = TestDatasets.random(2, 6);
          // b has no events at all, so a mix of a's and b's folders would show an events.json.
          Dataset b = new Dataset(full.manifest(), full.actors(), full.topics(), full.principles(),
              null, full.stances(), full.sources());
          assertThat(b.records(RecordType.EVENT)).isEmpty();
          Path refA = dir.resolve("a-" + name);
          Path refB = dir.resolve("b-" + name);
          assertThat(DatasetWriter.write(a, Map.of(), refA, false).isValid()).isTrue();
          assertThat(DatasetWriter.write(b, Map.of(), refB, false).isValid()).isTrue();
          Map<String, String> versionA = snapshot(refA);
          Map<String, String> versionB = snapshot(refB);
          versionA = rename(versionA, refA, name);
          versionB = rename(versionB, refB, name);
          Path target = dir.resolve(name);
          ExecutorService pool = Executors.newFixedThreadPool(2);
          try {
            for (int round = 0; round < ROUNDS; round++) {
              CyclicBarrier start = new CyclicBarrier(2);
              Future<?> fa = pool.submit(() -> {
                start.await();
                return DatasetWriter.write(a, Map.of(), target, true);
              });
              Future<?> fb = pool.submit(() -> {
                start.await();
                return DatasetWriter.write(b, Map.of(), target, true);
              });
              fa.get();
              fb.get();
              Map<String, String> now = snapshot(target);
              assertThat(now).as("round %d", round).isIn(versionA, versionB);
              try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".") && (n.contains(".staging-") || n.endsWith(".lock")
                        || n.endsWith(".tmp")));
              }
              LOG.record("Two writers racing on one output (threads in one process)",
                  (name.endsWith(".json") ? "a .json file" : "a folder") + ", round " + (round + 1),
                  "both succeeded; output is one complete version; no temporary files left");
            }
          } finally {
            pool.shutdownNow();
          }
        }));
  }

  private static Map<String, String> rename(Map<String, String> v, Path ref, String name) {
    if (Files.isDirectory(ref)) {
      return v;
    }
    return Map.of(name, v.values().iterator().next());
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
