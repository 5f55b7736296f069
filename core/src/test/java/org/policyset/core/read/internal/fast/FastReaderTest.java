package org.policyset.core.read.internal.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.GeneratedData;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.model.Manifest;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import tools.jackson.databind.JsonNode;
import org.policyset.core.read.internal.reference.DocumentReader;
import org.policyset.core.internal.json.Json;

/**
 * The fast reader must report exactly what the reference reader reports, event by event and location
 * by location, on clean files and on files broken in every way the fast path hands back — in files
 * large enough to be read by worker threads.
 */
class FastReaderTest {

  @TempDir
  static Path dir;

  static byte[] document;
  static byte[] lines;

  @BeforeAll
  static void generate() throws Exception {
    // Read by worker threads, in many batches, whatever their size.
    // Generated: 1,500 and 1,600 records, seed 9, 2% injected errors (see the resource's README).
    document = Files.readAllBytes(GeneratedData.file("base.json", dir));
    lines = Files.readAllBytes(GeneratedData.file("base.jsonl", dir));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        fastDoc("clean", b -> b),
        doc("crlf line ends", b -> replace(b, "\n", "\r\n", -1)),
        doc("one line", FastReaderTest::compact),
        doc("duplicate key late", b -> replaceNth(b, "\"statement\"", "\"topic\": \"x\", \"statement\"", 1300)),
        doc("syntax error late", b -> replaceNth(b, "\"statement\" :", "\"statement\" ", 1350)),
        doc("invalid utf-8 late", b -> replaceNth(b, "\"statement\" : \"", "\"statement\" : \"\u00ff", 1200, true)),
        doc("invalid utf-8 early", b -> replaceNth(b, "\"statement\" : \"", "\"statement\" : \"\u00ff", 20, true)),
        doc("byte order mark", b -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b)),
        doc("trailing content", b -> concat(b, "{}\n".getBytes(StandardCharsets.UTF_8))),
        doc("record that is not an object", b -> replaceNth(b, "\"stances\" : [", "\"stances\" : [ 42,", 0)),
        doc("unknown section", b -> replaceNth(b, "\"stances\" : [", "\"stancez\": [], \"stances\" : [", 0)),
        doc("control character in a string", b -> replaceNth(b, "\"statement\" : \"", "\"statement\" : \"\t", 800)),
        doc("deep nesting", b -> replaceNth(b, "\"statement\" : \"", "\"statement\" : " + "[".repeat(70)
            + "]".repeat(70) + ", \"x\": \"", 800)),
        // Inside strings the document scanner skips eight bytes at a time: escapes, multi-byte
        // characters and invalid bytes must be found at every position in a word.
        fastDoc("escapes at every alignment", b -> everyOccurrence(b, "\"statement\" : \"",
            i -> "\"statement\" : \"" + "x".repeat(i % 8) + "\\\"q\\\" \\\\ \\u00e9 ")),
        fastDoc("multi-byte characters at every alignment", b -> everyOccurrence(b, "\"statement\" : \"",
            i -> "\"statement\" : \"" + "x".repeat(i % 8) + "\u00fc\u20ac\ud83d\ude00 ")),
        doc("invalid utf-8 at an odd alignment", b -> everyOccurrence(b, "\"statement\" : \"",
            i -> i == 1100 ? "\"statement\" : \"" + "x".repeat(5) + "\u00ff" : "\"statement\" : \"", true)),
        doc("control character at an odd alignment", b -> everyOccurrence(b, "\"statement\" : \"",
            i -> i == 1100 ? "\"statement\" : \"" + "x".repeat(3) + "\u0001" : "\"statement\" : \"")),
        fastLin("clean", b -> b),
        lin("crlf line ends", b -> replace(b, "\n", "\r\n", -1)),
        lin("type not first", b -> replaceNth(b, "{\"$type\":\"stance\",\"id\":\"stance-40\"",
            "{\"id\":\"stance-40\",\"$type\":\"stance\"", 0)),
        lin("blank and unicode blank lines", b -> replaceNth(b, "\n", "\n\n \u2003\t\n", 800)),
        lin("syntax error", b -> replaceNth(b, "\"statement\":", "\"statement\" ", 1000)),
        lin("invalid utf-8 late", b -> replaceNth(b, "\"statement\":\"", "\"statement\":\"\u00ff", 1400, true)),
        lin("duplicate type", b -> replaceNth(b, "\"statement\":", "\"$type\":\"stance\",\"statement\":", 100)),
        // The line scanner skips eight bytes at a time: lone \r between tokens and multi-byte
        // characters must be found at every position in a word.
        fastLin("lone carriage returns at every alignment", b -> everyOccurrence(b, "\"statement\":",
            i -> " ".repeat(i % 8) + "\r\"statement\":")),
        fastLin("multi-byte characters at every alignment", b -> everyOccurrence(b, "\"statement\":\"",
            i -> "\"statement\":\"" + "x".repeat(i % 8) + "\u00fc\u20ac\ud83d\ude00 ")),
        lin("invalid utf-8 at every alignment", b -> everyOccurrence(b, "\"statement\":\"",
            i -> i == 1200 ? "\"statement\":\"" + "x".repeat(3) + "\u00ff" : "\"statement\":\"", true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsWhatTheReferenceReaderReports(String name, boolean jsonl, UnaryOperator<byte[]> change,
      boolean staysFast) throws Exception {
    byte[] bytes = change.apply(jsonl ? lines : document);
    Path file = dir.resolve(name.replace(' ', '-') + (jsonl ? ".jsonl" : ".json"));
    Files.write(file, bytes);
    InputFile input = new InputFile(file, file.getFileName().toString(),
        jsonl ? InputFormat.JSON_LINES : InputFormat.JSON);
    List<String> expected = new ArrayList<>();
    boolean expectedComplete = new DocumentReader(ReadLimits.DEFAULTS).read(input, recorder(expected));
    List<String> actual = new ArrayList<>();
    FastReader fast = new FastReader(ReadLimits.DEFAULTS, false, 0);
    boolean actualComplete = fast.read(input, recorder(actual));
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(actualComplete).isEqualTo(expectedComplete);
    assertThat(expected).hasSizeGreaterThan(1);
    if (staysFast) {
      // Falling back would give the same events, only slower: these files must not need it.
      assertThat(fast.wholeFileFallbacks()).as("files read again by the reference reader").isZero();
    }
  }

  private static RecordListener recorder(List<String> events) {
    return new RecordListener() {
      @Override
      public void onFile(InputFile file) {
        events.add("file " + file.display());
      }

      @Override
      public void onRecord(ReadRecord r) {
        StringBuilder sb = new StringBuilder("record " + r.key() + " " + r.valid() + " " + r.pointer()
            + " " + r.location() + " " + r.value());
        // Locating reads the record again; every 25th record and every invalid one is enough.
        if (r.valid() && events.size() % 25 != 0) {
          events.add(sb.toString());
          return;
        }
        for (String p : List.of("", "/id", "/position", "/sources/0/quote", "/holders/1", "/date",
            "/nothing", "/sources/9")) {
          Location l = r.locator().locate(p);
          sb.append(' ').append(l);
        }
        events.add(sb.toString());
      }

      @Override
      public void onManifest(Manifest manifest, Location location) {
        events.add("manifest " + manifest + " " + location);
      }

      @Override
      public void onFinding(Finding f) {
        events.add("finding " + f);
      }
    };
  }

  private static Arguments doc(String name, UnaryOperator<byte[]> change) {
    return Arguments.of("document: " + name, false, change, false);
  }

  /** A document the fast path must read to its end without handing it to the reference reader. */
  private static Arguments fastDoc(String name, UnaryOperator<byte[]> change) {
    return Arguments.of("document: " + name, false, change, true);
  }

  /** JSON Lines the fast path must read to their end without the reference reader. */
  private static Arguments fastLin(String name, UnaryOperator<byte[]> change) {
    return Arguments.of("lines: " + name, true, change, true);
  }

  private static Arguments lin(String name, UnaryOperator<byte[]> change) {
    return Arguments.of("lines: " + name, true, change, false);
  }

  private static byte[] compact(byte[] b) {
    JsonNode tree = Json.mapper().readTree(b);
    return Json.mapper().writeValueAsBytes(tree);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private static byte[] everyOccurrence(byte[] b, String from, IntFunction<String> to) {
    return everyOccurrence(b, from, to, false);
  }

  /**
   * Replaces the i-th occurrence of {@code from} by {@code to.apply(i)}, for every i; with
   * {@code latin1}, U+00FF in a replacement becomes the byte 0xFF.
   */
  private static byte[] everyOccurrence(byte[] b, String from, IntFunction<String> to,
      boolean latin1) {
    String s = new String(b, StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int done = 0;
    int i = 0;
    for (int at = s.indexOf(from); at >= 0; at = s.indexOf(from, at + from.length()), i++) {
      out.writeBytes(s.substring(done, at).getBytes(StandardCharsets.UTF_8));
      out.writeBytes(to.apply(i).getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
      done = at + from.length();
    }
    out.writeBytes(s.substring(done).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] replace(byte[] b, String from, String to, int unused) {
    return new String(b, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] replaceNth(byte[] b, String from, String to, int n) {
    return replaceNth(b, from, to, n, false);
  }

  /** Replaces the n-th occurrence; with {@code latin1}, U+00FF in {@code to} becomes the byte 0xFF. */
  private static byte[] replaceNth(byte[] b, String from, String to, int n, boolean latin1) {
    String s = new String(b, StandardCharsets.UTF_8);
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = s.indexOf(from, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("fewer than " + (n + 1) + " of " + from);
      }
    }
    byte[] head = s.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] mid = latin1 ? to.getBytes(StandardCharsets.ISO_8859_1) : to.getBytes(StandardCharsets.UTF_8);
    byte[] tail = s.substring(at + from.length()).getBytes(StandardCharsets.UTF_8);
    return concat(concat(head, mid), tail);
  }
}
