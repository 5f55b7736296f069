package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A three-way merge of one dataset file, as git's merge driver runs it: the common ancestor, our
 * version (which receives the result) and theirs, and the file's path in the repository, which
 * names it in findings and tells JSON Lines from a JSON document.
 *
 * @param base the common ancestor (git's {@code %O})
 * @param ours our version, which receives the result (git's {@code %A})
 * @param theirs their version (git's {@code %B})
 * @param path the file's path in the repository (git's {@code %P}), or null to use {@code ours}
 * @since 0.1.0
 */
public record ThreeWayMergeRequest(Path base, Path ours, Path theirs, @Nullable String path,
    ConflictStyle style) {

  /**
   * The three versions are required.
   *
   * @param base the common ancestor (git's {@code %O})
   * @param ours our version, which receives the result (git's {@code %A})
   * @param theirs their version (git's {@code %B})
   * @param path the file's path in the repository (git's {@code %P}), or null to use {@code ours}
   */
  public ThreeWayMergeRequest {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(theirs, "theirs");
    Objects.requireNonNull(style, "style");
  }

  /**
   * A request that leaves conflicts as {@link ConflictStyle#OURS}.
   *
   * @param base the common ancestor (git's {@code %O})
   * @param ours our version, which receives the result (git's {@code %A})
   * @param theirs their version (git's {@code %B})
   * @param path the file's path in the repository (git's {@code %P}), or null
   */
  public ThreeWayMergeRequest(Path base, Path ours, Path theirs, @Nullable String path) {
    this(base, ours, theirs, path, ConflictStyle.OURS);
  }

  /** {@return how findings name the file: its path in the repository, else our version's path} */
  public String name() {
    return path != null ? path : ours.toString();
  }
}
