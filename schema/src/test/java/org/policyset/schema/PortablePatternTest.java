package org.policyset.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Constraints;
import org.policyset.core.model.PartialDate;

/**
 * The portable rewrite of a Bean Validation pattern accepts exactly the strings the Java pattern
 * accepts, read the way a JSON Schema validator reads it.
 */
class PortablePatternTest {

  /** Strings on which Java and ECMA-262 regular expressions are known to differ. */
  static final List<String> PROBES = List.of(
      "", "a", "cn", "CN", "cn-eg", "cn--eg", "-cn", "cn-", " a", "a ", "a b", "\ta", "a\t",
      "a\n", "\na", "a\r\n", "a\r", "a\u000b", "\u000ba", "a\f", "a\u0085", "\u0085a", "a\u2028",
      "a\u2029", "\u00a0a", "a\u00a0", "\u3000a", "\ufeffa", "a\u1680", "\ud83d\ude00",
      " \ud83d\ude00", "\ud83d\ude00 ", "a\nb", "a\u0085b",
      "texts/a.txt", "../a", "a/../b", "a/..", "a/..\n", "a/..\r\n", "a/..\r", "a/..\u0085",
      "a/..\u2028", "a\n/../b", "a\u0085/../b", "a\u2028/../b", "a..b", "..a", "/a", "a\\b", "a:b",
      "https://x", "http://x", "https://x y", "https://x\u00a0y", "https://x\n", "ftp://x",
      "Q1", "Q148", "Q0", "q1", "Q1\n", "1.0.0", "1.0.0-rc.1", "01.0.0", "1.0", "1.0.0\n",
      "2025", "2025-02-29", "2024-02-29", "2025-13", "0000", "2025\n");

  @Test
  void everyCoreConstraintAgreesOnEveryProbe() throws IllegalAccessException {
    Map<String, String> patterns = new LinkedHashMap<>();
    for (Field f : Constraints.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        patterns.put(f.getName(), (String) f.get(null));
      }
    }
    patterns.put("PartialDate.PATTERN", PartialDate.PATTERN);
    patterns.put("SchemaGenerator.PARTIAL_DATE_PATTERN", SchemaGenerator.PARTIAL_DATE_PATTERN);
    assertThat(patterns).hasSizeGreaterThanOrEqualTo(8);
    List<String> disagreements = new ArrayList<>();
    for (Map.Entry<String, String> p : patterns.entrySet()) {
      Pattern java = Pattern.compile(p.getValue());
      String portable = PortablePattern.of(p.getValue());
      // Only constructs that read the same in both dialects remain (checked, then emulated below).
      assertThat(portable.replace("[\\s\\S]", "")).as(p.getKey())
          .doesNotContain("\\s", "\\S").doesNotContainPattern("(^|[^\\\\\\[])\\.(?![^\\[]*\\])");
      Pattern schema = asJsonSchemaReadsIt(portable);
      for (String probe : PROBES) {
        boolean j = java.matcher(probe).matches();
        boolean s = schema.matcher(probe).find();
        if (j != s) {
          disagreements.add(p.getKey() + " on " + escape(probe) + ": Java " + j + ", schema " + s);
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void spellsOutWhiteSpaceDotAndInnerDollar() {
    assertThat(PortablePattern.of("^\\S+$")).isEqualTo("^[^\\t\\n\\x0B\\f\\r ]+$");
    assertThat(PortablePattern.of("^a\\sb$")).isEqualTo("^a[\\t\\n\\x0B\\f\\r ]b$");
    assertThat(PortablePattern.of("^[\\s\\S]*$")).isEqualTo("^[\\s\\S]*$");
    assertThat(PortablePattern.of("^[a\\s]$")).isEqualTo("^[a\\t\\n\\x0B\\f\\r ]$");
    assertThat(PortablePattern.of("^a.b$")).isEqualTo("^a" + PortablePattern.DOT + "b$");
    assertThat(PortablePattern.of("^(?!a$)b$")).isEqualTo("^(?!a" + PortablePattern.DOLLAR + ")b$");
    assertThat(PortablePattern.of("^[.$]$")).isEqualTo("^[.$]$");
    assertThat(PortablePattern.of("^a\\-b$")).isEqualTo("^a-b$");
  }

  @Test
  void anchorsAPatternThatIsNotAnchoredAsAWhole() {
    assertThat(PortablePattern.of("[a-z]+")).isEqualTo("^(?:[a-z]+)$");
    assertThat(PortablePattern.of("^a$|^b$")).isEqualTo("^(?:^a" + PortablePattern.DOLLAR + "|^b$)$");
    assertThat(PortablePattern.of("^(a|b)$")).isEqualTo("^(a|b)$");
  }

  @Test
  void refusesConstructsThatDifferBetweenDialects() {
    for (String p : List.of("^\\p{L}+$", "^(?i)a$", "^a++$", "^[a[b]]$", "^[a&&b]$", "^\\h$",
        "^a{$", "^[\\S]$", "^\\Qa\\E$", "^(?>a)$", "^\\z", "^\\:$", "^[\\e]$")) {
      assertThatThrownBy(() -> PortablePattern.of(p)).as(p).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * Reads a portable pattern the way a JSON Schema validator does: unanchored (find) and with
   * '$' meaning only the end of input, as in ECMA-262. Everything else in a portable pattern means
   * the same in Java and ECMA-262 by construction.
   */
  static Pattern asJsonSchemaReadsIt(String portable) {
    StringBuilder sb = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < portable.length(); i++) {
      char c = portable.charAt(i);
      if (c == '\\') {
        sb.append(c).append(portable.charAt(++i));
      } else if (inClass) {
        inClass = c != ']';
        sb.append(c);
      } else if (c == '[') {
        inClass = true;
        sb.append(c);
      } else if (c == '$') {
        sb.append("\\z");
      } else {
        sb.append(c);
      }
    }
    return Pattern.compile(sb.toString());
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp > 0x7e) {
        sb.append(String.format("\\u{%x}", cp));
      } else {
        sb.append((char) cp);
      }
    });
    return sb.append('"').toString();
  }
}
