package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.model.SchemaVersions;

/**
 * What to migrate: the datasets (each a folder, or a file holding its manifest), the schema version
 * to write, whether only to check, and where to write when not in place.
 *
 * @param inputs the datasets, each migrated on its own
 * @param to the schema version to write (1 or 2)
 * @param check whether to change nothing and only report the datasets not yet in version {@code to}
 * @param output where to write the one input instead of rewriting it in place, or null
 * @param replace whether an existing {@code output} may be replaced
 * @param limits the read limits
 * @since 0.7.0
 */
public record MigrateRequest(List<Path> inputs, int to, boolean check, @Nullable Path output,
    boolean replace, ReadLimits limits) {

  /**
   * Copies the list and checks the combination.
   *
   * @param inputs the datasets, each migrated on its own
   * @param to the schema version to write (1 or 2)
   * @param check whether to change nothing and only report
   * @param output where to write the one input instead of rewriting it in place, or null
   * @param replace whether an existing {@code output} may be replaced
   * @param limits the read limits
   * @throws IllegalArgumentException if {@code to} is not written by this release, or an output is
   *     given with several inputs or with {@code check}
   */
  public MigrateRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(limits, "limits");
    if (to != SchemaVersions.V1 && to != SchemaVersions.V2) {
      throw new IllegalArgumentException("schema version " + to + " is not one this release writes (1, 2)");
    }
    if (output != null && (inputs.size() != 1 || check)) {
      throw new IllegalArgumentException("an output goes with exactly one input and without check");
    }
  }

  /**
   * Returns a request to migrate {@code inputs} to the newest version, in place, with default limits.
   *
   * @param inputs the datasets
   * @return the request
   */
  public static MigrateRequest of(List<Path> inputs) {
    return new MigrateRequest(inputs, SchemaVersions.LATEST, false, null, false, ReadLimits.DEFAULTS);
  }

  /**
   * Returns this request writing version {@code version}.
   *
   * @param version 1 or 2
   * @return a copy
   */
  public MigrateRequest to(int version) {
    return new MigrateRequest(inputs, version, check, output, replace, limits);
  }

  /**
   * Returns this request only checking, or rewriting.
   *
   * @param on whether only to check
   * @return a copy
   */
  public MigrateRequest check(boolean on) {
    return new MigrateRequest(inputs, to, on, output, replace, limits);
  }

  /**
   * Returns this request writing to {@code out} (replacing it if {@code force}).
   *
   * @param out where to write
   * @param force whether an existing output may be replaced
   * @return a copy
   */
  public MigrateRequest output(Path out, boolean force) {
    return new MigrateRequest(inputs, to, check, out, force, limits);
  }

  /**
   * Returns this request with other read limits.
   *
   * @param newLimits the limits
   * @return a copy
   */
  public MigrateRequest limits(ReadLimits newLimits) {
    return new MigrateRequest(inputs, to, check, output, replace, newLimits);
  }
}
