package org.policyset.core.validation.internal.integrity;

import java.util.function.Consumer;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.text.Plural;

/**
 * PS302 dangling-reference: a reference names no record of the type it points to. Only references
 * that did not resolve when their record was indexed are left to check (a reference to an id already
 * declared resolves for good), each reported with a hint from the engine {@code query} uses too
 * ({@link org.policyset.core.internal.text.Suggestions}): the record named so, else the nearest id,
 * else the record with the nearest name.
 */
final class DanglingReferences {
  /** Above this many ids of the target type, no "did you mean" is computed. */
  private static final int HINT_LIMIT = 200_000;

  private final IntegrityIndex index;
  private final Consumer<Finding> findings;

  DanglingReferences(IntegrityIndex index, Consumer<Finding> findings) {
    this.index = index;
    this.findings = findings;
  }

  /** Reports the references kept for the end whose target was never declared, in their order. */
  void check() {
    for (IntegrityIndex.Ref ref : index.refs()) {
      IdTable targets = index.table(ref.target);
      if (targets.slot(ref.id) >= 0) {
        continue;
      }
      String hint = null;
      if (targets.size() <= HINT_LIMIT) {
        hint = index.suggestions(ref.target).didYouMean(ref.id, targets.names());
      }
      if (hint == null) {
        hint = "add " + Plural.article(ref.target.singular()) + " with id '" + ref.id + "' to '"
            + ref.target.section() + "', or fix the reference";
      }
      // The record the reference was meant to name is not also reported unused (PS308).
      index.unusedRecords().dangling(ref.target);
      findings.accept(Finding.of(Rule.DANGLING_REFERENCE, ref.location(),
              ref.from.singular() + " '" + ref.fromId() + "' refers to unknown "
                  + ref.target.singular() + " '" + ref.id + "'")
          .withPointer(ref.pointer()).withRecord(ref.record()).withHint(hint));
    }
  }
}
