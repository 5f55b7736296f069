package org.policyset.core.workflow;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.internal.json.CanonicalText;
import org.policyset.core.internal.json.Json;
import org.policyset.core.io.InputFormat;
import org.policyset.core.merge.FieldDifference;
import org.policyset.core.merge.MergeConflict;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.write.CanonicalJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ConflictStyle#MARKER}: each conflicted record of the merged text gets a {@code $conflict}
 * key holding the other side — {@code kind}, and the {@code base} and {@code theirs} values of the
 * differing fields — and a record our side deleted and theirs changed comes back as theirs with a
 * {@code $conflict} that says so. The key is unknown to the schema, so every read of the file fails
 * on it (PS203, with a hint naming the marker) until a maintainer resolves it and deletes it.
 */
final class ConflictMarkers {
  private ConflictMarkers() {}

  /** The key of a conflict marker in a record. */
  static final String KEY = "$conflict";

  /** Returns {@code text} with a marker in each conflicted record. */
  static String mark(String text, InputFormat format, List<MergeConflict> conflicts, Dataset theirs) {
    if (format == InputFormat.JSON_LINES) {
      StringBuilder sb = new StringBuilder();
      List<String> lines = text.lines().toList();
      boolean[] marked = new boolean[conflicts.size()];
      for (String line : lines) {
        ObjectNode record = (ObjectNode) Json.mapper().readTree(line);
        for (int i = 0; i < conflicts.size(); i++) {
          MergeConflict c = conflicts.get(i);
          String type = c.type() == null ? "manifest" : c.type().singular();
          if (type.equals(record.path(CanonicalJson.TYPE_KEY).asString(""))
              && (c.type() == null || c.id().equals(record.path("id").asString("")))) {
            record.set(KEY, marker(c, false));
            marked[i] = true;
          }
        }
        sb.append(Json.mapper().writeValueAsString(record)).append('\n');
      }
      for (int i = 0; i < conflicts.size(); i++) {
        ObjectNode back = marked[i] ? null : theirs(conflicts.get(i), theirs);
        if (back != null) {
          ObjectNode typed = JsonNodeFactory.instance.objectNode();
          typed.put(CanonicalJson.TYPE_KEY,
              java.util.Objects.requireNonNull(conflicts.get(i).type()).singular());
          typed.setAll(back);
          sb.append(Json.mapper().writeValueAsString(typed)).append('\n');
        }
      }
      return sb.toString();
    }
    ObjectNode root = (ObjectNode) Json.mapper().readTree(text);
    for (MergeConflict c : conflicts) {
      if (c.type() == null) {
        if (root.get("manifest") instanceof ObjectNode m) {
          m.set(KEY, marker(c, false));
        }
        continue;
      }
      ObjectNode record = find(root.get(c.type().section()), c.id());
      if (record != null) {
        record.set(KEY, marker(c, false));
      } else {
        ObjectNode back = theirs(c, theirs);
        if (back != null) {
          JsonNode section = root.get(c.type().section());
          (section instanceof ArrayNode a ? a : root.putArray(c.type().section())).add(back);
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    CanonicalText.write(root, sb, 0);
    return sb.append('\n').toString();
  }

  private static @Nullable ObjectNode find(@Nullable JsonNode section, String id) {
    if (section instanceof ArrayNode a) {
      for (JsonNode r : a) {
        if (r instanceof ObjectNode o && id.equals(o.path("id").asString(""))) {
          return o;
        }
      }
    }
    return null;
  }

  /** Their version of a record our side deleted, with its marker; null if theirs lacks it too. */
  private static @Nullable ObjectNode theirs(MergeConflict c, Dataset theirs) {
    if (c.type() == null) {
      return null;
    }
    for (PolicyRecord r : theirs.records(c.type())) {
      if (c.id().equals(r.id())) {
        ObjectNode tree = CanonicalText.tree(r);
        tree.set(KEY, marker(c, true));
        return tree;
      }
    }
    return null;
  }

  private static ObjectNode marker(MergeConflict c, boolean deletedByOurs) {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("kind", c.kind() == MergeConflict.Kind.DELETE_CHANGE
        ? (deletedByOurs ? "deleted by ours, changed by theirs" : "changed by ours, deleted by theirs")
        : "changed by both");
    m.put("resolve", "set each field to the value it should have, then delete this " + KEY + " key");
    ObjectNode base = m.putObject("base");
    ObjectNode other = m.putObject("theirs");
    for (FieldDifference f : c.fields()) {
      base.set(f.field(), f.base() == null ? JsonNodeFactory.instance.nullNode() : Json.mapper().readTree(f.base()));
      other.set(f.field(), f.right() == null ? JsonNodeFactory.instance.nullNode() : Json.mapper().readTree(f.right()));
    }
    return m;
  }

  /**
   * Where each record of a canonical text opens, by {@code type:id} ({@code manifest} for the
   * manifest), named {@code name}: found by walking the tokens, so that records a marker keeps from
   * binding have their lines too.
   */
  static java.util.Map<String, org.policyset.core.diagnostic.Location> lines(String text, InputFormat format,
      String name) {
    java.util.Map<String, org.policyset.core.diagnostic.Location> at = new java.util.HashMap<>();
    if (format == InputFormat.JSON_LINES) {
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        JsonNode r = Json.mapper().readTree(lines.get(i));
        String type = r.path(CanonicalJson.TYPE_KEY).asString("");
        String key = type.equals("manifest") ? type : type + ":" + r.path("id").asString("");
        at.putIfAbsent(key, new org.policyset.core.diagnostic.Location(name, i + 1, 1));
      }
      return at;
    }
    try (tools.jackson.core.JsonParser p = Json.mapper().createParser(text)) {
      // Depth 1: the root object's keys; 2: a section's array; 3: a record's keys.
      String section = null;
      int depth = 0;
      int open = 0;
      for (tools.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            depth++;
            if (t == tools.jackson.core.JsonToken.START_OBJECT
                && (depth == 3 && section != null || depth == 2 && "manifest".equals(section))) {
              open = p.currentTokenLocation().getLineNr();
              if (depth == 2) {
                at.putIfAbsent("manifest", new org.policyset.core.diagnostic.Location(name, open, 1));
              }
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case PROPERTY_NAME -> {
            if (depth == 1) {
              section = p.currentName();
            } else if (depth == 3 && "id".equals(p.currentName()) && section != null) {
              org.policyset.core.model.RecordType type =
                  org.policyset.core.model.RecordType.forSection(section);
              if (type != null && p.nextToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
                at.putIfAbsent(type.singular() + ":" + p.getString(),
                    new org.policyset.core.diagnostic.Location(name, open, 1));
              }
            }
          }
          default -> { }
        }
      }
    }
    return at;
  }

  /** Whether a finding of the merged text read back is about a marker (expected, not a failure). */
  static boolean isMarker(Finding f) {
    String p = f.pointer();
    return p.endsWith("/" + KEY) || p.contains("/" + KEY + "/");
  }
}
