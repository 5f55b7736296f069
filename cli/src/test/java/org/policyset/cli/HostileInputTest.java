package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each hostile input of issue 8 given to {@code policyset validate} in a JVM of its own with a
 * 256 MB heap: it ends with the expected exit code and finding, within the time limit, and without
 * running out of memory. Inputs are generated at test time, large ones streamed to disk.
 */
class HostileInputTest {
  private static final Reliability LOG = new Reliability(HostileInputTest.class);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<String> HEAP = List.of("-Xmx256m");
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  static final String FILES = "Hostile files (validate in a child JVM, -Xmx256m)";
  static final String SPECIAL = "Special files and links (validate in a child JVM, -Xmx256m)";
  static final String ACCESS = "Unreadable inputs";

  @TempDir
  static Path dir;

  /** Makes the input of a case and returns the paths to validate, or null to skip the case. */
  interface Input {
    List<String> make(Path dir) throws Exception;
  }

  record Case(String category, String name, Input input, int exit, String code, String message) {}

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    c.add(new Case(FILES, "200 MB single-line .json document (about 200,000 topics)", d -> {
      Path f = d.resolve("big.json");
      if (!Files.exists(f)) {
        bigDocument(f, 200L << 20);
      }
      return List.of(f.toString());
    }, 0, null, null));
    c.add(new Case(FILES, "the same 200 MB single line read as JSON Lines", d -> {
      Path f = d.resolve("big.json");
      if (!Files.exists(f)) {
        bigDocument(f, 200L << 20);
      }
      Path link = d.resolve("big.jsonl");
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, f.getFileName());
      return List.of(link.toString());
    }, 1, "PS106", "line is longer than 8000000 characters"));
    c.add(new Case(FILES, "100,000 nested arrays", d -> List.of(write(d, "nested.json",
        "{\"topics\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}")),
        1, "PS106", "nesting depth passes 64 arrays and objects"));
    c.add(new Case(FILES, "a 50 MB string", d -> {
      Path f = d.resolve("string.json");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
        out.write("{\"topics\": [{\"id\": \"a\", \"name\": \"".getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 800; i++) {
          out.write(chunk);
        }
        out.write("\"}]}".getBytes(StandardCharsets.UTF_8));
      }
      return List.of(f.toString());
    }, 1, "PS106", "string longer than 1000000 characters"));
    c.add(new Case(FILES, "a number with 10,000 digits", d -> List.of(write(d, "number.json",
        "{\"topics\": [{\"id\": \"a\", \"name\": 1" + "0".repeat(9_999) + "}]}")),
        1, "PS106", "number longer than 100 characters"));
    c.add(new Case(FILES, "131,072 topics whose ids all share one String.hashCode (hash flooding: "
        + "blocks of \"c0\" and \"an\")", d -> {
          Path f = d.resolve("colliding.json");
          try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            out.write("{\"topics\": [".getBytes(StandardCharsets.UTF_8));
            for (int m = 0; m < 1 << 17; m++) {
              StringBuilder id = new StringBuilder();
              for (int b = 0; b < 17; b++) {
                id.append((m >>> b & 1) == 0 ? "c0" : "an");
              }
              out.write(((m > 0 ? ",\n" : "") + "{\"id\": \"" + id + "\", \"name\": \"T\"}")
                  .getBytes(StandardCharsets.UTF_8));
            }
            out.write("]}\n".getBytes(StandardCharsets.UTF_8));
          }
          return List.of(f.toString());
        }, 0, null, null));
    c.add(new Case(FILES, "invalid UTF-8 in a key", d -> {
      byte[] b = "{\"topics\": [{\"id\": \"a\", \"na?me\": \"A\"}]}".getBytes(StandardCharsets.UTF_8);
      b[26] = (byte) 0xFF;
      return List.of(write(d, "utf8.json", b));
    }, 1, "PS103", "invalid UTF-8 byte sequence 0xFF at byte offset 26"));
    c.add(new Case(FILES, "a byte order mark", d -> {
      byte[] body = "{\"topics\": [{\"id\": \"a\", \"name\": \"A\"}]}".getBytes(StandardCharsets.UTF_8);
      byte[] b = new byte[body.length + 3];
      b[0] = (byte) 0xEF;
      b[1] = (byte) 0xBB;
      b[2] = (byte) 0xBF;
      System.arraycopy(body, 0, b, 3, body.length);
      return List.of(write(d, "bom.json", b));
    }, 1, "PS104", "byte order mark"));
    c.add(new Case(FILES, "NUL bytes inside a string", d -> List.of(write(d, "nul.json",
        "{\"topics\": [{\"id\": \"a\u0000b\", \"name\": \"A\"}]}")), 1, "PS101", "CTRL-CHAR"));
    c.add(new Case(FILES, "1 MB of NUL bytes", d -> List.of(write(d, "zeros.json", new byte[1 << 20])),
        1, "PS101", "CTRL-CHAR"));
    c.add(new Case(FILES, "an empty .json file", d -> List.of(write(d, "empty.json", new byte[0])),
        1, "PS101", "file holds no JSON value"));
    c.add(new Case(FILES, "an empty .jsonl file (no records: valid)",
        d -> List.of(write(d, "empty.jsonl", new byte[0])), 0, null, null));
    c.add(new Case(FILES, "1,000,000 broken JSON Lines", d -> {
      Path f = d.resolve("broken.jsonl");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
        byte[] line = "{\"$type\": \"topic\", \"id\": \"X\"}\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1_000_000; i++) {
          out.write(line);
        }
      }
      return List.of(f.toString());
    }, 1, "PS106", "reading stopped after 10000 findings in this file"));
    c.add(new Case(FILES, "a folder with no dataset files", d -> {
      Path f = Files.createDirectories(d.resolve("no-data"));
      Files.writeString(f.resolve("README.md"), "# notes\n");
      Files.writeString(f.resolve("data.txt"), "{}\n");
      return List.of(f.toString());
    }, 3, "PS002", "folder holds no .json, .jsonl or .ndjson files"));
    c.add(new Case(SPECIAL, "a FIFO given as PATH", d -> {
      Path f = d.resolve("given.json");
      return mkfifo(f) ? List.of(f.toString()) : null;
    }, 3, "PS001", "a FIFO (named pipe)"));
    c.add(new Case(SPECIAL, "a FIFO inside a dataset folder", d -> {
      Path folder = Files.createDirectories(d.resolve("with-fifo"));
      write(folder, "ok.json", "{\"topics\": [{\"id\": \"a\", \"name\": \"A\"}]}");
      return mkfifo(folder.resolve("pipe.json")) ? List.of(folder.toString()) : null;
    }, 3, "PS001", "a FIFO (named pipe)"));
    c.add(new Case(SPECIAL, "/dev/zero given as PATH", d -> Files.exists(Path.of("/dev/zero"))
        ? List.of("/dev/zero") : null, 3, "PS001", "a character device"));
    c.add(new Case(SPECIAL, "a link to /dev/zero inside a dataset folder", d -> {
      Path folder = Files.createDirectories(d.resolve("with-device"));
      Files.createSymbolicLink(folder.resolve("zero.json"), Path.of("/dev/zero"));
      return List.of(folder.toString());
    }, 3, "PS001", "a character device"));
    c.add(new Case(SPECIAL, "a symbolic link loop inside a dataset folder (and a link to the folder "
        + "itself)", d -> {
          Path folder = Files.createDirectories(d.resolve("with-loop"));
          Files.createSymbolicLink(folder.resolve("a.json"), Path.of("b.json"));
          Files.createSymbolicLink(folder.resolve("b.json"), Path.of("a.json"));
          Files.createSymbolicLink(folder.resolve("again"), Path.of("."));
          Files.createSymbolicLink(folder.resolve("again.json"), Path.of("."));
          return List.of(folder.toString());
        }, 3, "PS001", "a symbolic link loop"));
    c.add(new Case(SPECIAL, "a dangling symbolic link inside a dataset folder", d -> {
      Path folder = Files.createDirectories(d.resolve("with-dangling"));
      Files.createSymbolicLink(folder.resolve("gone.json"), Path.of("nowhere.json"));
      return List.of(folder.toString());
    }, 3, "PS001", "a broken symbolic link"));
    c.add(new Case(SPECIAL, "a link out of the dataset folder (to /etc/passwd)", d -> {
      Path folder = Files.createDirectories(d.resolve("with-escape"));
      Files.createSymbolicLink(folder.resolve("passwd.json"), Path.of("/etc/passwd"));
      return List.of(folder.toString());
    }, 3, "PS001", "symbolic link to a file outside the folder"));
    c.add(new Case(SPECIAL, "a source's archived text that is a link to /dev/zero", d -> {
      Path folder = Files.createDirectories(d.resolve("with-zero-text"));
      write(folder, "data.json", "{\"sources\": [{\"id\": \"s\", \"title\": \"S\", \"kind\": \"news\", "
          + "\"text\": \"zero.txt\"}], \"events\": [{\"id\": \"e\", \"title\": \"E\", \"date\": \"2024\", "
          + "\"type\": \"statement\", \"sources\": [{\"source\": \"s\", \"quote\": \"q\"}]}]}");
      Files.createSymbolicLink(folder.resolve("zero.txt"), Path.of("/dev/zero"));
      return List.of(folder.resolve("data.json").toString());
    }, 1, "PS403", "is not a regular file: a character device"));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> eachHostileInputEndsWithItsFinding() {
    return cases().stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> run(k)));
  }

  private static void run(Case k) throws Exception {
    List<String> paths = k.input().make(dir);
    if (paths == null) {
      System.out.println("SKIPPED (not available here): " + k.name());
      LOG.record(k.category(), k.name(), "skipped: not available on this machine");
      assumeTrue(false, "not available on this machine: " + k.name());
    }
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
    args.addAll(paths);
    long start = System.nanoTime();
    ChildJvm r = ChildJvm.run(HEAP, TIMEOUT, args.toArray(String[]::new));
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf("hostile input '%s': exit %d in %d ms%n", k.name(), r.exit(), ms);
    LOG.record(k.category(), k.name(), assertOutcome(k, r));
  }

  /** Asserts the exit code and finding of a run and returns the outcome as the report shows it. */
  static String assertOutcome(Case k, ChildJvm r) {
    assertThat(r.finished()).as("%s finished within %s", k.name(), TIMEOUT).isTrue();
    assertThat(r.err()).as("stderr of %s", k.name()).doesNotContain("OutOfMemoryError")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.exit()).as("exit code of %s; output %s", k.name(), r.out()).isEqualTo(k.exit());
    JsonNode report = MAPPER.readTree(r.out());
    List<String> codes = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      codes.add(f.get("code").asString());
      messages.add(f.get("message").asString());
    }
    if (k.code() == null) {
      assertThat(codes).as("findings of %s", k.name()).isEmpty();
      return "no finding, exit " + r.exit();
    }
    assertThat(codes).as("findings of %s", k.name()).contains(k.code());
    assertThat(messages).as("messages of %s", k.name()).anyMatch(m -> m.contains(k.message()));
    return k.code() + " " + slug(k.code()) + ", exit " + r.exit();
  }

  static String slug(String code) {
    for (org.policyset.core.diagnostic.Rule rule : org.policyset.core.diagnostic.Rule.values()) {
      if (rule.code().equals(code)) {
        return rule.slug();
      }
    }
    return "?";
  }

  @TestFactory
  Stream<DynamicTest> unreadableFilesAndFoldersAreReportedNotFatal() {
    return Stream.of(
        DynamicTest.dynamicTest("a file without read permission", () -> unreadable(false)),
        DynamicTest.dynamicTest("a subfolder without read permission", () -> unreadable(true)));
  }

  /**
   * Root reads files whatever their mode, and tests often run as root: then the command runs under
   * {@code setpriv} without the capabilities that let root ignore permissions.
   */
  private static void unreadable(boolean folder) throws Exception {
    String name = folder ? "a subfolder without read permission" : "a file without read permission";
    Path data = Files.createDirectories(dir.resolve(folder ? "locked-folder" : "locked-file"));
    write(data, "ok.json", "{\"topics\": [{\"id\": \"a\", \"name\": \"A\"}]}");
    Path locked = folder ? Files.createDirectories(data.resolve("sub")) : data.resolve("secret.json");
    if (folder) {
      write(locked, "inner.json", "{}");
    } else {
      write(data, "secret.json", "{}");
    }
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      List<String> prefix = List.of();
      if (Files.isReadable(locked)) {
        if (!setprivWorks()) {
          System.out.println("SKIPPED: running as root, and setpriv cannot drop the capability to "
              + "read any file: " + name);
          LOG.record(ACCESS, name, "skipped: root, and no setpriv");
          assumeTrue(false, "root without setpriv");
        }
        prefix = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search");
      }
      List<String> cmd = new ArrayList<>(prefix);
      cmd.addAll(ChildJvm.command(HEAP, "validate", "--format", "json", data.toString()));
      ChildJvm r = ChildJvm.exec(cmd, TIMEOUT);
      Case k = new Case(ACCESS, name, null, 3, "PS001", "permission denied");
      if (!prefix.isEmpty()) {
        System.out.println("unreadable input: ran as root without CAP_DAC_OVERRIDE (setpriv): " + name);
      }
      LOG.record(ACCESS, name, assertOutcome(k, r));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString(
          folder ? "rwxr-xr-x" : "rw-r--r--"));
    }
  }

  private static boolean setprivWorks() {
    try {
      Process p = new ProcessBuilder("setpriv", "--bounding-set=-dac_override,-dac_read_search", "true")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static boolean mkfifo(Path f) {
    try {
      Process p = new ProcessBuilder("mkfifo", f.toString()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static String write(Path d, String name, String text) throws IOException {
    return write(d, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static String write(Path d, String name, byte[] bytes) throws IOException {
    Path f = d.resolve(name);
    Files.write(f, bytes);
    return f.toString();
  }

  /** Streams a valid single-line document of topics of about {@code size} bytes to {@code f}. */
  static void bigDocument(Path f, long size) throws IOException {
    String description = ("A topic with a long description, repeated to make the record about one "
        + "kilobyte long. ").repeat(11).trim();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
      out.write("{\"topics\":[".getBytes(StandardCharsets.UTF_8));
      long written = 11;
      for (int i = 0; written < size; i++) {
        byte[] rec = ((i > 0 ? "," : "") + "{\"id\":\"t-" + i + "\",\"name\":\"Topic " + i
            + "\",\"description\":\"" + description + "\"}").getBytes(StandardCharsets.UTF_8);
        out.write(rec);
        written += rec.length;
      }
      out.write("]}".getBytes(StandardCharsets.UTF_8));
    }
  }

  @AfterAll
  static void writeLog() {
    LOG.write();
  }
}
