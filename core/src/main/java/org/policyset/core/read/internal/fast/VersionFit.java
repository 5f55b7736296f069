package org.policyset.core.read.internal.fast;

import java.util.List;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Event;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.PrincipleRelation;
import org.policyset.core.model.SchemaVersions;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;

/**
 * {@link SchemaVersions#fits} for the fast path, written out field by field: the reflective check
 * costs a tenth of a million-record read, this one next to nothing. VersionFitTest holds the two
 * to the same answers on records with every combination of fields, so a field added with
 * {@code @InSchema} and forgotten here fails the build.
 */
final class VersionFit {
  private VersionFit() {}

  /** Whether {@code r} fits schema version {@code version} (1 or 2). */
  static boolean fits(PolicyRecord r, int version) {
    boolean v1 = version == SchemaVersions.V1;
    if (r instanceof Stance s) {
      boolean newFields = s.holderScopes().isEmpty() && s.strength() == null && s.reportedBy().isEmpty()
          && s.voicedBy().isEmpty() && s.attested() == null && s.inEffect() == null
          && s.expressedAt() == null && s.targets().isEmpty();
      return v1 ? newFields && s.attribution() == null && s.date() != null && citations(s.sources())
          : s.attribution() != null && s.date() == null && s.until() == null;
    }
    if (r instanceof Event e) {
      if (!v1) {
        return true;
      }
      return e.date() != null && e.relations().isEmpty() && citations(e.sources());
    }
    if (!v1) {
      return true;
    }
    if (r instanceof Source s) {
      return s.authors().isEmpty() && s.language() == null && s.translatedFrom() == null
          && s.derivedFrom().isEmpty();
    }
    if (r instanceof Actor a) {
      return a.unnamed() == null && a.sources().isEmpty();
    }
    if (r instanceof Topic t) {
      return t.relations().isEmpty() && t.sources().isEmpty();
    }
    if (r instanceof Principle p) {
      if (!citations(p.sources())) {
        return false;
      }
      for (PrincipleRelation rel : p.relations()) {
        if (rel != null && !citations(rel.sources())) {
          return false;
        }
      }
      return true;
    }
    return SchemaVersions.fits(r, version);
  }

  /** Whether no citation of {@code list} has a field of version 2. */
  private static boolean citations(List<Citation> list) {
    for (int i = 0; i < list.size(); i++) {
      Citation c = list.get(i);
      if (c != null && c.basis() != null) {
        return false;
      }
    }
    return true;
  }
}
