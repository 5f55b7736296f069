package org.policyset.core.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.text.Hints;
import org.policyset.core.internal.json.Json;
import org.policyset.core.internal.json.LocatedTree;
import org.policyset.core.internal.json.Pointers;
import org.policyset.core.model.RecordType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import org.policyset.core.diagnostic.Suppression;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.Layer;

/**
 * The suppressions of a dataset: findings accepted for a stated reason, read from a suppressions
 * file such as {@code .policyset-suppressions.json}.
 *
 * <pre>{@code
 * {
 *   "suppressions": [
 *     {"rule": "PS404", "record": "source:un-charter", "reason": "cited by the next release"},
 *     {"rule": "PS307", "record": "stance:cn-gaza-2024", "pointer": "/position",
 *      "reason": "both positions stand; see the 2024 commentary"},
 *     {"rule": "PS105", "file": "legacy/old.json", "reason": "archived as received"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Every entry names a rule (code or name), a record ({@code type:id}) or a file or folder
 * (relative to the suppressions file), optionally a JSON pointer, and a reason. An entry without a
 * reason, with an unknown rule or without a target is reported as {@link Rule#INVALID_SUPPRESSION}
 * and suppresses nothing; an entry that matches no finding is reported as
 * {@link Rule#UNUSED_SUPPRESSION}. Findings of the input and configuration layers cannot be
 * suppressed.
 *
 * @since 0.1.0
 */
public final class Suppressions {

  /** The name of the suppressions file that the command line reads when present. */
  public static final String DEFAULT_FILE_NAME = ".policyset-suppressions.json";

  private static final Set<String> KEYS = Set.of("rule", "record", "file", "pointer", "reason");
  private static final Pattern RECORD = Pattern.compile("^[a-z]+:[^\\s]+$");

  private final List<Suppression> entries;
  private final List<Finding> problems;
  /** By entry: the folder its file target is relative to (that of the file declaring it). */
  private final List<Path> bases;

  private Suppressions(List<Suppression> entries, List<Finding> problems, Path baseDirectory) {
    this(entries, problems, java.util.Collections.nCopies(entries.size(),
        baseDirectory.toAbsolutePath().normalize()));
  }

  private Suppressions(List<Suppression> entries, List<Finding> problems, List<Path> bases) {
    this.entries = List.copyOf(entries);
    this.problems = List.copyOf(problems);
    this.bases = List.copyOf(bases);
  }

  /**
   * Returns these suppressions followed by {@code later}'s, as when two suppressions files apply:
   * a finding is accepted by the first entry that matches it (so an entry of {@code later} that
   * only repeats one of these is reported unused), and file targets stay relative to the file
   * that declared them.
   *
   * @param later the suppressions that come after these
   * @return both
   * @since 0.1.0
   */
  public Suppressions and(Suppressions later) {
    List<Suppression> e = new ArrayList<>(entries);
    e.addAll(later.entries);
    List<Finding> p = new ArrayList<>(problems);
    p.addAll(later.problems);
    List<Path> b = new ArrayList<>(bases);
    b.addAll(later.bases);
    return new Suppressions(e, p, b);
  }

  /**
   * Returns the suppressions files that apply by default to a run over {@code inputs}, in the
   * order their entries are tried: {@value #DEFAULT_FILE_NAME} in {@code workingFolder}, then the
   * one beside each dataset (in each input folder, or in the folder of each input file), each file
   * once.
   *
   * @param workingFolder the folder the command runs in
   * @param inputs the dataset files and folders
   * @return the files that exist, in order
   * @since 0.1.0
   */
  public static List<Path> defaultFiles(Path workingFolder, List<Path> inputs) {
    List<Path> found = new ArrayList<>();
    List<Path> seen = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    folders.add(workingFolder);
    for (Path input : inputs) {
      Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
      if (folder != null) {
        folders.add(folder);
      }
    }
    for (Path folder : folders) {
      Path file = folder.resolve(DEFAULT_FILE_NAME);
      Path key = file.toAbsolutePath().normalize();
      if (!seen.contains(key) && Files.isRegularFile(file)) {
        seen.add(key);
        found.add(file);
      }
    }
    return found;
  }

  /**
   * Reads suppressions files and joins them with {@link #and}, in order.
   *
   * @param files the files
   * @return their suppressions
   * @throws IOException if a file cannot be read
   * @since 0.1.0
   */
  public static Suppressions readAll(List<Path> files) throws IOException {
    Suppressions all = none();
    for (Path f : files) {
      all = all.and(read(f));
    }
    return all;
  }

  /** {@return suppressions that suppress nothing} */
  public static Suppressions none() {
    return new Suppressions(List.of(), List.of(), Path.of(""));
  }

  /**
   * Returns the given suppressions, with file targets relative to {@code baseDirectory}.
   *
   * @param entries the suppressions
   * @param baseDirectory the folder that file targets are relative to
   * @return the suppressions
   */
  public static Suppressions of(List<Suppression> entries, Path baseDirectory) {
    return new Suppressions(entries, List.of(), baseDirectory);
  }

  /**
   * Reads a suppressions file. Problems inside it, from malformed JSON to an entry without a reason,
   * become {@link Rule#INVALID_SUPPRESSION} findings located in the file, not exceptions.
   *
   * @param file the suppressions file; findings name it as given
   * @return the valid entries and the problems
   * @throws IOException if the file cannot be read
   */
  public static Suppressions read(Path file) throws IOException {
    String display = file.toString();
    Path parent = file.toAbsolutePath().getParent();
    Path dir = parent != null ? parent : file.toAbsolutePath();
    List<Finding> problems = new ArrayList<>();
    List<Suppression> entries = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      problems.add(problem(Location.ofFile(display), "", "the suppressions file is not valid UTF-8",
          "save it as UTF-8"));
      return new Suppressions(entries, problems, dir);
    }
    LocatedTree tree;
    try (Reader reader = new java.io.StringReader(text);
        JsonParser parser = Json.mapper().createParser(reader)) {
      if (parser.nextToken() == null) {
        problems.add(problem(Location.ofFile(display), "", "the suppressions file is empty",
            "write {\"suppressions\": []}"));
        return new Suppressions(entries, problems, dir);
      }
      tree = LocatedTree.read(parser, display, 0, "", f -> problems.add(
          problem(f.location(), f.pointer(), f.message(), f.hint())), Integer.MAX_VALUE);
      if (parser.nextToken() != null) {
        problems.add(problem(locate(parser, display), "", "content follows the suppressions object",
            "a suppressions file holds one JSON object"));
      }
    } catch (JacksonException e) {
      Location at = e.getLocation() == null ? Location.ofFile(display)
          : new Location(display, Math.max(e.getLocation().getLineNr(), 0),
              Math.max(e.getLocation().getColumnNr(), 0));
      String m = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
      int nl = m.indexOf('\n');
      problems.add(problem(at, "", "the suppressions file is not well-formed JSON: "
          + (nl >= 0 ? m.substring(0, nl) : m), "fix the JSON at this place"));
      return new Suppressions(entries, problems, dir);
    }
    JsonNode root = tree.node();
    JsonNode list = root.isObject() ? root.get("suppressions") : null;
    if (list == null || !list.isArray()) {
      problems.add(problem(tree.root(), "", "a suppressions file is an object with a 'suppressions' array",
          "write {\"suppressions\": [{\"rule\": …, \"record\": …, \"reason\": …}]}"));
      return new Suppressions(entries, problems, dir);
    }
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!e.getKey().equals("suppressions") && !e.getKey().equals("$schema")) {
        problems.add(problem(tree.locate(Pointers.child("", e.getKey())), Pointers.child("", e.getKey()),
            "unknown key '" + e.getKey() + "' in the suppressions file", "the only key is 'suppressions'"));
      }
    }
    for (int i = 0; i < list.size(); i++) {
      String pointer = "/suppressions/" + i;
      Suppression s = entry(list.get(i), pointer, tree, problems);
      if (s != null) {
        entries.add(s);
      }
    }
    return new Suppressions(entries, problems, dir);
  }

  private static @Nullable Suppression entry(JsonNode node, String pointer, LocatedTree tree,
      List<Finding> problems) {
    Location at = tree.locate(pointer);
    if (!node.isObject()) {
      problems.add(problem(at, pointer, "a suppression must be an object",
          "write {\"rule\": …, \"record\": …, \"reason\": …}"));
      return null;
    }
    int before = problems.size();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String p = Pointers.child(pointer, e.getKey());
      if (!KEYS.contains(e.getKey())) {
        String hint = Hints.didYouMean(e.getKey(), KEYS);
        problems.add(problem(tree.locate(p), p, "unknown key '" + e.getKey() + "' in a suppression",
            hint != null ? hint : "the keys are rule, record, file, pointer and reason"));
      } else if (!e.getValue().isString()) {
        problems.add(problem(tree.locate(p), p, "'" + e.getKey() + "' must be a string", null));
      }
    }
    String ruleName = text(node, "rule");
    Rule rule = ruleName == null ? null : Rule.lookup(ruleName);
    if (ruleName == null) {
      problems.add(problem(at, pointer, "a suppression names no rule", "add \"rule\": \"PS…\""));
    } else if (rule == null) {
      List<String> names = new ArrayList<>();
      for (Rule r : Rule.values()) {
        names.add(r.code());
        names.add(r.slug());
      }
      String hint = Hints.didYouMean(ruleName, names);
      problems.add(problem(tree.locate(pointer + "/rule"), pointer + "/rule",
          "unknown rule '" + ruleName + "'", hint != null ? hint : "'policyset rules' lists them"));
    } else if (rule.layer() == Layer.INPUT || rule.layer() == Layer.CONFIGURATION) {
      problems.add(problem(tree.locate(pointer + "/rule"), pointer + "/rule",
          "findings of rule " + rule.code() + " cannot be suppressed",
          "suppressions accept findings about the data; fix the command line or the suppressions file"));
    }
    String record = text(node, "record");
    if (record != null && !validRecord(record)) {
      problems.add(problem(tree.locate(pointer + "/record"), pointer + "/record",
          "'" + record + "' is not a record such as 'stance:cn-gaza'",
          "write the record type (actor, topic, principle, event, stance, source or manifest), a colon and the id"));
    }
    String file = text(node, "file");
    if (file != null) {
      try {
        Path unused = Path.of(file); // throws for a string that is no path here
      } catch (InvalidPathException e) {
        problems.add(problem(tree.locate(pointer + "/file"), pointer + "/file",
            "'" + file + "' is not a file path", null));
      }
    }
    if (record == null && file == null) {
      problems.add(problem(at, pointer, "a suppression names neither a record nor a file",
          "add \"record\": \"type:id\" or \"file\": \"path\"; to leave a rule out everywhere use --ignore"));
    }
    String p = text(node, "pointer");
    if (p != null && !p.isEmpty() && !p.startsWith("/")) {
      problems.add(problem(tree.locate(pointer + "/pointer"), pointer + "/pointer",
          "'" + p + "' is not a JSON pointer", "a JSON pointer starts with '/', such as '/position'"));
    }
    String reason = text(node, "reason");
    if (reason == null || reason.isBlank()) {
      problems.add(problem(reason == null ? at : tree.locate(pointer + "/reason"), pointer + "/reason",
          "a suppression must state a reason",
          "add \"reason\": why this finding is acceptable, for the next reviewer"));
    }
    if (problems.size() > before || rule == null || reason == null) {
      return null; // a missing rule or reason is among the problems
    }
    return new Suppression(rule, record, file, p == null || p.isEmpty() ? null : p, reason.strip(), at);
  }

  private static boolean validRecord(String record) {
    if (!RECORD.matcher(record).matches()) {
      return false;
    }
    String type = record.substring(0, record.indexOf(':'));
    return type.equals("manifest") || RecordType.forSingular(type) != null;
  }

  private static @Nullable String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isString() ? v.asString() : null;
  }

  private static Location locate(JsonParser parser, String display) {
    var l = parser.currentTokenLocation();
    return l == null || l.getLineNr() < 1 ? Location.ofFile(display)
        : new Location(display, l.getLineNr(), Math.max(l.getColumnNr(), 1));
  }

  private static Finding problem(Location at, String pointer, String message, @Nullable String hint) {
    return Finding.of(Rule.INVALID_SUPPRESSION, at, message).withPointer(pointer).withHint(hint);
  }

  /** {@return the valid suppressions, in the order they were declared} */
  public List<Suppression> entries() {
    return entries;
  }

  /** {@return the {@link Rule#INVALID_SUPPRESSION} findings about the suppressions file itself} */
  public List<Finding> problems() {
    return problems;
  }

  /** {@return whether there are no entries and no problems} */
  public boolean isEmpty() {
    return entries.isEmpty() && problems.isEmpty();
  }

  /**
   * Returns the first suppression that accepts {@code finding}.
   *
   * @param finding a finding
   * @return the suppression, or null when none matches or the finding's layer cannot be suppressed
   */
  public @Nullable Suppression match(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    Layer layer = finding.rule().layer();
    if (layer == Layer.INPUT || layer == Layer.CONFIGURATION) {
      return null;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (matches(entries.get(i), finding, bases.get(i))) {
        return entries.get(i);
      }
    }
    return null;
  }

  private static boolean matches(Suppression s, Finding f, Path baseDirectory) {
    if (s.rule() != f.rule()) {
      return false;
    }
    if (s.record() != null && !s.record().equals(f.record())) {
      return false;
    }
    if (s.file() != null && !inFile(baseDirectory, s.file(), f.location().file())) {
      return false;
    }
    if (s.pointer() != null) {
      String p = s.record() != null ? f.recordPointer() : f.pointer();
      return p.equals(s.pointer()) || p.startsWith(s.pointer() + "/");
    }
    return true;
  }

  private static boolean inFile(Path baseDirectory, String target, String findingFile) {
    try {
      Path t = baseDirectory.resolve(target).normalize();
      Path f = Path.of(findingFile).toAbsolutePath().normalize();
      return f.startsWith(t);
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
