package org.policyset.core.diagnostic;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a suppressions file: findings of a rule on a record or in a file that are accepted
 * for a stated reason, and so are not reported.
 *
 * <p>A finding matches when its rule is {@code rule}, and, for each target given, its record is
 * {@code record}, its file is {@code file} or lies in the folder {@code file}, and its pointer is
 * {@code pointer} or lies below it. With a record, the pointer is relative to the record (as
 * {@link Finding#recordPointer()}); with only a file, it is the pointer in the file.
 *
 * @param rule the rule whose findings are accepted
 * @param record the record as {@code type:id}, such as {@code stance:cn-gaza}; null to match by
 *     file only (a record or a file is given)
 * @param file a file or folder, relative to the suppressions file's folder; null to match by
 *     record only
 * @param pointer a JSON pointer that narrows the match; null for the whole record or file
 * @param reason why the findings are accepted; never blank
 * @param declaredAt where the entry stands in its suppressions file
 * @since 0.1.0
 */
public record Suppression(
    Rule rule,
    @Nullable String record,
    @Nullable String file,
    @Nullable String pointer,
    String reason,
    Location declaredAt) {

  /**
   * Checks the required components: a rule, a target, a reason and a location.
   *
   * @param rule the rule whose findings are accepted
   * @param record the record as {@code type:id}, such as {@code stance:cn-gaza}, or null
   * @param file a file or folder, relative to the suppressions file's folder, or null
   * @param pointer a JSON pointer that narrows the match, or null
   * @param reason why the findings are accepted; never blank
   * @param declaredAt where the entry stands in its suppressions file
   */
  public Suppression {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(declaredAt, "declaredAt");
    if (record == null && file == null) {
      throw new IllegalArgumentException("a suppression names a record or a file");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a suppression states a reason");
    }
  }

  /** {@return {@code CODE on target}, such as {@code PS404 on source:seed}, for messages} */
  public String describe() {
    StringBuilder sb = new StringBuilder(rule.code()).append(" on ");
    sb.append(record != null ? record : file);
    if (record != null && file != null) {
      sb.append(" in ").append(file);
    }
    if (pointer != null) {
      sb.append(" at ").append(pointer);
    }
    return sb.toString();
  }
}
