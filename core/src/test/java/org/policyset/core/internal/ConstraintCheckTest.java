package org.policyset.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Constraints;

class ConstraintCheckTest {

  @Test
  void slugAndTrimmedChecksAgreeWithTheirRegularExpressions() {
    Pattern slug = Pattern.compile(Constraints.SLUG);
    Pattern trimmed = Pattern.compile(Constraints.TRIMMED);
    String alphabet = "ab0-- \t\n\r\u000B\f\u00A0\u2003Z_é\uD83D\uDE00";
    Random r = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = r.nextInt(6); n > 0; n--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(ConstraintCheck.isSlug(s)).as("slug %s", s).isEqualTo(slug.matcher(s).matches());
      assertThat(ConstraintCheck.isTrimmed(s)).as("trimmed %s", s).isEqualTo(trimmed.matcher(s).matches());
    }
  }
}
