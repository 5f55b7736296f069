package org.policyset.core.diagnostic;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a user names to choose rules — codes ({@code PS302}), names
 * ({@code dangling-reference}) or layers ({@code integrity}) — into rules, as {@code --select} and
 * {@code --ignore} take them.
 *
 * @since 0.1.0
 */
public final class RuleSelector {
  private RuleSelector() {}

  /**
   * Returns the rules that {@code names} name; blank names are skipped.
   *
   * @param names codes, names or layer labels, in any case
   * @return the rules
   * @throws IllegalArgumentException naming the first that names no rule or layer
   */
  public static Set<Rule> rules(Collection<String> names) {
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    for (String name : names) {
      String n = name.strip();
      if (n.isEmpty()) {
        continue;
      }
      Rule r = Rule.lookup(n);
      if (r != null) {
        rules.add(r);
        continue;
      }
      Layer layer = layer(n);
      if (layer == null) {
        throw new IllegalArgumentException("unknown rule '" + name + "'");
      }
      for (Rule rule : Rule.values()) {
        if (rule.layer() == layer) {
          rules.add(rule);
        }
      }
    }
    return rules;
  }

  private static @Nullable Layer layer(String name) {
    for (Layer l : Layer.values()) {
      if (l.label().equalsIgnoreCase(name)) {
        return l;
      }
    }
    return null;
  }
}
