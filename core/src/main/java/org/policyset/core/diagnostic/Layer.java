package org.policyset.core.diagnostic;

/**
 * The validation layers, in the order they run.
 *
 * @since 0.1.0
 */
public enum Layer {
  /** The input could be found and read at all. */
  INPUT,
  /** The bytes are well-formed UTF-8 JSON within the limits. */
  SYNTAX,
  /** Records have the fields, types, patterns and values of the schema. */
  SHAPE,
  /** Ids are unique, references resolve, dates agree, and no reference cycle exists. */
  INTEGRITY,
  /** Claims cite sources, and quotes stand verbatim in the sources' archived texts. */
  PROVENANCE,
  /** The validation's own configuration, such as a suppressions file, is well-formed and used. */
  CONFIGURATION;

  /** {@return the lowercase name} */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
