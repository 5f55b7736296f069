package org.policyset.core.diagnostic;

import org.jspecify.annotations.Nullable;

/**
 * The catalogue of validation rules. Each rule has a stable code (never reused), a short name, a
 * layer, a default severity and a one-line summary.
 *
 * @since 0.1.0
 */
public enum Rule {
  /** An input path does not exist, cannot be read, or is not a regular file or directory. */
  UNREADABLE_INPUT("PS001", "unreadable-input", Layer.INPUT, Severity.ERROR,
      "An input path does not exist, cannot be read, or is not a regular file or folder."),
  /** A folder holds no dataset files. */
  NO_DATASET_FILES("PS002", "no-dataset-files", Layer.INPUT, Severity.ERROR,
      "A folder given as input holds no .json or .jsonl files."),

  /** The file is not well-formed JSON. */
  MALFORMED_JSON("PS101", "malformed-json", Layer.SYNTAX, Severity.ERROR,
      "The file is not well-formed JSON (RFC 8259)."),
  /** The file is not valid UTF-8. */
  INVALID_ENCODING("PS103", "invalid-encoding", Layer.SYNTAX, Severity.ERROR,
      "The file is not valid UTF-8."),
  /** The file starts with a byte order mark. */
  BYTE_ORDER_MARK("PS104", "byte-order-mark", Layer.SYNTAX, Severity.ERROR,
      "The file starts with a UTF-8 byte order mark, which RFC 8259 forbids in JSON texts."),
  /** Content follows the end of the JSON document. */
  TRAILING_CONTENT("PS105", "trailing-content", Layer.SYNTAX, Severity.ERROR,
      "Content follows the end of the JSON document."),
  /** A size or depth limit was exceeded. */
  LIMIT_EXCEEDED("PS106", "limit-exceeded", Layer.SYNTAX, Severity.ERROR,
      "The input exceeds a read limit (nesting depth, string, number or file size, records per file)."),

  /** A string escapes half of a UTF-16 surrogate pair. */
  UNPAIRED_SURROGATE("PS107", "unpaired-surrogate", Layer.SYNTAX, Severity.ERROR,
      "A string or key escapes half of a UTF-16 surrogate pair (such as \\ud800 alone), which is no character."),

  /** The file or line is not a dataset document or typed record. */
  NOT_A_DOCUMENT("PS201", "not-a-document", Layer.SHAPE, Severity.ERROR,
      "A .json file must hold one object with dataset sections; a .jsonl line one object with a $type."),
  /** A top-level key is not a known section. */
  UNKNOWN_SECTION("PS202", "unknown-section", Layer.SHAPE, Severity.ERROR,
      "A document has a top-level key that is not a dataset section."),
  /** A record has a property its type does not define. */
  UNKNOWN_PROPERTY("PS203", "unknown-property", Layer.SHAPE, Severity.ERROR,
      "A record has a property its type does not define (often a misspelt key)."),
  /** A value has the wrong JSON type. */
  WRONG_TYPE("PS204", "wrong-type", Layer.SHAPE, Severity.ERROR,
      "A value has the wrong JSON type, such as a number where a string belongs."),
  /** A required field is missing, null or empty. */
  MISSING_FIELD("PS205", "missing-field", Layer.SHAPE, Severity.ERROR,
      "A required field is missing, null or empty."),
  /** An id or id reference is not a lowercase slug. */
  INVALID_ID("PS206", "invalid-id", Layer.SHAPE, Severity.ERROR,
      "An id or reference is not a lowercase slug such as 'gaza-ceasefire'."),
  /** A date is not a real partial date. */
  INVALID_DATE("PS207", "invalid-date", Layer.SHAPE, Severity.ERROR,
      "A date is not YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day."),
  /** A value is not one of the allowed values. */
  INVALID_ENUM("PS208", "invalid-enum", Layer.SHAPE, Severity.ERROR,
      "A value is not one of the allowed values of its field."),
  /** A value breaks a length or format constraint. */
  INVALID_VALUE("PS209", "invalid-value", Layer.SHAPE, Severity.ERROR,
      "A value breaks a length or format constraint (blank, padded with spaces, too long, bad URL)."),
  /** An object has the same key twice. */
  DUPLICATE_KEY("PS212", "duplicate-key", Layer.SHAPE, Severity.ERROR,
      "An object has the same key twice: valid JSON, but policyset never lets the last one silently win."),
  /** The manifest names a schema version this release does not read, or not the one its records were read as. */
  SCHEMA_VERSION_MISMATCH("PS213", "schema-version-mismatch", Layer.SHAPE, Severity.ERROR,
      "The manifest's schemaVersion is not one this release reads (1, 2), or comes after records that were read as another version."),
  /** A stance's attribution and its reporting sources disagree. */
  ATTRIBUTION_FIELDS("PS214", "attribution-fields", Layer.SHAPE, Severity.ERROR,
      "A stance is attributed as 'reported' without naming its reporting sources in 'reportedBy', or names them with another attribution (schema version 2)."),
  /** The dataset has no manifest. */
  MISSING_MANIFEST("PS210", "missing-manifest", Layer.SHAPE, Severity.WARNING,
      "A dataset folder has no manifest (id, title, version, license, schemaVersion)."),
  /** The dataset has more than one manifest. */
  DUPLICATE_MANIFEST("PS211", "duplicate-manifest", Layer.SHAPE, Severity.ERROR,
      "More than one file of a dataset declares a manifest."),

  /** Two records of one type share an id. */
  DUPLICATE_ID("PS301", "duplicate-id", Layer.INTEGRITY, Severity.ERROR,
      "Two records of one type share an id."),
  /** A reference names no record of its type. */
  DANGLING_REFERENCE("PS302", "dangling-reference", Layer.INTEGRITY, Severity.ERROR,
      "A reference names no record of the type it points to."),
  /** References form a cycle. */
  REFERENCE_CYCLE("PS303", "reference-cycle", Layer.INTEGRITY, Severity.ERROR,
      "Topic parents, actor memberships or stance supersessions form a cycle."),
  /** A stance responds to an event dated after it. */
  RESPONDS_TO_LATER_EVENT("PS304", "responds-to-later-event", Layer.INTEGRITY, Severity.ERROR,
      "A stance responds to an event that happened after the stance was taken."),
  /** A stance ends before it begins. */
  UNTIL_BEFORE_DATE("PS305", "until-before-date", Layer.INTEGRITY, Severity.ERROR,
      "A stance's 'until' date is before its 'date' (schema version 2: the end of 'inEffect' is certainly before its start)."),
  /** A stance supersedes a stance dated after it. */
  SUPERSEDES_LATER_STANCE("PS306", "supersedes-later-stance", Layer.INTEGRITY, Severity.ERROR,
      "A stance supersedes a stance that was taken after it."),
  /** One holder has two different positions on a topic in effect at once. */
  CONFLICTING_STANCES("PS307", "conflicting-stances", Layer.INTEGRITY, Severity.WARNING,
      "One holder has two different positions on one topic in effect at once, and neither supersedes the other."),
  /** An actor, topic or principle takes part in no reference. */
  UNUSED_RECORD("PS308", "unused-record", Layer.INTEGRITY, Severity.WARNING,
      "An actor, topic or principle is referred to by no record and refers to no other one."),
  /** A one-of range whose first end begins after its last end ends (schema version 2). */
  UNORDERED_DATE_BOUNDS("PS309", "unordered-date-bounds", Layer.INTEGRITY, Severity.ERROR,
      "A one-of date range [A..B] whose A begins after B ends, so that no day is possible (schema version 2)."),
  /** A stance's attested date lies certainly outside its in-effect interval (schema version 2). */
  ATTESTED_OUTSIDE_IN_EFFECT("PS310", "attested-outside-in-effect", Layer.INTEGRITY, Severity.ERROR,
      "A stance's attested date lies certainly outside its 'inEffect' interval (schema version 2)."),
  /** A stance's expressedAt event certainly begins after its attested date (schema version 2). */
  EXPRESSED_AT_LATER_EVENT("PS311", "expressed-at-later-event", Layer.INTEGRITY, Severity.ERROR,
      "The event a stance was expressed at certainly begins after the stance's attested date (schema version 2)."),
  /** An event relates to an event that certainly happened after it (schema version 2). */
  EVENT_RELATION_TO_LATER_EVENT("PS313", "event-relation-to-later-event", Layer.INTEGRITY, Severity.ERROR,
      "An event invokes, responds to or follows an event that certainly happened after it, or follows it by more than 'within' (schema version 2)."),
  /** A holder scope names an actor that is not a group. */
  SCOPE_ON_NON_GROUP("PS312", "scope-on-non-group", Layer.INTEGRITY, Severity.ERROR,
      "A stance's holderScopes entry names an actor that has no members to speak of: a state, a person or a non-state actor (schema version 2)."),
  /** A stance targets one of its own holders. */
  TARGET_IS_HOLDER("PS314", "target-is-holder", Layer.INTEGRITY, Severity.WARNING,
      "A stance names one of its own holders among its targets (schema version 2)."),
  /** A holder scope names an actor that is not a holder of the stance, or one named already. */
  SCOPE_NOT_A_HOLDER("PS315", "scope-not-a-holder", Layer.INTEGRITY, Severity.ERROR,
      "A stance's holderScopes entry names an actor that is not among its holders, or one another entry already scopes (schema version 2)."),

  /** A record cites no source. */
  MISSING_CITATION("PS401", "missing-citation", Layer.PROVENANCE, Severity.ERROR,
      "An event or principle cites no source; in schema version 2, also an event or topic relation."),
  /** A quote does not stand in the source's archived text. */
  QUOTE_NOT_FOUND("PS402", "quote-not-found", Layer.PROVENANCE, Severity.ERROR,
      "A quote does not stand verbatim in the archived text of its source."),
  /** A source's archived text cannot be read, or its text field is too wrong to look for it. */
  SOURCE_TEXT_UNREADABLE("PS403", "source-text-unreadable", Layer.PROVENANCE, Severity.ERROR,
      "A source names an archived text file that cannot be read as UTF-8, or its text field is "
          + "itself wrong, so that the quotes citing it go unchecked."),
  /** A source is never cited. */
  UNUSED_SOURCE("PS404", "unused-source", Layer.PROVENANCE, Severity.WARNING,
      "A source is declared but no record cites it."),
  /** A stance's reporting source is not among the sources it cites. */
  REPORTING_SOURCE_NOT_CITED("PS405", "reporting-source-not-cited", Layer.PROVENANCE, Severity.ERROR,
      "A stance's 'reportedBy' names a source that none of its citations cites (schema version 2)."),
  /** The author's own claim is held by someone who wrote none of the cited sources. */
  AUTHOR_CLAIM_WITHOUT_AUTHOR("PS406", "author-claim-without-author", Layer.PROVENANCE, Severity.ERROR,
      "An analysis, proposal or prediction has a holder who is not among the 'authors' of any source it cites (schema version 2)."),
  /** A stance said to be in the holders' own words cites no source of theirs. */
  STATED_WITHOUT_OWN_SOURCE("PS407", "stated-without-own-source", Layer.PROVENANCE, Severity.WARNING,
      "A stance attributed as 'stated' cites no source among whose 'authors' is a holder or an actor that voiced it (schema version 2)."),
  /** A quote's paragraph locator names another paragraph than the one the quote stands in. */
  LOCATOR_MISMATCH("PS408", "locator-mismatch", Layer.PROVENANCE, Severity.WARNING,
      "A citation's 'para. N' locator does not name the paragraph of the archived text its quote stands in."),
  /** A quote stands more than once in the source's archived text. */
  AMBIGUOUS_QUOTE("PS409", "ambiguous-quote", Layer.PROVENANCE, Severity.WARNING,
      "A quote stands more than once in the archived text of its source, so which place is meant is unclear."),

  /** A suppression is malformed: no reason, an unknown rule, or no target. */
  INVALID_SUPPRESSION("PS501", "invalid-suppression", Layer.CONFIGURATION, Severity.ERROR,
      "A suppression lacks a reason, names an unknown rule, or names neither a record nor a file."),
  /** A suppression matched no finding. */
  UNUSED_SUPPRESSION("PS502", "unused-suppression", Layer.CONFIGURATION, Severity.WARNING,
      "A suppression or baseline entry matched no finding, so it can be removed.");

  private final String code;
  private final String slug;
  private final Layer layer;
  private final Severity severity;
  private final String summary;

  Rule(String code, String slug, Layer layer, Severity severity, String summary) {
    this.code = code;
    this.slug = slug;
    this.layer = layer;
    this.severity = severity;
    this.summary = summary;
  }

  /** {@return the stable code, such as {@code PS302}} */
  public String code() {
    return code;
  }

  /** {@return the short name, such as {@code dangling-reference}} */
  public String slug() {
    return slug;
  }

  /** {@return the layer the rule belongs to} */
  public Layer layer() {
    return layer;
  }

  /** {@return the default severity} */
  public Severity severity() {
    return severity;
  }

  /** {@return a one-line summary of what the rule checks} */
  public String summary() {
    return summary;
  }

  /**
   * Returns the rule's documentation: why it exists, and an example that breaks it and one that
   * keeps it. It is read from the Markdown file of the rule among core's resources
   * ({@code org/policyset/core/diagnostic/rules/PS302.md} for PS302).
   *
   * @return the documentation, never null
   * @since 0.1.0
   */
  public RuleDocumentation documentation() {
    return RuleDocs.of(this);
  }

  /**
   * Returns the rule with a code or short name, ignoring case.
   *
   * @param codeOrSlug for example {@code PS302} or {@code dangling-reference}
   * @return the rule, or null if there is none
   */
  public static @Nullable Rule lookup(String codeOrSlug) {
    for (Rule r : values()) {
      if (r.code.equalsIgnoreCase(codeOrSlug) || r.slug.equalsIgnoreCase(codeOrSlug)) {
        return r;
      }
    }
    return null;
  }
}
