package org.policyset.core.model;

/**
 * The textual constraints shared by the record types, as regular expressions that mean the same in
 * Java and in ECMA-262 (JSON Schema).
 *
 * @since 0.1.0
 */
public final class Constraints {

  /** An id: a lowercase slug such as {@code cn} or {@code gaza-ceasefire}. */
  public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

  /** Text that is not blank and has no leading or trailing white space. */
  public static final String TRIMMED = "^\\S(?:[\\s\\S]*\\S)?$";

  /** A Wikidata item id such as {@code Q148}. */
  public static final String WIKIDATA_QID = "^Q[1-9][0-9]*$";

  /** An absolute http or https URL. */
  public static final String HTTP_URL = "^https?://\\S+$";

  /** A semantic version such as {@code 1.0.0}. */
  public static final String SEMVER = "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(?:-[0-9A-Za-z.-]+)?$";

  /** A relative file path with forward slashes that does not leave its folder. */
  public static final String RELATIVE_PATH = "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\:*?\"<>|]+$";

  /**
   * An ISO 8601 duration of whole years, months, weeks or days, such as {@code P2M} (schema version 2).
   *
   * @since 0.7.0
   */
  public static final String DURATION = "^P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$";

  /**
   * A BCP 47 language tag of the common shapes: a language, then script, region or variant subtags
   * (such as {@code en}, {@code zh-Hans}, {@code pt-BR}) (schema version 2).
   *
   * @since 0.7.0
   */
  public static final String LANGUAGE_TAG = "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$";

  /** Longest name or title, in characters. */
  public static final int NAME_MAX = 300;

  /** Longest statement, summary, description or quote, in characters. */
  public static final int TEXT_MAX = 5000;

  private Constraints() {}
}
