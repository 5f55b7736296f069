package org.policyset.core.read.internal.reference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;

/**
 * Turns the JSON parser's limit errors into findings in the user's terms: which limit, the value
 * seen, and the option that raises it.
 */
final class LimitFindings {
  private LimitFindings() {}

  private static final Pattern EXCEEDS = Pattern.compile(
      "(String value length|Name length|Number value length|Document nesting depth|Document length"
          + "|Record value count)"
          + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  /** Returns the finding for a parser limit error with message {@code message} at {@code at}. */
  static Finding of(String message, Location at) {
    Matcher m = message == null ? null : EXCEEDS.matcher(message);
    if (m == null || !m.find()) {
      return Finding.of(Rule.LIMIT_EXCEEDED, at, message == null ? "a read limit was exceeded" : message)
          .withHint("no dataset needs input like this; if yours does, raise the limit");
    }
    String seen = m.group(2);
    String limit = m.group(3);
    return switch (m.group(1)) {
      case "String value length" -> Finding.of(Rule.LIMIT_EXCEEDED, at,
              "string longer than " + limit + " characters (at least " + seen + ")")
          .withHint("no dataset needs strings this long; if yours does, raise ReadLimits.maxStringLength (--max-string-length in the command)");
      case "Name length" -> Finding.of(Rule.LIMIT_EXCEEDED, at,
              "key longer than " + limit + " characters (at least " + seen + ")")
          .withHint("keys are field names; a key this long is not one");
      case "Number value length" -> Finding.of(Rule.LIMIT_EXCEEDED, at,
              "number longer than " + limit + " characters (at least " + seen + ")")
          .withHint("no dataset field needs such a number; if yours does, raise ReadLimits.maxNumberLength (--max-number-length in the command)");
      case "Record value count" -> Finding.of(Rule.LIMIT_EXCEEDED, at,
              "record holds more than " + limit + " values")
          .withHint("records hold tens of values; if yours really hold more, raise ReadLimits.maxRecordValues (--max-record-values in the command)");
      case "Document nesting depth" -> Finding.of(Rule.LIMIT_EXCEEDED, at,
              "nesting depth passes " + limit + " arrays and objects")
          .withHint("records nest a few levels deep; if yours really nest deeper, raise ReadLimits.maxDepth (--max-depth in the command)");
      default -> Finding.of(Rule.LIMIT_EXCEEDED, at,
              "file longer than " + limit + " characters")
          .withHint("split the file, or raise ReadLimits.maxFileBytes (--max-file-size in the command)");
    };
  }
}
