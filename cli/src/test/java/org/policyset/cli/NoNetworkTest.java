package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.dataset.BundledDataset;

/**
 * No command opens a connection: validate, merge, diff, format, merge-driver, query, stats, export
 * and schema run in a child JVM
 * under a security manager that refuses every socket permission (name lookups included), on data
 * whose {@code $schema} names a URL. The same run first proves the manager refuses a socket, a
 * channel, a lookup, an HTTP client and a URL stream, so a quiet run means no network was touched.
 */
class NoNetworkTest {
  private static final Reliability LOG = new Reliability(NoNetworkTest.class);
  private static final String CATEGORY = "No network (child JVM, security manager refusing sockets)";

  @TempDir
  Path dir;

  @Test
  void noCommandTouchesTheNetwork() throws Exception {
    Path data = dir.resolve("data");
    Path bundled = NewRecordCommandTest.BUNDLED; // version 1, as the remote-schema file beside it
    try (Stream<Path> files = Files.walk(bundled)) {
      for (Path f : files.toList()) {
        Path to = data.resolve(bundled.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Path remote = dir.resolve("remote-schema.json");
    Files.writeString(remote, "{\"$schema\": \"https://policyset.example.org/schema/1/dataset.schema.json\","
        + " \"topics\": [{\"id\": \"remote-topic\", \"name\": \"A topic\"}]}\n");
    Path theirs = dir.resolve("theirs.json");
    Files.writeString(theirs, "{\"$schema\": \"https://policyset.example.org/schema/1/dataset.schema.json\","
        + " \"topics\": [{\"id\": \"remote-topic\", \"name\": \"A topic\", \"description\": \"Theirs.\"}]}\n");
    Path ours = dir.resolve("ours.json");
    Files.copy(remote, ours);
    Path out = dir.resolve("merged");

    List<List<String>> commands = List.of(
        List.of("validate", "--color=never"),
        List.of("validate", "--format", "json", data.toString(), remote.toString()),
        List.of("merge", data.toString(), remote.toString(), "-o", out.toString()),
        List.of("diff", data.toString(), out.toString()),
        List.of("format", "--check", data.toString()),
        List.of("format", out.toString()),
        List.of("merge-driver", remote.toString(), ours.toString(), theirs.toString(), "t.json"),
        List.of("query", data.toString(), "--type", "stance", "--format", "json"),
        List.of("stats", data.toString()),
        List.of("export", data.toString(), "-o", dir.resolve("export").toString()),
        List.of("schema", "--type", "stance"),
        List.of("rules"));
    List<String> labels = List.of(
        "validate (the bundled dataset)",
        "validate --format json (a document whose $schema is an https URL)",
        "merge -o (with that document)",
        "diff",
        "format --check",
        "format (rewrite in place)",
        "merge-driver",
        "query",
        "stats",
        "export",
        "schema",
        "rules");
    List<String> args = new ArrayList<>();
    for (List<String> c : commands) {
      if (!args.isEmpty()) {
        args.add("---");
      }
      args.addAll(c);
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(ChildJvm.javaBin());
    cmd.add("-Djava.security.manager=" + NoNetworkSecurityManager.class.getName());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(NoNetworkRun.class.getName());
    cmd.addAll(args);
    ChildJvm r = ChildJvm.exec(cmd, Duration.ofSeconds(180));
    assertThat(r.finished()).isTrue();
    assertThat(r.out()).as("stderr: %s", r.err()).doesNotContain("NO-SECURITY-MANAGER").contains("END");
    List<String> lines = r.out().lines().toList();
    for (String probe : List.of("socket", "channel", "lookup", "http", "url")) {
      assertThat(lines).as("the security manager refuses a %s", probe)
          .contains("PROBE " + probe + " REFUSED");
    }
    assertThat(lines).as("network permissions asked for by the commands")
        .noneMatch(l -> l.startsWith("DENIED"));
    assertThat(lines).noneMatch(l -> l.startsWith("STDERR") && l.contains("internal error"));
    for (int i = 0; i < commands.size(); i++) {
      List<String> c = commands.get(i);
      String line = lines.stream().filter(l -> l.startsWith("EXIT ") && l.endsWith(" " + String.join(" ", c)))
          .findFirst().orElseThrow(() -> new AssertionError("no exit line for " + c + " in " + r.out()));
      int exit = Integer.parseInt(line.split(" ")[1]);
      assertThat(exit).as("%s under the security manager: %s", c, r.out()).isZero();
      LOG.record(CATEGORY, "policyset " + labels.get(i), "exit 0, no socket asked for");
    }
    LOG.record(CATEGORY, "control: socket, channel, name lookup, HTTP client, URL stream",
        "all refused by the security manager");
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
