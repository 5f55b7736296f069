package org.policyset.core.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.SchemaVersions;

/**
 * Refuses to combine datasets of different schema versions ({@code docs/model.md} §5.5, §7 q14):
 * {@code merge} and the merge driver stop with PS213 at the manifest that names the other version,
 * and the user migrates one side first. An input without a manifest declares no version: it joins
 * the others when each of its records fits their version (a file of actors merged into a version 2
 * dataset), and is refused at its first record that does not.
 */
final class VersionAgreement {
  private VersionAgreement() {}

  /**
   * One input of a merge.
   *
   * @param name how the input is named to the user (its path, or "FILE (ours)")
   * @param dataset what was read
   * @param locations where its records and manifest start, by {@code type:id} and {@code manifest}
   */
  record Side(String name, Dataset dataset, Map<String, Location> locations) {}

  /** Returns a PS213 error for each input whose version differs from the first declared one. */
  static List<Finding> check(List<Side> sides) {
    Side first = null;
    for (Side s : sides) {
      if (s.dataset().manifest() != null) {
        first = s;
        break;
      }
    }
    List<Finding> out = new ArrayList<>();
    if (first == null) {
      return out;
    }
    int version = SchemaVersions.of(first.dataset());
    for (Side s : sides) {
      if (s.dataset().manifest() != null) {
        int v = SchemaVersions.of(s.dataset());
        if (v != version) {
          out.add(Finding.of(Rule.SCHEMA_VERSION_MISMATCH, at(s, "manifest"),
                  s.name() + " is schema version " + v + ", but " + first.name() + " is version "
                      + version + ": datasets of two schema versions are not merged")
              .withPointer("/schemaVersion").withRecord("manifest")
              .withHint(hint(v, version, s, first)));
        }
      } else if (version != SchemaVersions.V1) {
        PolicyRecord misfit = s.dataset().records()
            .filter(r -> !SchemaVersions.fits(r, version)).findFirst().orElse(null);
        if (misfit != null) {
          String key = misfit.recordType().singular() + ":" + misfit.id();
          out.add(Finding.of(Rule.SCHEMA_VERSION_MISMATCH, at(s, key),
                  s.name() + " has no manifest and its " + misfit.recordType().singular() + " '"
                      + misfit.id() + "' is not schema version " + version + " ("
                      + String.join("; ", SchemaVersions.problems(misfit, version)) + "), the version of "
                      + first.name() + ": datasets of two schema versions are not merged")
              .withRecord(key)
              .withHint("migrate it first (policyset migrate), or merge it with version 1 data"));
        }
      }
    }
    return out;
  }

  private static String hint(int v, int version, Side s, Side first) {
    Side older = v < version ? s : first;
    return "migrate " + older.name() + " to version " + Math.max(v, version)
        + " first (policyset migrate), then merge";
  }

  private static Location at(Side s, String key) {
    @Nullable Location l = s.locations().get(key);
    return l != null ? l : Location.ofFile(s.name());
  }
}
