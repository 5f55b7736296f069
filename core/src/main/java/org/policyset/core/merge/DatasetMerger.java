package org.policyset.core.merge;

import java.util.ArrayList;
import org.policyset.core.internal.json.CanonicalText;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.write.CanonicalJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges datasets record by record: the union by type and id, identical duplicates collapsed,
 * different records under one id reported as conflicts field by field.
 *
 * <p>Laws (checked by property tests): {@code merge(A, A) = A}; without conflicts, merge is
 * commutative and associative.
 *
 * @since 0.1.0
 */
public final class DatasetMerger {
  private DatasetMerger() {}

  /**
   * A dataset to merge, with where its records stand (may be empty for in-memory data).
   *
   * @param dataset the dataset
   * @param locations where each record stands, by {@code type:id} (and {@code manifest})
   * @since 0.1.0
   */
  public record Input(Dataset dataset, Map<String, Location> locations) {

    /**
     * Copies the map; null means no locations.
     *
     * @param dataset the dataset
     * @param locations where each record stands, by {@code type:id} (and {@code manifest})
     */
    public Input {
      locations = locations == null ? Map.of() : Map.copyOf(locations);
    }

    /**
     * Returns an input without locations.
     *
     * @param dataset the dataset
     * @return the input
     */
    public static Input of(Dataset dataset) {
      return new Input(dataset, Map.of());
    }
  }

  /**
   * Merges in-memory datasets.
   *
   * @param inputs the datasets, in order
   * @param policy what to do on conflict
   * @return the merged dataset and conflicts
   */
  public static MergeResult merge(List<Dataset> inputs, ConflictPolicy policy) {
    return mergeInputs(inputs.stream().map(Input::of).toList(), policy);
  }

  /**
   * Merges datasets with their locations, so that conflicts say where each version came from.
   *
   * @param inputs the inputs, in order
   * @param policy what to do on conflict
   * @return the merged dataset and conflicts
   */
  public static MergeResult mergeInputs(List<Input> inputs, ConflictPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Map<String, Held> held = new LinkedHashMap<>();
    List<MergeConflict> conflicts = new ArrayList<>();
    int collapsed = 0;
    for (Input input : inputs) {
      List<Object> values = new ArrayList<>();
      if (input.dataset().manifest() != null) {
        values.add(input.dataset().manifest());
      }
      input.dataset().records().forEach(values::add);
      for (Object value : values) {
        String key = key(value);
        ObjectNode tree = CanonicalText.tree(value);
        Location where = input.locations().get(key);
        Held existing = held.get(key);
        if (existing == null) {
          held.put(key, new Held(value, tree, where));
        } else if (existing.tree().equals(tree)) {
          collapsed++;
        } else {
          conflicts.add(new MergeConflict(type(value), id(value),
              differences(null, existing.tree(), tree), existing.where(), where,
              MergeConflict.Kind.BOTH_CHANGED));
          if (policy == ConflictPolicy.LAST) {
            held.put(key, new Held(value, tree, where));
          }
        }
      }
    }
    return new MergeResult(build(held.values().stream().map(Held::value).toList()), conflicts, collapsed);
  }

  private record Held(Object value, ObjectNode tree, @Nullable Location where) {}

  static String key(Object value) {
    if (value instanceof PolicyRecord r) {
      return r.recordType().singular() + ":" + r.id();
    }
    return "manifest";
  }

  static @Nullable RecordType type(Object value) {
    return value instanceof PolicyRecord r ? r.recordType() : null;
  }

  static String id(Object value) {
    return value instanceof PolicyRecord r ? r.id() : "manifest";
  }

  /** Returns a dataset of the values, records sorted by id within each type. */
  static Dataset build(List<Object> values) {
    Manifest manifest = null;
    List<PolicyRecord> records = new ArrayList<>();
    for (Object v : values) {
      if (v instanceof Manifest m) {
        manifest = m;
      } else {
        records.add((PolicyRecord) v);
      }
    }
    records.sort(Comparator.comparing((PolicyRecord r) -> r.recordType())
        .thenComparing(PolicyRecord::id, Comparator.nullsFirst(Comparator.naturalOrder())));
    return Dataset.of(manifest, records);
  }

  /**
   * Returns the fields on which two trees differ, in the order of the fields of {@code left} then
   * those only in {@code right}; with {@code base} for three-way reports.
   */
  static List<FieldDifference> differences(@Nullable ObjectNode base, ObjectNode left, ObjectNode right) {
    Set<String> fields = new LinkedHashSet<>();
    left.propertyNames().forEach(fields::add);
    right.propertyNames().forEach(fields::add);
    List<FieldDifference> diffs = new ArrayList<>();
    for (String f : fields) {
      JsonNode l = left.get(f);
      JsonNode r = right.get(f);
      if (!Objects.equals(l, r)) {
        diffs.add(new FieldDifference(f, base == null ? null : text(base.get(f)), text(l), text(r)));
      }
    }
    return diffs;
  }

  static @Nullable String text(@Nullable JsonNode n) {
    return n == null ? null : CanonicalText.text(n);
  }
}
