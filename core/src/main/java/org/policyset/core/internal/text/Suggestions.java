package org.policyset.core.internal.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one "did you mean" engine for ids: {@code validate}'s hint for a dangling reference and
 * {@code query}'s error for an unknown id both ask it, so that {@code egypt} gets
 * "did you mean 'eg' (Egypt)?" from either. An id is suggested for a mistyped one in this order:
 * the record whose name or alias is the word (a hyphen read as a space), else the nearest id by edit
 * distance ({@link Hints}), else the record with the nearest name.
 */
public final class Suggestions {

  /** By lower-case name or alias: the id (the smallest, when names are shared). */
  private final Map<String, String> idByName = new HashMap<>();
  /** By id: the name shown beside a suggested id. */
  private final Map<String, String> labelById = new HashMap<>();

  /** Creates an engine that knows no names yet. */
  public Suggestions() {}

  /**
   * Records the name of a record, and the other names it goes by.
   *
   * @param id the record's id
   * @param name its name, or null
   * @param aliases other names (an actor's aliases)
   */
  public void name(String id, @Nullable String name, Collection<String> aliases) {
    if (name != null) {
      labelById.putIfAbsent(id, name);
      add(name, id);
    }
    for (String a : aliases) {
      if (a != null) {
        add(a, id);
      }
    }
  }

  private void add(String name, String id) {
    idByName.merge(name.toLowerCase(Locale.ROOT), id, (x, y) -> x.compareTo(y) <= 0 ? x : y);
  }

  /**
   * Suggests an id for {@code wrong} among {@code ids}.
   *
   * @param wrong the id as mistyped
   * @param ids the ids there are
   * @return "did you mean 'eg' (Egypt)?" when found by name, "did you mean 'cn'?" when found by
   *     id, or null when no id is close
   */
  public @Nullable String didYouMean(String wrong, Collection<String> ids) {
    Found f = find(wrong, ids);
    if (f == null) {
      return null;
    }
    return f.byName() ? named(f.id()) : "did you mean '" + f.id() + "'?";
  }

  /** A suggested id, and whether it was found by a name. */
  private record Found(String id, boolean byName) {}

  private @Nullable Found find(String wrong, Collection<String> ids) {
    String lower = wrong.toLowerCase(Locale.ROOT);
    String named = idByName.get(lower.replace('-', ' '));
    if (named == null) {
      named = idByName.get(lower);
    }
    if (named != null && !named.equals(wrong)) {
      return new Found(named, true);
    }
    String near = Hints.closest(wrong, ids);
    if (near != null && !near.equals(wrong)) {
      return new Found(near, false);
    }
    String nearName = Hints.closest(wrong, idByName.keySet());
    if (nearName != null) {
      String id = idByName.get(nearName);
      if (id != null && !id.equals(wrong)) {
        return new Found(id, true);
      }
    }
    return null;
  }

  /** A suggestion found by name shows the name, which is how the user knew the record. */
  private String named(String id) {
    String label = labelById.get(id);
    return "did you mean '" + id + "'" + (label == null ? "" : " (" + label + ")") + "?";
  }
}
