package org.policyset.core.diff;

import java.util.ArrayList;
import org.policyset.core.internal.json.CanonicalText;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.json.Json;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.write.CanonicalJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The record-level difference between two versions of a dataset: records added, removed and
 * changed, with the changed fields and their old and new values; and, when the archived texts of
 * the sources are given, the texts that changed, paragraph by paragraph, and the citations whose
 * quote a changed text broke.
 *
 * <p>Laws: {@code between(A, A)} is empty, and {@code between(A, B).applyTo(A)} equals {@code B}
 * up to record order.
 *
 * @param changes the changes: manifest first, then by type and id
 * @param texts the archived texts that changed, of sources both versions declare, by source id
 * @param brokenCitations the citations of the new version whose quote stood in the old text of its
 *     source and does not stand in the new, by record type and id
 * @since 0.1.0
 */
public record DatasetDiff(List<RecordChange> changes, List<TextChange> texts,
    List<BrokenCitation> brokenCitations) {

  /**
   * Copies the lists.
   *
   * @param changes the changes: manifest first, then by type and id
   * @param texts the archived texts that changed, by source id
   * @param brokenCitations the citations a changed text broke
   */
  public DatasetDiff {
    changes = List.copyOf(changes);
    texts = List.copyOf(texts);
    brokenCitations = List.copyOf(brokenCitations);
  }

  /**
   * A difference of records only, with no texts compared.
   *
   * @param changes the changes: manifest first, then by type and id
   */
  public DatasetDiff(List<RecordChange> changes) {
    this(changes, List.of(), List.of());
  }

  /** {@return whether the versions hold the same records and archived texts} */
  public boolean isEmpty() {
    return changes.isEmpty() && texts.isEmpty();
  }

  /**
   * Computes the difference from {@code before} to {@code after}, their archived texts included:
   * each text of a source both versions declare is compared by paragraph (a line of the text), and
   * each citation of {@code after} whose quote stood in the old text and not in the new is listed.
   *
   * @param before the old version
   * @param beforeTexts the archived texts of the old version's sources, by source id (those that
   *     could be read)
   * @param after the new version
   * @param afterTexts the archived texts of the new version's sources, by source id
   * @return the difference
   * @since 0.1.0
   */
  public static DatasetDiff between(Dataset before, Map<String, byte[]> beforeTexts, Dataset after,
      Map<String, byte[]> afterTexts) {
    List<TextChange> texts = TextDiff.changes(before, beforeTexts, after, afterTexts);
    return new DatasetDiff(between(before, after).changes(), texts,
        TextDiff.broken(texts, beforeTexts, after, afterTexts));
  }

  /**
   * Computes the difference from {@code before} to {@code after}.
   *
   * @param before the old version
   * @param after the new version
   * @return the difference
   */
  public static DatasetDiff between(Dataset before, Dataset after) {
    Map<String, Object> old = values(before);
    Map<String, Object> now = values(after);
    Set<String> keys = new java.util.TreeSet<>((a, b) -> order(a).compareTo(order(b)));
    keys.addAll(old.keySet());
    keys.addAll(now.keySet());
    List<RecordChange> changes = new ArrayList<>();
    for (String key : keys) {
      Object o = old.get(key);
      Object n = now.get(key);
      ObjectNode ot = o == null ? null : CanonicalText.tree(o);
      ObjectNode nt = n == null ? null : CanonicalText.tree(n);
      Object any = o != null ? o : n;
      RecordType type = any instanceof PolicyRecord r ? r.recordType() : null;
      String id = any instanceof PolicyRecord r ? r.id() : "manifest";
      if (ot == null) {
        changes.add(new RecordChange(RecordChange.Kind.ADDED, type, id, fields(null, nt)));
      } else if (nt == null) {
        changes.add(new RecordChange(RecordChange.Kind.REMOVED, type, id, fields(ot, null)));
      } else if (!ot.equals(nt)) {
        changes.add(new RecordChange(RecordChange.Kind.CHANGED, type, id, fields(ot, nt)));
      }
    }
    return new DatasetDiff(changes);
  }

  /**
   * Applies this difference to {@code before}: removes removed records, adds added ones, and sets or
   * clears the changed fields of changed ones.
   *
   * @param before the old version
   * @return the new version, records sorted by type and id
   * @throws IllegalArgumentException if {@code before} lacks a record the diff removes or changes
   */
  public Dataset applyTo(Dataset before) {
    Map<String, Object> values = values(before);
    for (RecordChange c : changes) {
      String key = c.key();
      Object existing = values.get(key);
      switch (c.kind()) {
        case REMOVED -> {
          if (values.remove(key) == null) {
            throw new IllegalArgumentException("no " + key + " to remove");
          }
        }
        case ADDED -> values.put(key, bind(apply(Json.mapper().createObjectNode(), c), c));
        case CHANGED -> {
          if (existing == null) {
            throw new IllegalArgumentException("no " + key + " to change");
          }
          values.put(key, bind(apply(CanonicalText.tree(existing), c), c));
        }
      }
    }
    Manifest manifest = (Manifest) values.remove("manifest");
    List<PolicyRecord> records = new ArrayList<>();
    values.values().forEach(v -> records.add((PolicyRecord) v));
    records.sort(java.util.Comparator.comparing((PolicyRecord r) -> r.recordType())
        .thenComparing(PolicyRecord::id));
    return Dataset.of(manifest, records);
  }

  private static ObjectNode apply(ObjectNode tree, RecordChange c) {
    for (FieldChange f : c.fields()) {
      if (f.after() == null) {
        tree.remove(f.field());
      } else {
        tree.set(f.field(), Json.mapper().readTree(f.after()));
      }
    }
    return tree;
  }

  private static Object bind(ObjectNode tree, RecordChange c) {
    Class<?> type = c.type() == null ? Manifest.class : c.type().javaType();
    return Json.mapper().treeToValue(tree, type);
  }

  private static List<FieldChange> fields(@Nullable ObjectNode before, @Nullable ObjectNode after) {
    Set<String> names = new LinkedHashSet<>();
    if (before != null) {
      before.propertyNames().forEach(names::add);
    }
    if (after != null) {
      after.propertyNames().forEach(names::add);
    }
    List<FieldChange> list = new ArrayList<>();
    for (String name : names) {
      JsonNode b = before == null ? null : before.get(name);
      JsonNode a = after == null ? null : after.get(name);
      if (!Objects.equals(b, a)) {
        list.add(new FieldChange(name, b == null ? null : CanonicalText.text(b),
            a == null ? null : CanonicalText.text(a)));
      }
    }
    return list;
  }

  private static String order(String key) {
    if (key.equals("manifest")) {
      return "0";
    }
    int colon = key.indexOf(':');
    RecordType t = RecordType.forSingular(key.substring(0, colon));
    return (t == null ? 9 : t.ordinal() + 1) + key.substring(colon);
  }

  private static Map<String, Object> values(Dataset d) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (d.manifest() != null) {
      m.put("manifest", d.manifest());
    }
    d.records().forEach(r -> m.putIfAbsent(r.recordType().singular() + ":" + r.id(), r));
    return m;
  }
}
