package org.policyset.core.read.internal.shape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Constraints;

class ConstraintCheckTest {

  @Test
  void passesEveryValidRecordSoThatTheFastPathIsTaken() {
    org.policyset.core.model.Dataset d = org.policyset.core.TestDatasets.random(7, 30);
    java.util.List<Object> all = new java.util.ArrayList<>();
    all.addAll(d.actors());
    all.addAll(d.topics());
    all.addAll(d.principles());
    all.addAll(d.events());
    all.addAll(d.stances());
    all.addAll(d.sources());
    assertThat(all).isNotEmpty().allMatch(ConstraintCheck::passes);
  }

  @Test
  void sendsRecordsThatBreakAConstraintToBeanValidation() {
    org.policyset.core.model.Stance s = org.policyset.core.TestDatasets.random(7, 30).stances().get(0);
    assertThat(ConstraintCheck.passes(new org.policyset.core.model.Stance("Not A Slug", s.holders(),
        s.topic(), s.position(), s.statement(), s.date(), s.respondsTo(), s.principles(), s.sources(),
        s.until(), s.supersedes()))).isFalse();
    assertThat(ConstraintCheck.passes(new org.policyset.core.model.Stance(s.id(), java.util.List.of(),
        s.topic(), s.position(), s.statement(), s.date(), s.respondsTo(), s.principles(), s.sources(),
        s.until(), s.supersedes()))).isFalse();
    assertThat(ConstraintCheck.passes(new org.policyset.core.model.Stance(s.id(), s.holders(),
        s.topic(), null, s.statement(), s.date(), s.respondsTo(), s.principles(), s.sources(),
        s.until(), s.supersedes()))).isFalse();
    assertThat(ConstraintCheck.passes(new org.policyset.core.model.Stance(s.id(), s.holders(),
        s.topic(), s.position(), " padded", s.date(), s.respondsTo(), s.principles(), s.sources(),
        s.until(), s.supersedes()))).isFalse();
  }

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
