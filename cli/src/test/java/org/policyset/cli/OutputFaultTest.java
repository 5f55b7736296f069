package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that fail for real: merge, format, merge-driver, export and generate onto a full disk and onto a read-only
 * file system (a tiny tmpfs mounted for the test). Each time the command exits 4 with a message that
 * names the output and the cause, the existing files stay byte-identical, and no temporary file,
 * staging folder or lock file is left behind.
 */
class OutputFaultTest {
  private static final Reliability LOG = new Reliability(OutputFaultTest.class);
  private static final String FULL = "Fault injection: a full disk (64 KiB tmpfs)";
  private static final String READ_ONLY = "Fault injection: a read-only target";

  @TempDir
  Path dir;

  private Path inputs() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String topics = IntStream.range(0, 150).mapToObj(i -> "{\"id\": \"topic-" + i
        + "\", \"name\": \"A topic with a name long enough to fill the disk " + i + "\"}")
        .collect(Collectors.joining(",\n", "{\"topics\": [\n", "\n]}\n"));
    Files.writeString(in.resolve("topics.json"), topics);
    return in;
  }

  private static Map<String, byte[]> snapshot(Path folder) throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void assertUnchanged(Path folder, Map<String, byte[]> before) throws Exception {
    Map<String, byte[]> after = snapshot(folder);
    assertThat(after.keySet()).as("files in %s", folder).isEqualTo(before.keySet());
    for (String name : before.keySet()) {
      assertThat(after.get(name)).as("bytes of %s", name).isEqualTo(before.get(name));
    }
    try (Stream<Path> s = Files.walk(folder)) {
      assertThat(s.map(p -> p.getFileName().toString())).as("leftovers in %s", folder)
          .noneMatch(n -> n.endsWith(".tmp") || n.contains(".staging") || n.endsWith(".lock")
              || n.contains(".policyset-"));
    }
  }

  private TinyDisk disk(String name) throws Exception {
    TinyDisk d = TinyDisk.mount(dir.resolve(name), 64);
    if (d == null) {
      System.out.println("SKIPPED: cannot mount a tmpfs here (needs root): " + name);
    }
    return d;
  }

  /** What every failed write must look like to the user. */
  private static String assertRefused(Cli r, Path target, String cause) {
    assertThat(r.exit()).as("exit code; out %s err %s", r.out(), r.err()).isEqualTo(4);
    String said = r.err() + r.out();
    assertThat(said).contains(target.toString()).contains(cause).doesNotContain("internal error")
        .doesNotContain("Exception");
    return "exit 4, \"" + cause + "\" named; existing files byte-identical; nothing left behind";
  }

  @Test
  void aFullDiskLeavesEveryFileAsItWas() throws Exception {
    Path in = inputs();
    TinyDisk disk = disk("full");
    assumeTrue(disk != null, "tmpfs mount not permitted");
    try {
      Path out = disk.root.resolve("merged.json");
      Files.writeString(out, "{\"topics\": []}\n");
      Path folderOut = Files.createDirectories(disk.root.resolve("merged"));
      Files.writeString(folderOut.resolve("topics.json"), "{\"topics\": []}\n");
      Path messy = disk.root.resolve("messy.json");
      Files.writeString(messy, Files.readString(in.resolve("topics.json")).replace("\n", " "));
      Path ours = disk.root.resolve("ours.json");
      Files.writeString(ours, "{\"topics\":[{\"name\":\"B\",\"id\":\"b\"}]}");
      disk.fill(0);
      Map<String, byte[]> before = snapshot(disk.root);

      LOG.record(FULL, "merge -o FILE --force", assertRefused(
          Cli.run("merge", in.toString(), "-o", out.toString(), "--force"), out, "no space left on device"));
      assertUnchanged(disk.root, before);
      LOG.record(FULL, "merge -o FOLDER --force", assertRefused(
          Cli.run("merge", in.toString(), "-o", folderOut.toString(), "--force"), folderOut,
          "no space left on device"));
      assertUnchanged(disk.root, before);
      Cli f = Cli.run("format", messy.toString());
      LOG.record(FULL, "format (rewrite in place)", assertRefused(f, messy, "no space left on device"));
      assertUnchanged(disk.root, before);
      Cli d = Cli.run("merge-driver", ours.toString(), ours.toString(), in.resolve("topics.json").toString(),
          "t.json");
      LOG.record(FULL, "merge-driver (writes OURS)", assertRefused(d, ours, "no space left on device"));
      assertUnchanged(disk.root, before);
      Path tables = disk.root.resolve("tables");
      LOG.record(FULL, "export -o FOLDER", assertRefused(
          Cli.run("export", "-o", tables.toString(), "--", in.toString()), tables, "no space left on device"));
      assertUnchanged(disk.root, before);
      Path generated = disk.root.resolve("generated.jsonl");
      LOG.record(FULL, "generate -o FILE", assertRefused(
          Cli.run("generate", "--records", "2000", "-o", generated.toString()), generated,
          "no space left on device"));
      assertUnchanged(disk.root, before);
    } finally {
      disk.close();
    }
  }

  @Test
  void aReadOnlyTargetLeavesEveryFileAsItWas() throws Exception {
    Path in = inputs();
    TinyDisk disk = disk("read-only");
    Path root;
    boolean chmod = false;
    if (disk != null) {
      root = disk.root;
    } else {
      root = Files.createDirectories(dir.resolve("read-only"));
      chmod = true;
    }
    try {
      Path out = root.resolve("merged.json");
      Files.writeString(out, "{\"topics\": []}\n");
      Path messy = root.resolve("messy.json");
      Files.writeString(messy, "{\"topics\":[{\"name\":\"B\",\"id\":\"b\"}]}");
      if (disk != null) {
        disk.readOnly();
      } else {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(root)) {
          System.out.println("SKIPPED: root ignores folder permissions and no tmpfs can be mounted");
          LOG.record(READ_ONLY, "merge -o FILE --force", "skipped: no way to make a read-only folder");
          assumeTrue(false, "no read-only folder possible");
        }
      }
      Map<String, byte[]> before = snapshot(root);
      String cause = disk != null ? "read-only file system" : "permission denied";
      LOG.record(READ_ONLY, "merge -o FILE --force", assertRefused(
          Cli.run("merge", in.toString(), "-o", out.toString(), "--force"), out, cause));
      assertUnchanged(root, before);
      LOG.record(READ_ONLY, "merge -o NEW-FOLDER", assertRefused(
          Cli.run("merge", in.toString(), "-o", root.resolve("new").toString()), root.resolve("new"), cause));
      assertUnchanged(root, before);
      LOG.record(READ_ONLY, "format (rewrite in place)",
          assertRefused(Cli.run("format", messy.toString()), messy, cause));
      assertUnchanged(root, before);
      assertThat(new String(Files.readAllBytes(messy), StandardCharsets.UTF_8)).startsWith("{\"topics\":[");
    } finally {
      if (chmod) {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      if (disk != null) {
        disk.close();
      }
    }
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
