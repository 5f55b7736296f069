package org.policyset.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;

/**
 * Baseline entries that matched no finding (PS502 unused-suppression, as for suppressions): the
 * finding they accepted is gone, so the entry can go too, before it hides a new finding that
 * happens to look the same. Entries of rules the run does not report are not stale.
 */
final class StaleBaseline {
  private StaleBaseline() {}

  static List<Finding> findings(Baseline baseline, List<Finding> matched, Predicate<Rule> reported) {
    Map<String, Integer> remaining = baseline.counts();
    for (Finding f : matched) {
      remaining.computeIfPresent(f.fingerprint(), (k, n) -> n - 1);
    }
    String file = baseline.source() == null ? "baseline" : baseline.source();
    List<Finding> stale = new ArrayList<>();
    for (Baseline.Entry e : baseline.entries()) {
      Rule rule = Rule.lookup(e.rule());
      Integer n = remaining.get(e.fingerprint());
      if (n == null || n <= 0 || rule == null || !reported.test(rule)) {
        continue;
      }
      remaining.put(e.fingerprint(), n - 1);
      stale.add(Finding.of(Rule.UNUSED_SUPPRESSION, Location.ofFile(file),
              "baseline entry " + describe(e) + " matched no finding")
          .withHint("the finding it accepted is gone: remove the entry, or rewrite the baseline "
              + "with --write-baseline"));
    }
    return stale;
  }

  private static String describe(Baseline.Entry e) {
    StringBuilder sb = new StringBuilder(e.rule());
    if (e.record() != null) {
      sb.append(" of ").append(e.record());
    } else if (e.file() != null) {
      sb.append(" in ").append(e.file());
    }
    if (e.pointer() != null && !e.pointer().isEmpty()) {
      sb.append(" at ").append(e.pointer());
    }
    return sb.toString();
  }
}
