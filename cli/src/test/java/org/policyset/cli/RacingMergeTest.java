package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code policyset merge -o OUT --force} processes started together on one OUT, with different
 * inputs: both finish with exit 0, and OUT is one of the two complete canonical versions, never a
 * mix — for a .json file and for a folder (where one version has a section the other lacks).
 */
class RacingMergeTest {
  private static final Reliability LOG = new Reliability(RacingMergeTest.class);
  private static final int ROUNDS = 2;

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
      files.put("", Files.readString(target));
    }
    return files;
  }

  @TestFactory
  Stream<DynamicTest> twoMergesRacingOnOneOutputLeaveOneCompleteVersion() {
    return Stream.of("merged.json", "merged").map(name -> DynamicTest.dynamicTest(
        name.endsWith(".json") ? "OUT is a .json file" : "OUT is a folder", () -> race(name)));
  }

  private void race(String name) throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.writeString(a, KilledMergeTest.topics(0, 3_000));
    Files.writeString(b, KilledMergeTest.topics(0, 1_500).replace("\"topics\"", "\"principles\"")
        .replace("\"name\": ", "\"description\": \"D.\", \"sources\": [{\"source\": \"s\"}], \"name\": ")
        .replace("\n]}", "\n], \"sources\": [{\"id\": \"s\", \"title\": \"S\", \"kind\": \"news\"}]}"));
    Path refA = dir.resolve("ref-a-" + name);
    Path refB = dir.resolve("ref-b-" + name);
    assertThat(Cli.run("merge", a.toString(), "-o", refA.toString()).exit()).isZero();
    Cli rb = Cli.run("merge", b.toString(), "-o", refB.toString());
    assertThat(rb.exit()).as(rb.out()).isZero();
    Map<String, String> versionA = snapshot(refA);
    Map<String, String> versionB = snapshot(refB);
    assertThat(versionA).isNotEqualTo(versionB);
    Path out = dir.resolve(name);
    for (int round = 0; round < ROUNDS; round++) {
      Process pa = ChildJvm.start(List.of(), "merge", a.toString(), "-o", out.toString(), "--force");
      Process pb = ChildJvm.start(List.of(), "merge", b.toString(), "-o", out.toString(), "--force");
      assertThat(pa.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(pb.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(List.of(pa.exitValue(), pb.exitValue())).as("exit codes").containsOnly(0);
      assertThat(snapshot(out)).as("round %d", round).isIn(versionA, versionB);
      try (Stream<Path> s = Files.list(dir)) {
        assertThat(s.map(p -> p.getFileName().toString()))
            .noneMatch(n -> n.contains(".staging-") || n.endsWith(".lock") || n.endsWith(".tmp"));
      }
      LOG.record("Two merge -o processes racing on one output",
          (name.endsWith(".json") ? "OUT a .json file" : "OUT a folder") + ", round " + (round + 1),
          "both exit 0; OUT is one complete canonical version");
    }
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
