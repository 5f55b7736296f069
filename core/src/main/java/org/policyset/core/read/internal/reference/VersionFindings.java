package org.policyset.core.read.internal.reference;

import java.util.function.Consumer;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.json.LocatedTree;
import org.policyset.core.model.SchemaVersions;

/**
 * PS213 schema-version-mismatch as the reader finds it: a manifest naming a version this release
 * does not read or other than the records were read as, and a document's {@code $schema} naming
 * another version's JSON Schema files.
 */
final class VersionFindings {
  private VersionFindings() {}

  /** Reports a {@code $schema} that names the JSON Schema files of another version than the records were read as. */
  static void schemaKey(String schema, int version, Location at, String pointer, Consumer<Finding> out) {
    int named = SchemaVersions.named(schema);
    if (named < 0 || named == version) {
      return;
    }
    out.accept(Finding.of(Rule.SCHEMA_VERSION_MISMATCH, at,
            "'$schema' names the JSON Schema of version " + named + " (schema/" + named
                + "/), but the records were checked as version " + version)
        .withPointer(pointer)
        .withHint(version == SchemaVersions.V1
            ? "a dataset is version 1 unless its manifest, first, says \"schemaVersion\": \"" + named
                + "\"; add that manifest, or name schema/1/ files in $schema"
            : "the manifest decides the version: name schema/" + version + "/ files in $schema"
                + " (such as https://policyset.org/schema/" + version + "/dataset.schema.json), or remove it"));
  }

  /** Reports a manifest whose version this release does not read, or that its records were not read as. */
  static void manifest(String declared, int version, LocatedTree tree, String pointer, Consumer<Finding> out) {
    int v = SchemaVersions.parse(declared);
    if (v == version) {
      return;
    }
    Location at = tree.locate("/schemaVersion");
    if (v < 0) {
      out.accept(Finding.of(Rule.SCHEMA_VERSION_MISMATCH, at,
              "schema version '" + declared + "' is not one this release of policyset reads (1, 2);"
                  + " the records were checked as version " + version)
          .withPointer(pointer + "/schemaVersion").withRecord("manifest")
          .withHint("write \"schemaVersion\": \"1\" or \"2\", or use a release that reads version " + declared));
    } else {
      out.accept(Finding.of(Rule.SCHEMA_VERSION_MISMATCH, at,
              "the manifest declares schema version " + v + ", but the records were checked as version "
                  + version + ": a manifest counts only before the records")
          .withPointer(pointer + "/schemaVersion").withRecord("manifest")
          .withHint("put the manifest first: manifest.json in a folder, the first member of a document"
              + " (after \"$schema\"), the first line of JSON Lines; every manifest of one read must"
              + " name the same version"));
    }
  }
}
