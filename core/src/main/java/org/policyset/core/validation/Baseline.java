package org.policyset.core.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.json.Json;
import org.policyset.core.internal.fs.AtomicWrites;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Layer;

/**
 * The findings a dataset had when a new rule or a stricter policy was adopted: a validation with a
 * baseline reports only findings that are not in it, so open pull requests are judged on what they
 * change.
 *
 * <p>Findings are matched by {@link Finding#fingerprint()}: the rule, the record and the pointer
 * within the record; for a finding about no record, the rule, the file and the message. Line
 * numbers never take part, so edits above a finding do not bring it back. Matching counts: if a
 * record had one finding of a rule at a pointer and now has two, one is new.
 *
 * <pre>{@code
 * {
 *   "baselineVersion": 1,
 *   "findings": [
 *     {"rule": "PS404", "record": "source:un-charter", "pointer": "/id",
 *      "fingerprint": "3f9c…"},
 *     {"rule": "PS105", "file": "legacy/old.json", "message": "content follows …",
 *      "fingerprint": "b21e…"}
 *   ]
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Baseline {

  /** The version of the baseline file format. */
  public static final int FORMAT_VERSION = 1;

  /**
   * One baselined finding.
   *
   * @param rule the rule code
   * @param record the record as {@code type:id}, or null for findings about no record
   * @param pointer the pointer relative to the record (or in the file, without a record); null when a
   *     baseline file gives none
   * @param file the file, recorded for findings about no record, else null
   * @param message the message, recorded for findings about no record, else null
   * @param fingerprint the {@link Finding#fingerprint()} that matching uses
   * @since 0.1.0
   */
  public record Entry(String rule, @Nullable String record, @Nullable String pointer, @Nullable String file,
      @Nullable String message, String fingerprint) {

    /**
     * Checks the required components.
     *
     * @param rule the rule code
     * @param record the record as {@code type:id}, or null
     * @param pointer the pointer relative to the record (or in the file, without a record)
     * @param file the file, recorded for findings about no record, else null
     * @param message the message, recorded for findings about no record, else null
     * @param fingerprint the {@link Finding#fingerprint()} that matching uses
     */
    public Entry {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * Returns the entry that records {@code finding}.
     *
     * @param finding the finding
     * @return the entry
     */
    public static Entry of(Finding finding) {
      boolean byRecord = finding.record() != null && !finding.record().endsWith(":?");
      return new Entry(finding.rule().code(), byRecord ? finding.record() : null,
          byRecord ? finding.recordPointer() : finding.pointer(),
          byRecord ? null : finding.location().file(), byRecord ? null : finding.message(),
          finding.fingerprint());
    }
  }

  private final List<Entry> entries;
  /** The file read, as given, for findings about its entries; null for a baseline built in code. */
  private @Nullable String source;

  private Baseline(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::rule)
        .thenComparing(e -> e.record() == null ? "" : e.record())
        .thenComparing(e -> e.file() == null ? "" : e.file())
        .thenComparing(e -> e.pointer() == null ? "" : e.pointer())
        .thenComparing(Entry::fingerprint));
    this.entries = List.copyOf(sorted);
  }

  /** {@return a baseline that holds no finding} */
  public static Baseline empty() {
    return new Baseline(List.of());
  }

  /**
   * Returns a baseline of {@code findings}, leaving out those of the input and configuration layers,
   * which are about the command line rather than the data.
   *
   * @param findings today's findings
   * @return the baseline
   */
  public static Baseline of(Collection<Finding> findings) {
    List<Entry> entries = new ArrayList<>();
    for (Finding f : findings) {
      if (baselinable(f)) {
        entries.add(Entry.of(f));
      }
    }
    return new Baseline(entries);
  }

  static boolean baselinable(Finding f) {
    Layer layer = f.rule().layer();
    return layer != Layer.INPUT && layer != Layer.CONFIGURATION;
  }

  /** {@return the entries, sorted by rule, record or file, and pointer} */
  public List<Entry> entries() {
    return entries;
  }

  /** {@return the number of entries} */
  public int size() {
    return entries.size();
  }

  /** Returns how many entries each fingerprint has. */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new HashMap<>();
    for (Entry e : entries) {
      counts.merge(e.fingerprint(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Reads a baseline file.
   *
   * @param file the file
   * @return the baseline
   * @throws IOException if the file cannot be read or is not a baseline of a known version
   */
  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(Files.readString(file));
    } catch (JacksonException e) {
      throw new IOException(file + " is not a baseline: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("findings").isArray()) {
      throw new IOException(file + " is not a baseline: expected {\"baselineVersion\": 1, \"findings\": […]}");
    }
    int version = root.path("baselineVersion").asInt(0);
    if (version != FORMAT_VERSION) {
      throw new IOException(file + " has baseline version " + root.path("baselineVersion")
          + "; this policyset reads version " + FORMAT_VERSION);
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode n : root.get("findings")) {
      String rule = string(n, "rule");
      String fingerprint = string(n, "fingerprint");
      if (rule == null || fingerprint == null) {
        throw new IOException(file + " is not a baseline: every finding has a 'rule' and a 'fingerprint'");
      }
      entries.add(new Entry(rule, string(n, "record"), string(n, "pointer"), string(n, "file"),
          string(n, "message"), fingerprint));
    }
    Baseline b = new Baseline(entries);
    b.source = file.toString();
    return b;
  }

  /** {@return the file read, as given, or null for a baseline built in code} */
  @Nullable String source() {
    return source;
  }

  private static @Nullable String string(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v != null && v.isString() ? v.asString() : null;
  }

  /**
   * Writes the baseline to {@code file}, atomically, in a stable order so that it diffs well.
   *
   * @param file the file
   * @throws IOException if it cannot be written; an existing file is then left unchanged
   */
  public void write(Path file) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("baselineVersion", FORMAT_VERSION);
    ArrayNode list = root.putArray("findings");
    for (Entry e : entries) {
      ObjectNode o = list.addObject();
      o.put("rule", e.rule());
      if (e.record() != null) {
        o.put("record", e.record());
      }
      if (e.file() != null) {
        o.put("file", e.file());
      }
      if (e.pointer() != null) {
        o.put("pointer", e.pointer());
      }
      if (e.message() != null) {
        o.put("message", e.message());
      }
      o.put("fingerprint", e.fingerprint());
    }
    String text = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    AtomicWrites.write(file, text + "\n");
  }
}
