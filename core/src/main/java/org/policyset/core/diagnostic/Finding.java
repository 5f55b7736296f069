package org.policyset.core.diagnostic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.RecordType;

/**
 * One problem found in a dataset: the rule broken, how serious it is, where (file, line, column
 * and JSON pointer), which record, a message, and a hint on what to do.
 *
 * @param rule the rule broken
 * @param severity the severity (the rule's default unless configured otherwise)
 * @param location the file, line and column
 * @param pointer the JSON pointer of the offending value within its file, or an empty string for
 *     the whole document
 * @param record the record concerned as {@code type:id}, such as {@code stance:cn-gaza}; null when
 *     the finding concerns no one record
 * @param message what is wrong
 * @param hint what to do about it; null when there is no hint
 * @param related other places the finding concerns, such as the first of two duplicate ids
 * @since 0.1.0
 */
public record Finding(
    Rule rule,
    Severity severity,
    Location location,
    String pointer,
    @Nullable String record,
    String message,
    @Nullable String hint,
    List<Location> related) {

  /**
   * Checks the required components and copies {@code related}.
   *
   * @param rule the rule broken
   * @param severity the severity (the rule's default unless configured otherwise)
   * @param location the file, line and column
   * @param pointer the JSON pointer of the offending value within its file, or an empty string for
   *     the whole document
   * @param record the record concerned as {@code type:id}, such as {@code stance:cn-gaza}, or null
   * @param message what is wrong
   * @param hint what to do about it, or null
   * @param related other places the finding concerns, such as the first of two duplicate ids
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    pointer = pointer == null ? "" : pointer;
    related = related == null ? List.of() : List.copyOf(related);
  }

  /**
   * Starts a finding of {@code rule} at {@code location} with the rule's default severity.
   *
   * @param rule the rule
   * @param location where
   * @param message what is wrong
   * @return a builder-like finding to refine with the {@code with…} methods
   */
  public static Finding of(Rule rule, Location location, String message) {
    return new Finding(rule, rule.severity(), location, "", null, message, null, List.of());
  }

  /**
   * Returns this finding with a JSON pointer.
   *
   * @param newPointer the pointer
   * @return a copy
   */
  public Finding withPointer(String newPointer) {
    return new Finding(rule, severity, location, newPointer, record, message, hint, related);
  }

  /**
   * Returns this finding naming a record.
   *
   * @param newRecord the record as {@code type:id}, or null for none
   * @return a copy
   */
  public Finding withRecord(@Nullable String newRecord) {
    return new Finding(rule, severity, location, pointer, newRecord, message, hint, related);
  }

  /**
   * Returns this finding with a hint.
   *
   * @param newHint the hint, or null for none
   * @return a copy
   */
  public Finding withHint(@Nullable String newHint) {
    return new Finding(rule, severity, location, pointer, record, message, newHint, related);
  }

  /**
   * Returns this finding with related locations.
   *
   * @param newRelated the related locations
   * @return a copy
   */
  public Finding withRelated(List<Location> newRelated) {
    return new Finding(rule, severity, location, pointer, record, message, hint, newRelated);
  }

  /**
   * Returns this finding with another severity.
   *
   * @param newSeverity the severity
   * @return a copy
   */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, location, pointer, record, message, hint, related);
  }

  /**
   * Returns the JSON pointer of the offending value relative to its record, such as {@code /topic}
   * for {@code /stances/3/topic}, so that it does not change when records are added or moved; for a
   * finding about no record, the pointer in the file.
   *
   * @return the pointer relative to the record, or {@link #pointer()}
   * @since 0.1.0
   */
  public String recordPointer() {
    if (record == null || pointer.isEmpty()
        || jsonLines(location.file())) {
      return pointer;
    }
    String[] parts = pointer.split("/", 4);
    if (parts.length >= 3 && RecordType.forSection(parts[1]) != null && !parts[2].isEmpty()
        && parts[2].chars().allMatch(c -> c >= '0' && c <= '9')) {
      return parts.length == 4 ? "/" + parts[3] : "";
    }
    return pointer;
  }

  private static final Pattern POSITION = Pattern.compile(":\\d+(?::\\d+)?\\b");

  /**
   * Returns a stable identity of this finding that survives edits elsewhere in the file: a hash of
   * the rule, the record and {@link #recordPointer()}; for a finding about no record, of the rule,
   * the file and the message (with any {@code :line:column} in it left out). Line and column never
   * take part, so moving a record does not change its findings' fingerprints.
   *
   * @return 32 lowercase hexadecimal digits
   * @since 0.1.0
   */
  public String fingerprint() {
    String key;
    if (record != null && !record.endsWith(":?")) {
      key = "record\u0000" + rule.code() + "\u0000" + record + "\u0000" + recordPointer();
    } else {
      key = "file\u0000" + rule.code() + "\u0000" + location.file() + "\u0000"
          + POSITION.matcher(message).replaceAll("");
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns {@code file:line:col: severity CODE message}, for logs and test failures, with control
   * characters escaped ({@link org.policyset.core.diagnostic.TerminalText}).
   */
  @Override
  public String toString() {
    return org.policyset.core.diagnostic.TerminalText.escape(location + ": " + severity.label() + " "
        + rule.code() + " " + message + (hint == null ? "" : " (" + hint + ")"));
  }

  /** Whether a file holds JSON Lines, by its extension (as the reader tells them). */
  private static boolean jsonLines(String file) {
    String name = file.toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }
}
