package org.policyset.site;

import java.nio.file.Path;
import java.util.List;
import org.policyset.core.io.ReadLimits;

/**
 * What {@link Site#build} is asked to do.
 *
 * @param inputs the dataset files and folders to show
 * @param output the folder to write the site into: new, empty, or a site written before
 * @param since the files and folders of a previous version to show the changes against; empty
 *     for none
 * @param limits the read limits
 * @since 0.1.0
 */
public record SiteRequest(List<Path> inputs, Path output, List<Path> since, ReadLimits limits) {
  /** Copies the lists. */
  public SiteRequest {
    inputs = List.copyOf(inputs);
    since = List.copyOf(since);
  }
}
