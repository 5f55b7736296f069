package org.policyset.core.validation.internal.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.PartialDate;

/** Packed stance lifecycles must read back as written, in order and from any slot. */
class StanceLifecyclesTest {

  private record Written(boolean bound, int position, int date, int until, int topic,
      int respondsTo, int[] holders, int[] supersedes) {}

  @Test
  void readsBackEveryStanceInOrderAndFromAnySlot() {
    Random r = new Random(5);
    StanceLifecycles store = new StanceLifecycles();
    List<Written> written = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      if (r.nextInt(30) == 0) {
        store.addUnbound();
        written.add(new Written(false, -1, 0, 0, 0, 0, new int[0], new int[0]));
        continue;
      }
      int[] holders = r.ints(r.nextInt(30) == 0 ? 40 : 1 + r.nextInt(3), -50, 1 << 20)
          .map(h -> h == -50 ? StanceLifecycles.NONE : h).toArray();
      int[] supersedes = r.ints(r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 0, -5, i + 1).toArray();
      Written w = new Written(true, r.nextInt(10) - 1, pick(r, date(r)), pick(r, date(r)),
          pick(r, r.nextInt(1000) - 3), pick(r, Integer.MAX_VALUE - r.nextInt(3)), holders,
          supersedes);
      store.add(w.position(), w.date(), w.until(), w.topic(), w.respondsTo(), holders,
          holders.length, supersedes, supersedes.length);
      written.add(w);
    }
    assertThat(store.size()).isEqualTo(written.size());
    StanceLifecycles.Cursor c = store.cursor();
    for (int i = 0; i < written.size(); i++) {
      assertThat(c.hasNext()).isTrue();
      check(c.next(), i, written.get(i));
    }
    assertThat(c.hasNext()).isFalse();
    StanceLifecycles.Cursor any = store.cursor();
    for (int k = 0; k < 5000; k++) {
      int i = r.nextInt(written.size());
      check(any.seek(i), i, written.get(i));
    }
  }

  @Test
  void packedDatesCompareAndPrintAsPartialDates() {
    Random r = new Random(8);
    for (int k = 0; k < 20_000; k++) {
      PartialDate a = PartialDate.parse(text(r));
      PartialDate b = PartialDate.parse(text(r));
      int pa = StanceLifecycles.date(a);
      int pb = StanceLifecycles.date(b);
      assertThat(StanceLifecycles.text(pa)).isEqualTo(a.toString());
      assertThat(StanceLifecycles.isBefore(pa, pb)).isEqualTo(a.isBefore(b));
      assertThat(StanceLifecycles.start(pa)).isEqualTo(a.start().toEpochDay());
      assertThat(StanceLifecycles.end(pa)).isEqualTo(a.end().toEpochDay());
    }
    assertThat(StanceLifecycles.date(null)).isEqualTo(StanceLifecycles.NONE);
  }

  private static void check(StanceLifecycles.Cursor c, int slot, Written w) {
    assertThat(c.slot).isEqualTo(slot);
    assertThat(c.bound).isEqualTo(w.bound());
    if (!w.bound()) {
      return;
    }
    assertThat(c.position).isEqualTo(w.position());
    assertThat(c.date).isEqualTo(w.date());
    assertThat(c.until).isEqualTo(w.until());
    assertThat(c.topic).isEqualTo(w.topic());
    assertThat(c.respondsTo).isEqualTo(w.respondsTo());
    assertThat(java.util.Arrays.copyOf(c.holders, c.holderCount)).containsExactly(w.holders());
    assertThat(java.util.Arrays.copyOf(c.supersedes, c.supersedesCount))
        .containsExactly(w.supersedes());
  }

  private static int pick(Random r, int value) {
    return r.nextInt(4) == 0 ? StanceLifecycles.NONE : value;
  }

  private static int date(Random r) {
    return StanceLifecycles.date(PartialDate.parse(text(r)));
  }

  private static String text(Random r) {
    int year = r.nextInt(10) == 0 ? 1 + r.nextInt(9999) : 1990 + r.nextInt(40);
    LocalDate d = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
    return switch (r.nextInt(3)) {
      case 0 -> String.format("%04d", year);
      case 1 -> String.format("%04d-%02d", year, d.getMonthValue());
      default -> String.format("%04d-%02d-%02d", year, d.getMonthValue(), d.getDayOfMonth());
    };
  }
}
