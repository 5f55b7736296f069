package org.policyset.core.merge;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;

/**
 * Places the archived texts of merged sources so that none is lost: one source whose inputs hold
 * different texts is a conflict (the texts decide its quote checks), and two sources whose
 * different texts have one path keep them apart, the later of them (by source id) under a name
 * made from its content's hash ({@code texts/x.txt} becomes {@code texts/x.3f2a9c1b0d4e.txt}),
 * with its {@code text} field changed to match. The placement depends only on what the inputs
 * hold, not on their order, so that merge stays commutative.
 *
 * @since 0.1.0
 */
public final class MergedTexts {
  private MergedTexts() {}

  /**
   * Where the texts go.
   *
   * @param dataset the merged dataset, with the {@code text} of renamed sources changed
   * @param texts the content of each source's text, by source id
   * @param conflicts sources whose inputs hold different texts under the same path
   * @since 0.1.0
   */
  public record Placement(Dataset dataset, Map<String, byte[]> texts, List<MergeConflict> conflicts) {
    /**
     * Copies the collections.
     *
     * @param dataset the merged dataset, with the {@code text} of renamed sources changed
     * @param texts the content of each source's text, by source id
     * @param conflicts sources whose inputs hold different texts under the same path
     */
    public Placement {
      texts = Map.copyOf(texts);
      conflicts = List.copyOf(conflicts);
    }
  }

  /**
   * Places the texts of {@code merged}'s sources.
   *
   * @param merged the merged dataset
   * @param inputs for each input, in order, its datasets's sources and their texts by source id
   * @param policy which text a conflicting source keeps: the first input's (also for
   *     {@link ConflictPolicy#FAIL}, whose caller writes nothing) or the last's
   * @return the placement
   */
  public static Placement place(Dataset merged, List<Input> inputs, ConflictPolicy policy) {
    Map<String, byte[]> chosen = new TreeMap<>();
    List<MergeConflict> conflicts = new ArrayList<>();
    Map<String, Source> mergedSources = byId(merged);
    List<Map<String, Source>> inputSources = inputs.stream().map(in -> byId(in.dataset())).toList();
    for (Source s : merged.sources()) {
      if (s.text() == null) {
        continue;
      }
      List<byte[]> contents = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        byte[] text = inputs.get(i).texts().get(s.id());
        Source declared = inputSources.get(i).get(s.id());
        if (text != null && declared != null && s.text().equals(declared.text())
            && contents.stream().noneMatch(c -> Arrays.equals(c, text))) {
          contents.add(text);
        }
      }
      if (contents.isEmpty()) {
        continue;
      }
      if (contents.size() > 1) {
        conflicts.add(new MergeConflict(RecordType.SOURCE, s.id(), List.of(new FieldDifference(
            "text (the archived file " + s.text() + ")", null, describe(contents.get(0)),
            describe(contents.get(contents.size() - 1)))), null, null, MergeConflict.Kind.BOTH_CHANGED));
      }
      chosen.put(s.id(), policy == ConflictPolicy.LAST ? contents.get(contents.size() - 1) : contents.get(0));
    }
    // Sources by the path their text goes to; the first source (by id) of each content keeps it.
    Map<String, String> renamed = new LinkedHashMap<>();
    Map<String, List<String>> byPath = new TreeMap<>();
    chosen.forEach((id, bytes) -> byPath.computeIfAbsent(normal(textPath(mergedSources, id)),
        p -> new ArrayList<>()).add(id));
    for (Map.Entry<String, List<String>> e : byPath.entrySet()) {
      byte[] first = chosen.get(e.getValue().get(0));
      for (String id : e.getValue()) {
        byte[] mine = Objects.requireNonNull(chosen.get(id));
        if (!Arrays.equals(mine, first)) {
          renamed.put(id, withHash(textPath(mergedSources, id), mine));
        }
      }
    }
    Dataset dataset = merged;
    if (!renamed.isEmpty()) {
      List<PolicyRecord> records = new ArrayList<>();
      for (PolicyRecord r : merged.records().toList()) {
        if (r instanceof Source s && renamed.containsKey(s.id())) {
          records.add(new Source(s.id(), s.title(), s.kind(), s.author(), s.publisher(),
              s.published(), s.url(), s.symbol(), renamed.get(s.id())));
        } else {
          records.add(r);
        }
      }
      dataset = Dataset.of(merged.manifest(), records);
    }
    return new Placement(dataset, chosen, conflicts);
  }

  /** The text path of a source that {@code chosen} holds: one of the merged sources, naming a text. */
  private static String textPath(Map<String, Source> mergedSources, String id) {
    Source s = Objects.requireNonNull(mergedSources.get(id), "a chosen text belongs to a merged source");
    return Objects.requireNonNull(s.text(), "a chosen text belongs to a source that names one");
  }

  /**
   * One input of a merge as far as texts go: its sources and the texts read for them.
   *
   * @param dataset the input dataset
   * @param texts the content of each source's text that could be read, by source id
   * @since 0.1.0
   */
  public record Input(Dataset dataset, Map<String, byte[]> texts) {
    /**
     * Copies the map.
     *
     * @param dataset the input dataset
     * @param texts the content of each source's text that could be read, by source id
     */
    public Input {
      texts = Map.copyOf(texts);
    }
  }

  private static Map<String, Source> byId(Dataset d) {
    Map<String, Source> m = new java.util.HashMap<>();
    d.sources().forEach(s -> m.putIfAbsent(s.id(), s));
    return m;
  }

  private static String normal(String text) {
    return Path.of(text).normalize().toString();
  }

  /** Returns {@code texts/x.txt} as {@code texts/x.HASH.txt}, HASH the first 12 hex of SHA-256. */
  static String withHash(String text, byte[] content) {
    String hash = sha256(content).substring(0, 12);
    int slash = text.lastIndexOf('/');
    int dot = text.lastIndexOf('.');
    if (dot <= slash + 1) {
      return text + "." + hash;
    }
    return text.substring(0, dot) + "." + hash + text.substring(dot);
  }

  private static String describe(byte[] content) {
    return "\"" + content.length + " bytes, SHA-256 " + sha256(content).substring(0, 16) + "…\"";
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
