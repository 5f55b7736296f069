package org.policyset.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.model.Dataset;

/**
 * The curated policyset dataset shipped in this jar, loaded from the classpath in one call.
 *
 * <pre>{@code
 * Dataset data = BundledDataset.load();
 * data.stances().forEach(s -> System.out.println(s.id() + " " + s.position()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BundledDataset {

  /** Where the dataset files stand on the classpath. */
  public static final String RESOURCE_ROOT = "org/policyset/dataset/data";

  private BundledDataset() {}

  /**
   * Returns the folder of the bundled dataset: a directory when running from classes, or a folder
   * inside the jar (a zip file system that stays open) when running from the jar.
   *
   * @return the folder, readable with {@link java.nio.file.Files} and {@link DatasetReader}
   */
  public static Path path() {
    URL url = BundledDataset.class.getClassLoader().getResource(RESOURCE_ROOT + "/manifest.json");
    if (url == null) {
      throw new IllegalStateException("the bundled dataset is missing from the classpath");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath("/" + RESOURCE_ROOT);
      }
      // The URL names manifest.json inside the folder: it has a parent.
      return Objects.requireNonNull(Path.of(uri).getParent(), "the folder of " + uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad classpath URL " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the bundled dataset.
   *
   * @return every record of the bundled dataset
   * @throws IllegalStateException if the bundled files do not read cleanly (a packaging bug)
   */
  public static Dataset load() {
    DatasetReader.Result result = DatasetReader.create().load(List.of(path()));
    if (result.hasErrors()) {
      throw new IllegalStateException("the bundled dataset has errors: " + result.findings());
    }
    return result.dataset();
  }
}
