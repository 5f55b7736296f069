package org.policyset.core.stats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.internal.text.SourceText;
import org.policyset.core.model.Citation;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.read.DatasetReader;

/**
 * Which paragraphs of a source's archived text the dataset cites, and which records cite each: what
 * a maintainer still has to read in a new source. Paragraphs are those of the locator scheme
 * ({@code para. N} is line N; blank lines are not paragraphs). A citation covers the paragraphs its
 * quote stands in, as validation finds it; a citation whose quote does not stand in the text, or
 * that has no quote, covers the paragraphs its {@code para. N} locator names; a citation with
 * neither covers nothing.
 *
 * @param source the source's id
 * @param text the archived text's path as the source writes it
 * @param problem why the text could not be read (then {@code paragraphs} is empty), or null
 * @param paragraphs every paragraph of the text that is not blank, in order
 * @since 0.1.0
 */
public record SourceCoverage(String source, String text, @Nullable String problem,
    List<Paragraph> paragraphs) {

  /**
   * One paragraph and what cites it.
   *
   * @param number its number, the N of {@code para. N}
   * @param locator its locator, such as {@code para. 7 (item 1)}
   * @param opening its first words (up to 60 characters, ending in {@code …} when cut)
   * @param citedBy the records citing it, as {@code type:id}, in the order of the dataset's
   *     sections and records
   * @since 0.1.0
   */
  public record Paragraph(int number, String locator, String opening, List<String> citedBy) {

    /**
     * Copies the list.
     *
     * @param number its number
     * @param locator its locator
     * @param opening its first words
     * @param citedBy the records citing it
     */
    public Paragraph {
      citedBy = List.copyOf(citedBy);
    }
  }

  /**
   * Copies the list.
   *
   * @param source the source's id
   * @param text the archived text's path as written
   * @param problem why the text could not be read, or null
   * @param paragraphs the paragraphs
   */
  public SourceCoverage {
    paragraphs = List.copyOf(paragraphs);
  }

  /** {@return how many paragraphs some record cites} */
  public int cited() {
    return (int) paragraphs.stream().filter(p -> !p.citedBy().isEmpty()).count();
  }

  /** {@return the numbers of the paragraphs no record cites} */
  public List<Integer> uncited() {
    return paragraphs.stream().filter(p -> p.citedBy().isEmpty()).map(Paragraph::number).toList();
  }

  /**
   * Returns the coverage of every source with an archived text, in the order of declaration, its
   * text read as validation reads it.
   *
   * @param read what reading the dataset produced
   * @return one coverage per source that names a text
   */
  public static List<SourceCoverage> of(DatasetReader.Result read) {
    List<Finding> problems = new ArrayList<>();
    Map<String, byte[]> texts = read.readSourceTexts(problems::add);
    Map<String, Path> files = read.sourceTexts();
    List<SourceCoverage> all = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Source s : read.dataset().sources()) {
      String written = s.text();
      if (written == null || !seen.add(s.id())) {
        continue;
      }
      byte[] bytes = texts.get(s.id());
      if (bytes == null) {
        String why = problems.stream().filter(f -> ("source:" + s.id()).equals(f.record()))
            .map(Finding::message).findFirst().orElse(files.containsKey(s.id())
                ? "cannot be read" : "is not beside a dataset file");
        all.add(new SourceCoverage(s.id(), written, why, List.of()));
        continue;
      }
      String content;
      try {
        content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        all.add(new SourceCoverage(s.id(), written, "archived text of source '" + s.id() + "' ("
            + written + ") is not valid UTF-8", List.of()));
        continue;
      }
      all.add(cover(s.id(), written, SourceText.of(content), read));
    }
    return all;
  }

  private static SourceCoverage cover(String id, String written, SourceText text,
      DatasetReader.Result read) {
    List<Set<String>> by = new ArrayList<>();
    for (int i = 0; i < text.paragraphs(); i++) {
      by.add(new LinkedHashSet<>());
    }
    for (RecordType t : RecordType.values()) {
      for (PolicyRecord r : read.dataset().records(t)) {
        for (Citation c : r.citations()) {
          if (c == null || !id.equals(c.source())) {
            continue;
          }
          int first = 0;
          int last = -1;
          List<SourceText.Span> at = c.quote() == null ? List.of() : text.find(c.quote(), false, 1);
          SourceText.Locator l = c.locator() == null ? null : SourceText.parseLocator(c.locator());
          if (!at.isEmpty()) {
            first = at.get(0).first();
            last = at.get(0).last();
          } else if (l != null) {
            first = l.first();
            last = Math.min(l.last(), text.paragraphs());
          }
          for (int n = first; n <= last; n++) {
            by.get(n - 1).add(t.singular() + ":" + r.id());
          }
        }
      }
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int n = 1; n <= text.paragraphs(); n++) {
      String p = text.paragraph(n).strip();
      if (p.isEmpty()) {
        continue;
      }
      int cut = Character.isHighSurrogate(p.charAt(Math.min(58, p.length() - 1))) ? 58 : 59;
      String opening = p.length() <= 60 ? p : p.substring(0, cut).stripTrailing() + "\u2026";
      paragraphs.add(new Paragraph(n, text.locator(n), opening, new ArrayList<>(by.get(n - 1))));
    }
    return new SourceCoverage(id, written, null, paragraphs);
  }
}
