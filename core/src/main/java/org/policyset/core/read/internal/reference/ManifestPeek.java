package org.policyset.core.read.internal.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.json.Json;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Finds the schema version a dataset declares before its records are read, so that each record is
 * checked against the fields of its version.
 *
 * <p>A manifest counts when it comes before any record of its file: a document's {@code manifest}
 * member ahead of its sections (after {@code $schema} at most), or a JSON Lines file's first line.
 * That is where {@code format} and {@code migrate} write it, and it keeps the look cheap: it stops
 * at the first section. A manifest further down is read as usual, and disagrees with the version
 * its file was read as (rule PS213) when it names another.
 */
public final class ManifestPeek {
  private ManifestPeek() {}

  /**
   * Returns the {@code schemaVersion} of the first manifest that comes first in one of
   * {@code files}, in order; null if none does (a dataset without a manifest is version 1).
   *
   * @param files the files, in reading order
   * @return the declared version as written, or null
   */
  public static @Nullable String declared(List<InputFile> files) {
    for (InputFile f : files) {
      if (f.path() == null) {
        continue;
      }
      try (InputStream in = Files.newInputStream(f.path())) {
        String v = declared(in, f.format());
        if (v != null) {
          return v;
        }
      } catch (IOException | RuntimeException e) {
        // The reader reports what cannot be read.
      }
    }
    return null;
  }

  /**
   * Returns the {@code schemaVersion} that the {@code manifest.json} beside {@code file} declares,
   * or null if there is none (or {@code file} is that manifest).
   *
   * @param file a file of a dataset folder
   * @return the declared version as written, or null
   */
  public static @Nullable String beside(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      return null;
    }
    Path manifest = parent.resolve("manifest.json");
    if (manifest.equals(absolute) || !Files.isRegularFile(manifest)) {
      return null;
    }
    return declared(List.of(new InputFile(manifest, manifest.toString(), InputFormat.JSON)));
  }

  /**
   * Returns the {@code schemaVersion} of a manifest that comes first in {@code content}, or null.
   *
   * @param content the bytes of one file
   * @param format its format
   * @return the declared version as written, or null
   */
  public static @Nullable String declared(byte[] content, InputFormat format) {
    try (InputStream in = new java.io.ByteArrayInputStream(content)) {
      return declared(in, format);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static @Nullable String declared(InputStream in, InputFormat format) throws IOException {
    try (JsonParser p = Json.mapper().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      if (format == InputFormat.JSON_LINES) {
        // The first line: {"$type": "manifest", …, "schemaVersion": "2", …}
        boolean manifest = false;
        String version = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken t = p.nextToken();
          if (name.equals("$type") && t == JsonToken.VALUE_STRING) {
            manifest = p.getString().equals("manifest");
            if (!manifest) {
              return null;
            }
          } else if (name.equals("schemaVersion") && t == JsonToken.VALUE_STRING) {
            version = p.getString();
          } else {
            p.skipChildren();
          }
        }
        return manifest ? version : null;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (name.equals("$schema")) {
          p.skipChildren();
        } else if (name.equals("manifest") && t == JsonToken.START_OBJECT) {
          String version = null;
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (field.equals("schemaVersion") && v == JsonToken.VALUE_STRING) {
              version = p.getString();
            } else {
              p.skipChildren();
            }
          }
          return version;
        } else {
          return null; // a section first: records come before any manifest of this file
        }
      }
      return null;
    } catch (JacksonException e) {
      return null;
    }
  }
}
