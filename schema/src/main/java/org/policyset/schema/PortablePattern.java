package org.policyset.schema;

/**
 * Rewrites a {@code java.util.regex} pattern, as Bean Validation's {@code @Pattern} uses it (the
 * whole string must match), into a JSON Schema {@code pattern} that accepts exactly the same strings
 * under ECMA-262 with the {@code u} flag (ajv) and under {@code java.util.regex} with {@code find()}
 * (networknt).
 *
 * <p>The two dialects read some tokens differently, so the rewrite spells them out:
 *
 * <ul>
 *   <li>{@code \s} and {@code \S}: six ASCII white-space characters in Java, all Unicode white space
 *       in ECMA-262; written as the explicit class {@code [\t\n\x0B\f\r ]} and its complement.
 *   <li>{@code .}: in Java any character but {@code \n \r \u0085 \u2028 \u2029}; ECMA-262 also
 *       matches {@code \u0085}; written as the explicit negated class.
 *   <li>{@code $} before the end of the pattern: Java also matches before one final line
 *       terminator; written as the equivalent lookarounds.
 *   <li>a pattern not anchored as a whole is wrapped in {@code ^(?:...)$}.
 * </ul>
 *
 * <p>Any construct not known to mean the same in both dialects (possessive quantifiers, inline
 * flags, {@code \p{..}}, nested classes, identity escapes that ECMA-262 forbids in {@code u} mode)
 * is refused with an {@link IllegalArgumentException}, so that a new constraint in {@code core}
 * cannot silently produce a schema that disagrees with it.
 */
final class PortablePattern {

  /** Java's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  static final String SPACE_CHARS = "\\t\\n\\x0B\\f\\r ";

  /** Java's {@code .} without DOTALL: anything but a line terminator. */
  static final String DOT = "[^\\n\\r\\u0085\\u2028\\u2029]";

  /** Java's {@code $} without MULTILINE, written for ECMA-262. */
  static final String DOLLAR =
      "(?:$|(?=\\r\\n$)|(?=[\\r\\u0085\\u2028\\u2029]$)|(?<!\\r)(?=\\n$))";

  private static final String SYNTAX_CHARS = "^$\\.*+?()[]{}|/";

  private PortablePattern() {}

  /**
   * Returns the portable form of {@code javaRegex}.
   *
   * @param javaRegex a pattern as written in a {@code @Pattern} annotation
   * @return a JSON Schema pattern accepting the same strings
   * @throws IllegalArgumentException if the pattern uses a construct this rewrite does not know
   */
  static String of(String javaRegex) {
    java.util.regex.Pattern.compile(javaRegex);
    String body = translate(javaRegex);
    boolean anchored = body.startsWith("^") && body.endsWith("$") && !body.endsWith("\\$")
        && !hasTopLevelAlternation(javaRegex);
    return anchored ? body : "^(?:" + body + ")$";
  }

  private static String translate(String p) {
    StringBuilder out = new StringBuilder(p.length() + 32);
    int depth = 0;
    int n = p.length();
    for (int i = 0; i < n; i++) {
      char c = p.charAt(i);
      switch (c) {
        case '\\' -> {
          char e = next(p, ++i);
          switch (e) {
            case 's' -> out.append('[').append(SPACE_CHARS).append(']');
            case 'S' -> out.append("[^").append(SPACE_CHARS).append(']');
            case 'd', 'D', 'w', 'W', 't', 'n', 'r', 'f' -> out.append('\\').append(e);
            case '-' -> out.append('-');
            default -> {
              if (SYNTAX_CHARS.indexOf(e) < 0) {
                throw unsupported(p, "the escape \\" + e);
              }
              out.append('\\').append(e);
            }
          }
        }
        case '[' -> i = characterClass(p, i, out);
        case '.' -> out.append(DOT);
        case '$' -> out.append(i == n - 1 && depth == 0 ? "$" : DOLLAR);
        case '(' -> {
          depth++;
          if (i + 1 < n && p.charAt(i + 1) == '?') {
            String head = p.substring(i, Math.min(n, i + 4));
            if (!(head.startsWith("(?:") || head.startsWith("(?=") || head.startsWith("(?!")
                || head.startsWith("(?<=") || head.startsWith("(?<!"))) {
              throw unsupported(p, "the group " + head);
            }
          }
          out.append(c);
        }
        case ')' -> {
          depth--;
          out.append(c);
        }
        case '*', '+', '?', '}' -> {
          out.append(c);
          if (i + 1 < n && p.charAt(i + 1) == '+') {
            throw unsupported(p, "a possessive quantifier");
          }
        }
        case '{' -> {
          int close = p.indexOf('}', i);
          if (close < 0 || !p.substring(i + 1, close).matches("[0-9]+(,[0-9]*)?")) {
            throw unsupported(p, "a '{' that is not a quantifier");
          }
          out.append(c);
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Copies the class starting at {@code start}; returns the index of its closing bracket. */
  private static int characterClass(String p, int start, StringBuilder out) {
    int close = start + 1;
    if (close < p.length() && p.charAt(close) == '^') {
      close++;
    }
    int contentStart = close;
    StringBuilder cls = new StringBuilder();
    for (int i = contentStart; ; i++) {
      if (i >= p.length()) {
        throw unsupported(p, "an unclosed class");
      }
      char c = p.charAt(i);
      if (c == ']' && i > contentStart) {
        String content = p.substring(contentStart, i);
        if (content.equals("\\s\\S") || content.equals("\\S\\s")) {
          out.append(p, start, i + 1);
        } else {
          out.append(p, start, contentStart).append(cls).append(']');
        }
        return i;
      }
      if (c == '[' || c == ']' || (c == '&' && i + 1 < p.length() && p.charAt(i + 1) == '&')) {
        throw unsupported(p, "a nested class, a class intersection or an empty class");
      }
      if (c != '\\') {
        cls.append(c);
        continue;
      }
      char e = next(p, ++i);
      switch (e) {
        case 's' -> cls.append(SPACE_CHARS);
        case 'd', 'w', 't', 'n', 'r', 'f', '\\', ']', '[', '^', '-' -> cls.append('\\').append(e);
        case 'S' -> {
          String content = p.substring(contentStart, Math.min(p.length(), contentStart + 4));
          if (!(content.equals("\\s\\S") || content.equals("\\S\\s"))) {
            throw unsupported(p, "\\S inside a class");
          }
          cls.append("\\S");
        }
        default -> {
          if (Character.isLetterOrDigit(e)) {
            throw unsupported(p, "the escape \\" + e + " inside a class");
          }
          cls.append(e);
        }
      }
    }
  }

  private static boolean hasTopLevelAlternation(String p) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < p.length() && p.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < p.length() && p.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  private static char next(String p, int i) {
    if (i >= p.length()) {
      throw unsupported(p, "a trailing backslash");
    }
    return p.charAt(i);
  }

  private static IllegalArgumentException unsupported(String pattern, String what) {
    return new IllegalArgumentException("pattern " + pattern + " uses " + what
        + ", which is not known to mean the same in Java and ECMA-262; rewrite the constraint");
  }
}
