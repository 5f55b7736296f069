package org.policyset.core.validation;

import org.policyset.core.internal.json.CanonicalText;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON document a dataset built in code is validated as: the canonical text of each record, as
 * {@code policyset format} writes it, but with the records in the order the dataset holds them, so
 * that a finding's pointer ({@code /stances/3}) is the record's index in {@code dataset.stances()}.
 */
final class InMemoryDocument {
  private InMemoryDocument() {}

  /** The document's text (which may hold an unpaired surrogate a record was built with). */
  static String of(Dataset dataset) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    if (dataset.manifest() != null) {
      root.set("manifest", CanonicalText.tree(dataset.manifest()));
    }
    for (RecordType type : RecordType.values()) {
      if (!dataset.records(type).isEmpty()) {
        ArrayNode array = root.putArray(type.section());
        for (PolicyRecord r : dataset.records(type)) {
          array.add(CanonicalText.tree(r));
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    CanonicalText.write(root, sb, 0);
    return sb.append('\n').toString();
  }
}
