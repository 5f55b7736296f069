package org.policyset.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies of component lists; null becomes empty, null elements stay for validation. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }
}
