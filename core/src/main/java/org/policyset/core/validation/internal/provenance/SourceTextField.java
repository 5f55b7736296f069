package org.policyset.core.validation.internal.provenance;

import java.util.regex.Pattern;
import org.policyset.core.model.Constraints;

/**
 * Whether a source's {@code text} field can be used on its own, whatever else is wrong with the
 * source: the constraints of {@link org.policyset.core.model.Source#text()} (a test keeps them
 * equal to the annotations), so that a source with a bad date or a padded title still has its
 * quotes checked.
 */
final class SourceTextField {
  private SourceTextField() {}

  /** The longest text path, as {@code @Size(max)} on {@code Source.text} says. */
  static final int MAX_LENGTH = 500;
  private static final Pattern PATH = Pattern.compile(Constraints.RELATIVE_PATH);

  /** {@return whether {@code text} passes the constraints of a source's {@code text} field} */
  static boolean usable(String text) {
    return !text.isEmpty() && text.length() <= MAX_LENGTH && PATH.matcher(text).matches();
  }
}
