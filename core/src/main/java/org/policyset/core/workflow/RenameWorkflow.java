package org.policyset.core.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.json.CanonicalText;
import org.policyset.core.internal.json.Json;
import org.policyset.core.internal.text.Hints;
import org.policyset.core.internal.text.StrictUtf8;
import org.policyset.core.io.RecordOrigin;
import org.policyset.core.model.Constraints;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Reference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renames an id everywhere: the record's own id and every reference to it — each place the model
 * lists among a record's {@linkplain PolicyRecord#references() references}, which are the places
 * validation resolves (holders, topic, principles, respondsTo, supersedes, memberOf, parent, event
 * participants and topics, principle relations, and the source of every citation). The files that
 * change are written as one: a folder is switched whole, so that a process killed at any moment
 * leaves the old dataset or the new one, never a mix.
 */
final class RenameWorkflow {
  private RenameWorkflow() {}

  static EditOutcome rename(RenameRequest request) {
    RecordType type = request.type();
    String from = request.from();
    String to = request.to();
    if (!to.matches(Constraints.SLUG)) {
      throw WorkflowException.request("'" + to + "' is not a valid id: ids are lowercase slugs "
          + "(a-z, 0-9, single hyphens between, such as 'gaza-ceasefire')");
    }
    if (from.equals(to)) {
      throw WorkflowException.request("the new id is the old one: '" + to + "'");
    }
    DatasetEdit d = DatasetEdit.read(request.inputs(), request.limits());
    EditOutcome stopped = ScaffoldWorkflow.unusable(d);
    if (stopped != null) {
      return stopped;
    }
    if (d.origin(type, from) == null) {
      String hint = Hints.didYouMean(from, d.ids(type));
      throw WorkflowException.request("no " + type.singular() + " has the id '" + from + "' in "
          + d.root + (hint != null ? "; " + hint : ""));
    }
    RecordOrigin taken = d.origin(type, to);
    if (taken != null) {
      return EditOutcome.stopped(Status.FINDINGS, List.of(Finding.of(Rule.DUPLICATE_ID,
              taken.location(), type.singular() + " '" + to + "' already exists; renaming '" + from
                  + "' to it would make two records of one id")
          .withRecord(type.singular() + ":" + to)
          .withHint("choose another new id, or rename or remove the " + type.singular() + " there")));
    }
    Map<String, byte[]> changed = new LinkedHashMap<>();
    List<Path> written = new ArrayList<>();
    List<Path> reformatted = new ArrayList<>();
    int references = 0;
    try {
      for (DatasetEdit.FileRead f : d.files) {
        Dataset before = f.read().dataset();
        List<PolicyRecord> records = new ArrayList<>();
        int changes = 0;
        for (PolicyRecord r : before.records().toList()) {
          int[] count = {0};
          records.add(renamed(r, type, from, to, count));
          changes += count[0] > 0 || isRenamed(r, type, from) ? 1 : 0;
          references += count[0];
        }
        if (changes == 0) {
          continue;
        }
        if (!f.isCanonical()) {
          reformatted.add(f.path());
        }
        changed.put(d.folder ? d.relative(f.path()) : f.path().toString(),
            StrictUtf8.encode(f.canonical(Dataset.of(before.manifest(), records))));
        written.add(f.path());
      }
      if (d.folder && changed.size() > 1) {
        d.switchFolder(changed, List.of());
      } else {
        DatasetEdit.FileRead only = d.files.stream()
            .filter(f -> written.contains(f.path())).findFirst().orElseThrow();
        byte[] bytes = changed.values().iterator().next();
        d.writeOne(only.path(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8), false);
      }
    } catch (IOException e) {
      throw WorkflowException.unwritable(d.root, e);
    }
    return new EditOutcome(Status.OK, List.of(), written, reformatted, "", references, null);
  }

  private static boolean isRenamed(PolicyRecord r, RecordType type, String from) {
    return r.recordType() == type && from.equals(r.id());
  }

  /**
   * Returns {@code r} with its id (if it is the record renamed) and every reference to it renamed,
   * adding the references changed to {@code count[0]}; {@code r} itself when nothing changes.
   */
  static PolicyRecord renamed(PolicyRecord r, RecordType type, String from, String to, int[] count) {
    List<Reference> hits = r.references().stream()
        .filter(ref -> ref.target() == type && from.equals(ref.id())).toList();
    if (hits.isEmpty() && !isRenamed(r, type, from)) {
      return r;
    }
    ObjectNode tree = CanonicalText.tree(r);
    if (isRenamed(r, type, from)) {
      tree.put("id", to);
    }
    for (Reference ref : hits) {
      set(tree, ref.pointer(), to);
      count[0]++;
    }
    return Json.mapper().treeToValue(tree, r.recordType().javaType());
  }

  /** Sets the string at {@code pointer} (such as {@code /holders/0} or {@code /sources/1/source}). */
  private static void set(ObjectNode tree, String pointer, String value) {
    String[] parts = pointer.substring(1).split("/");
    JsonNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
    }
    String last = parts[parts.length - 1];
    if (node instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    } else if (node instanceof ObjectNode object) {
      object.put(last, value);
    } else {
      throw new IllegalStateException("no value at " + pointer);
    }
  }
}
