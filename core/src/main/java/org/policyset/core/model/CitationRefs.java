package org.policyset.core.model;

import java.util.List;

/** Adds the source references of a citation list. */
final class CitationRefs {
  private CitationRefs() {}

  static void add(List<Reference> refs, String pointer, List<Citation> citations) {
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      if (c != null && c.source() != null) {
        refs.add(new Reference(pointer + "/" + i + "/source", RecordType.SOURCE, c.source()));
      }
    }
  }
}
