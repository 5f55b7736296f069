package org.policyset.core.diff;

import org.jspecify.annotations.Nullable;

/**
 * A paragraph of an archived text that differs between two versions. A paragraph is a line of the
 * text, numbered from 1 as the dataset's {@code para. N} locators count them (blank lines count).
 *
 * @param before the paragraph's number in the old text, or 0 when it was added
 * @param after the paragraph's number in the new text, or 0 when it was removed
 * @param oldText the old paragraph, or null when it was added
 * @param newText the new paragraph, or null when it was removed
 * @since 0.1.0
 */
public record ParagraphChange(int before, int after, @Nullable String oldText, @Nullable String newText) {

  /** {@return whether the paragraph is only in the new text} */
  public boolean added() {
    return oldText == null;
  }

  /** {@return whether the paragraph is only in the old text} */
  public boolean removed() {
    return newText == null;
  }
}
