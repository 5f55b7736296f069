package org.policyset.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.fs.SourceTexts;

/**
 * Gives the archived text of a source (its {@code text} field) to the provenance checks when the
 * dataset does not come from files beside the texts: a dataset built in code, read from a string,
 * a stream or the classpath. Quotes are checked against what it returns.
 *
 * <pre>{@code
 * byte[] report = "The minister said the ceasefire must hold.".getBytes(StandardCharsets.UTF_8);
 * SourceTextProvider texts = SourceTextProvider.of(Map.of("texts/report.txt", report));
 * Dataset dataset = Dataset.of(null, List.of(Source.builder().id("report").title("Report")
 *     .kind(SourceKind.NEWS).text("texts/report.txt").build()));
 * ValidationReport checked = DatasetValidator.create().validate(dataset, texts);
 * }</pre>
 *
 * <p>A provider is asked once for each source that names a text; returning null (the text is not
 * available) or throwing {@link IOException} is reported as PS403 source-text-unreadable for that
 * source, and its quotes are not checked.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SourceTextProvider {

  /**
   * Returns the archived text a source names.
   *
   * @param sourceId the id of the source
   * @param text the source's {@code text} field, as written in the dataset (a relative path such as
   *     {@code texts/report.txt})
   * @return the text's bytes (UTF-8), or null when this provider has no such text
   * @throws IOException when the text exists but cannot be read
   */
  byte @Nullable [] text(String sourceId, String text) throws IOException;

  /**
   * Returns a provider that has no text: every source that names one is reported PS403.
   *
   * @return the provider
   */
  static SourceTextProvider none() {
    return (id, text) -> null;
  }

  /**
   * Returns a provider of the given texts, by the {@code text} field that names them.
   *
   * @param texts the bytes of each text, by path as written in the dataset
   * @return the provider (which keeps a copy of the map, not of the arrays)
   */
  static SourceTextProvider of(Map<String, byte[]> texts) {
    Map<String, byte[]> copy = Map.copyOf(new HashMap<>(texts));
    return (id, text) -> copy.get(text);
  }

  /**
   * Returns a provider that reads each text from a folder, as reading files does: the path is
   * resolved against {@code folder}, and a path that leads outside it (through {@code ..} or a
   * link) is refused rather than read.
   *
   * @param folder the folder the texts' paths are relative to
   * @return the provider
   */
  static SourceTextProvider folder(Path folder) {
    Objects.requireNonNull(folder, "folder");
    return (id, text) -> {
      Path root = folder.toAbsolutePath().normalize();
      SourceTexts.Text read = SourceTexts.read(root.resolve(text).normalize(), root);
      if (read.refusal() != null) {
        throw new IOException("the text " + read.refusal());
      }
      return read.bytes();
    };
  }

  /**
   * Returns a provider that reads each text as a classpath resource below {@code root} (such as
   * {@code org/example/data}); a path holding a {@code ..} segment, a backslash or a leading
   * {@code /} is refused rather than looked up elsewhere on the classpath.
   *
   * @param loader the class loader to ask
   * @param root the resource folder the texts' paths are relative to, without a trailing slash
   * @return the provider
   */
  static SourceTextProvider classpath(ClassLoader loader, String root) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(root, "root");
    return (id, text) -> {
      if (text.startsWith("/") || text.contains("\\")
          || ("/" + text + "/").contains("/../") || ("/" + text + "/").contains("/./")) {
        throw new IOException("the text lies outside " + root);
      }
      try (InputStream in = loader.getResourceAsStream(root.isEmpty() ? text : root + "/" + text)) {
        return in == null ? null : in.readNBytes((int) SourceTexts.MAX_BYTES + 1);
      }
    };
  }
}
