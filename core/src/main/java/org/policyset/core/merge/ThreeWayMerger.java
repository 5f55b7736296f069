package org.policyset.core.merge;

import java.util.ArrayList;
import org.policyset.core.internal.json.CanonicalText;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.policyset.core.internal.json.Json;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.RecordType;
import org.policyset.core.write.CanonicalJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges two versions of a dataset that descend from a common ancestor, record by record and field
 * by field, as a version-control merge driver does: a field changed on one side only takes that
 * side; both sides changing one field differently is a conflict; a record deleted on one side and
 * changed on the other is a conflict.
 *
 * <p>Laws: {@code merge(O, A, O) = A}, {@code merge(O, O, B) = B}, {@code merge(O, A, A) = A}.
 *
 * @since 0.1.0
 */
public final class ThreeWayMerger {
  private ThreeWayMerger() {}

  /**
   * Merges {@code ours} and {@code theirs} against {@code base}.
   *
   * @param base the common ancestor
   * @param ours one version
   * @param theirs the other version
   * @return the merge; where fields conflict, the result holds "ours"
   */
  public static MergeResult merge(Dataset base, Dataset ours, Dataset theirs) {
    Map<String, Object> b = values(base);
    Map<String, Object> o = values(ours);
    Map<String, Object> t = values(theirs);
    Set<String> keys = new LinkedHashSet<>();
    keys.addAll(b.keySet());
    keys.addAll(o.keySet());
    keys.addAll(t.keySet());
    List<Object> merged = new ArrayList<>();
    List<MergeConflict> conflicts = new ArrayList<>();
    for (String key : keys) {
      Object bv = b.get(key);
      Object ov = o.get(key);
      Object tv = t.get(key);
      ObjectNode bt = bv == null ? null : CanonicalText.tree(bv);
      ObjectNode ot = ov == null ? null : CanonicalText.tree(ov);
      ObjectNode tt = tv == null ? null : CanonicalText.tree(tv);
      if (Objects.equals(ot, tt)) {
        if (ov != null) {
          merged.add(ov);
        }
        continue;
      }
      if (Objects.equals(bt, ot)) {
        if (tv != null) {
          merged.add(tv);
        }
        continue;
      }
      if (Objects.equals(bt, tt)) {
        if (ov != null) {
          merged.add(ov);
        }
        continue;
      }
      // Not both null: a record in neither version was handled as equal on both sides above.
      Object any = Objects.requireNonNull(ov != null ? ov : tv);
      if (ot == null || tt == null) {
        // Deleted on one side, changed on the other.
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        conflicts.add(new MergeConflict(DatasetMerger.type(any), DatasetMerger.id(any),
            DatasetMerger.differences(bt, ot == null ? empty : ot, tt == null ? empty : tt),
            null, null, MergeConflict.Kind.DELETE_CHANGE));
        if (ov != null) {
          merged.add(ov);
        }
        continue;
      }
      ObjectNode base3 = bt == null ? JsonNodeFactory.instance.objectNode() : bt;
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      List<FieldDifference> clashes = new ArrayList<>();
      Set<String> fields = new LinkedHashSet<>();
      // A field only the base has was removed on both sides and stays out.
      ot.propertyNames().forEach(fields::add);
      tt.propertyNames().forEach(fields::add);
      for (String f : fields) {
        JsonNode fb = base3.get(f);
        JsonNode fo = ot.get(f);
        JsonNode ft = tt.get(f);
        JsonNode take;
        if (Objects.equals(fo, ft) || Objects.equals(fb, ft)) {
          take = fo;
        } else if (Objects.equals(fb, fo)) {
          take = ft;
        } else {
          clashes.add(new FieldDifference(f, DatasetMerger.text(fb), DatasetMerger.text(fo),
              DatasetMerger.text(ft)));
          take = fo;
        }
        if (take != null) {
          result.set(f, take);
        }
      }
      Object value = Json.mapper().treeToValue(result, any.getClass());
      merged.add(value);
      if (!clashes.isEmpty()) {
        conflicts.add(new MergeConflict(DatasetMerger.type(any), DatasetMerger.id(any), clashes,
            null, null, MergeConflict.Kind.BOTH_CHANGED));
      }
    }
    return new MergeResult(DatasetMerger.build(merged), conflicts, 0);
  }

  private static Map<String, Object> values(Dataset d) {
    Map<String, Object> m = new LinkedHashMap<>();
    Manifest manifest = d.manifest();
    if (manifest != null) {
      m.put("manifest", manifest);
    }
    for (RecordType type : RecordType.values()) {
      for (Object r : d.records(type)) {
        m.putIfAbsent(DatasetMerger.key(r), r);
      }
    }
    return m;
  }
}
