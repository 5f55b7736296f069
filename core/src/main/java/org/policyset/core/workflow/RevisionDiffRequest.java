package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.policyset.core.io.ReadLimits;

/**
 * Working files and folders of a git work tree to compare with their version at a revision, read
 * through git.
 *
 * @param revision the git revision of the old version, such as {@code HEAD~1} or {@code main}
 * @param paths the working files and folders (the new version), all in one work tree
 * @param limits the read limits, for both versions
 * @since 0.1.0
 */
public record RevisionDiffRequest(String revision, List<Path> paths, ReadLimits limits) {

  /**
   * Every component is required, and at least one path.
   *
   * @param revision the git revision of the old version
   * @param paths the working files and folders
   * @param limits the read limits
   */
  public RevisionDiffRequest {
    Objects.requireNonNull(revision, "revision");
    paths = List.copyOf(paths);
    Objects.requireNonNull(limits, "limits");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no paths to compare");
    }
  }

  /**
   * Returns a request to compare {@code paths} with their version at {@code revision} with default
   * limits.
   *
   * @param revision the git revision of the old version
   * @param paths the working files and folders
   * @return the request
   */
  public static RevisionDiffRequest of(String revision, List<Path> paths) {
    return new RevisionDiffRequest(revision, paths, ReadLimits.DEFAULTS);
  }
}
