package org.policyset.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.Stance;

class StanceLifecycleTest {

  private static Stance stance(String id, String date, String until, String... supersedes) {
    return new Stance(id, List.of("a"), "t", Position.SUPPORTS, "S.", PartialDate.parse(date), null, List.of(),
        List.of(new Citation("src", null, null)), until == null ? null : PartialDate.parse(until),
        List.of(supersedes));
  }

  @Test
  void theEarliestSuccessorOrTheUntilDateEndsAStance() {
    Stance old = stance("old", "2023", "2024-12");
    Stance later = stance("later", "2024-09-01", null, "old");
    Stance earlier = stance("earlier", "2024-03", null, "old");
    StanceLifecycle life = StanceLifecycle.of(new Dataset(null, null, null, null, null,
        List.of(old, later, earlier), null));
    assertThat(life.supersededBy("old")).containsExactly("earlier", "later");
    assertThat(life.lastDay(old)).contains(LocalDate.of(2024, 2, 29));
    assertThat(life.firstDay(old)).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(life.inEffect(old, LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(life.inEffect(old, LocalDate.of(2024, 3, 1))).isFalse();
    assertThat(life.lastDay(later)).isEqualTo(Optional.empty());
    assertThat(life.inEffect(later, LocalDate.of(9999, 12, 31))).isTrue();
  }

  @Test
  void anUntilEarlierThanTheSuccessorWins() {
    Stance old = stance("old", "2023", "2023-06");
    Stance next = stance("next", "2024", null, "old");
    StanceLifecycle life = StanceLifecycle.of(new Dataset(null, null, null, null, null, List.of(old, next), null));
    assertThat(life.lastDay(old)).contains(LocalDate.of(2023, 6, 30));
  }
}
