package org.policyset.core.validation.internal.provenance;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.fs.FileKinds;
import org.policyset.core.internal.fs.SourceTexts;
import org.policyset.core.internal.text.SourceText;
import org.policyset.core.io.SourceTextProvider;

/**
 * PS403 source-text-unreadable: the archived texts of the sources, read once each (through
 * {@link SourceTexts}, which refuses paths that lead out of the dataset's folder, and as strict
 * UTF-8) into a {@link SourceText}. A text that cannot be read is reported once, and its quotes are
 * not checked.
 */
final class ArchivedTexts {
  /** By source id: the texts a quote needed, kept for the next quotes of the source. */
  private final Map<String, SourceText> texts = new HashMap<>();
  private final Set<String> unreadable = new HashSet<>();
  private final Consumer<Finding> findings;
  /** Gives the texts; null when they are read beside the files that declare the sources. */
  private final @Nullable SourceTextProvider provider;

  ArchivedTexts(Consumer<Finding> findings, @Nullable SourceTextProvider provider) {
    this.findings = findings;
    this.provider = provider;
  }

  /**
   * Returns a source's archived text, reading it the first time; null when the source has no
   * archived text or it cannot be read (reported the first time).
   */
  @Nullable SourceText text(ProvenanceIndex.SourceInfo s) {
    if (s.written() == null || unreadable.contains(s.id())) {
      return null;
    }
    SourceText m = texts.get(s.id());
    if (m == null) {
      m = load(s);
      if (m == null) {
        unreadable.add(s.id());
        return null;
      }
      texts.put(s.id(), m);
    }
    return m;
  }

  /**
   * Reads the archived texts that no quote asked for, so that one that cannot be read is reported
   * all the same; what is read is not kept.
   */
  void readTheRest(List<ProvenanceIndex.SourceInfo> sources) {
    for (ProvenanceIndex.SourceInfo s : sources) {
      if (s.written() != null && !texts.containsKey(s.id()) && !unreadable.contains(s.id())) {
        if (load(s) == null) {
          unreadable.add(s.id());
        }
      }
    }
  }

  /** Reads the text of a source that names one ({@code written} is set). */
  private @Nullable SourceText load(ProvenanceIndex.SourceInfo s) {
    String written = Objects.requireNonNull(s.written(), "a source that names a text");
    try {
      byte[] bytes;
      if (provider == null) {
        // Read beside the files: a named text has its resolved path and folder.
        SourceTexts.Text read =
            SourceTexts.read(Objects.requireNonNull(s.text()), Objects.requireNonNull(s.folder()));
        if (read.refusal() != null) {
          report(s, read.refusal());
          return null;
        }
        bytes = read.bytes();
      } else {
        bytes = provider.text(s.id(), written);
        if (bytes == null) {
          report(s, "is not available from the source-text provider");
          return null;
        }
        if (bytes.length > SourceTexts.MAX_BYTES) {
          report(s, "has " + bytes.length + " bytes; the limit is " + SourceTexts.MAX_BYTES);
          return null;
        }
      }
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return SourceText.of(text);
    } catch (CharacterCodingException e) {
      report(s, "is not valid UTF-8");
    } catch (IOException e) {
      report(s, "cannot be read: " + FileKinds.describe(e));
    }
    return null;
  }

  private void report(ProvenanceIndex.SourceInfo s, String why) {
    findings.accept(Finding.of(Rule.SOURCE_TEXT_UNREADABLE, s.textLocation().get(),
            "archived text of source '" + s.id() + "' (" + name(s) + ") " + why)
        .withPointer(s.pointer() + "/text").withRecord("source:" + s.id())
        .withHint(provider == null ? "the path is relative to the file that declares the source"
            : "give the text's bytes to the SourceTextProvider under the path the source names"));
  }

  /** The text's file name, as the message names it. */
  private static String name(ProvenanceIndex.SourceInfo s) {
    if (s.text() != null && s.text().getFileName() != null) {
      return s.text().getFileName().toString();
    }
    String w = Objects.requireNonNullElse(s.written(), "");
    return w.substring(w.lastIndexOf('/') + 1);
  }
}
