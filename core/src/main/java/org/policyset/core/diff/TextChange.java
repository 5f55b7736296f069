package org.policyset.core.diff;

import java.util.List;

/**
 * The archived text of a source present in both versions, changed between them: which paragraphs
 * changed, were added or removed.
 *
 * @param source the source's id
 * @param text the source's {@code text} field in the new version (the path of the text)
 * @param kind changed, added (the old version has no readable text) or removed (the new has none)
 * @param paragraphs the paragraphs that differ, in text order (empty unless {@code kind} is changed)
 * @since 0.1.0
 */
public record TextChange(String source, String text, Kind kind, List<ParagraphChange> paragraphs) {

  /**
   * What happened to the text.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** The source has a text only in the new version. */
    ADDED,
    /** The source has a text only in the old version. */
    REMOVED,
    /** Both versions have a text, and they differ. */
    CHANGED
  }

  /**
   * Copies the list.
   *
   * @param source the source's id
   * @param text the source's {@code text} field
   * @param kind what happened to the text
   * @param paragraphs the paragraphs that differ
   */
  public TextChange {
    paragraphs = List.copyOf(paragraphs);
  }
}
