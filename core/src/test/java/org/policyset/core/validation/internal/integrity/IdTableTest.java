package org.policyset.core.validation.internal.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The id table must give every id one slot and the id back exactly, whatever the ids. */
class IdTableTest {

  @Test
  void keepsSlotsAndIdsThroughGrowth() {
    IdTable t = new IdTable();
    int n = 300_000;
    for (int i = 0; i < n; i++) {
      assertThat(t.add("stance-" + i)).isEqualTo(i);
    }
    assertThat(t.size()).isEqualTo(n);
    for (int i = 0; i < n; i += 7) {
      assertThat(t.slot("stance-" + i)).isEqualTo(i);
      assertThat(t.add("stance-" + i)).isEqualTo(-1 - i);
      assertThat(t.name(i)).isEqualTo("stance-" + i);
    }
    assertThat(t.slot("stance-" + n)).isEqualTo(-1);
    assertThat(t.slot("stance-")).isEqualTo(-1);
    assertThat(t.names().get(12_345)).isEqualTo("stance-12345");
  }

  @Test
  void tellsApartIdsWhoseHashCodesCollide() {
    // "Aa" and "BB" have one hash code, so all 2^12 strings of 12 such pairs share one.
    List<String> ids = new ArrayList<>();
    for (int m = 0; m < 1 << 12; m++) {
      StringBuilder s = new StringBuilder();
      for (int b = 0; b < 12; b++) {
        s.append((m >> b & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(s.toString());
    }
    assertThat(ids.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
    IdTable t = new IdTable();
    for (int i = 0; i < ids.size(); i++) {
      assertThat(t.add(ids.get(i))).isEqualTo(i);
    }
    for (int i = 0; i < ids.size(); i++) {
      assertThat(t.slot(ids.get(i))).isEqualTo(i);
      assertThat(t.name(i)).isEqualTo(ids.get(i));
    }
    assertThat(t.slot("Aa".repeat(11) + "AB")).isEqualTo(-1);
  }

  @Test
  void returnsEveryIdExactlyAsGiven() {
    String[] ids = {
      "", "a", "akteur-ü", "ü", "\u0000", "a\u0000b", "\u0100", "a\u0161", "日本", "\uD83D\uDE00",
      "\uD800", "x\uDC00y", "\uFFFF", "A".repeat(70_000), "é".repeat(40_000), "b".repeat(200),
    };
    IdTable t = new IdTable();
    for (int i = 0; i < ids.length; i++) {
      assertThat(t.add(ids[i])).isEqualTo(2 * i);
      t.add("filler-" + i);
    }
    for (int i = 0; i < ids.length; i++) {
      int slot = t.slot(ids[i]);
      assertThat(slot).isEqualTo(2 * i);
      assertThat(t.name(slot)).isEqualTo(ids[i]);
    }
    // Same length, same characters but one: not found.
    assertThat(t.slot("akteur-u")).isEqualTo(-1);
    assertThat(t.slot("\u0101")).isEqualTo(-1);
    assertThat(t.slot("A".repeat(69_999) + "B")).isEqualTo(-1);
  }

  @Test
  void comparesIdsAsStringsDo() {
    String[] ids = {"a", "b", "ab", "a-1", "a-10", "a-2", "ü", "\uFFFF", "\uD83D\uDE00", "", "Z"};
    IdTable t = new IdTable();
    for (String id : ids) {
      t.add(id);
    }
    for (int i = 0; i < ids.length; i++) {
      for (int j = 0; j < ids.length; j++) {
        assertThat(Integer.signum(t.compare(i, j)))
            .as("%s vs %s", ids[i], ids[j])
            .isEqualTo(Integer.signum(ids[i].compareTo(ids[j])));
      }
    }
  }

  @Test
  void aSnapshotFindsWhatWasDeclaredBeforeIt() {
    IdTable t = new IdTable();
    Random r = new Random(3);
    for (int i = 0; i < 1000; i++) {
      t.add("actor-" + i);
    }
    IdTable.Snapshot before = t.snapshot();
    for (int i = 1000; i < 50_000; i++) {
      t.add("actor-" + i); // grows the table and fills the snapshot's arrays further
    }
    for (int k = 0; k < 5000; k++) {
      int i = r.nextInt(50_000);
      assertThat(before.slot("actor-" + i)).isEqualTo(i < 1000 ? i : -1);
      assertThat(t.snapshot().slot("actor-" + i)).isEqualTo(i);
    }
  }

  /** The 2^bits ids made of blocks "Aa" and "BB", which all share one String.hashCode. */
  static List<String> collidingIds(int bits) {
    List<String> ids = new ArrayList<>();
    for (int m = 0; m < 1 << bits; m++) {
      StringBuilder sb = new StringBuilder();
      for (int b = 0; b < bits; b++) {
        sb.append((m >>> b & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(sb.toString());
    }
    return ids;
  }

  @Test
  void idsMadeToCollideDoNotMakeProbesLong() {
    List<String> ids = collidingIds(16);
    assertThat(ids.stream().map(String::hashCode).distinct()).hasSize(1);
    IdTable t = new IdTable();
    long start = System.nanoTime();
    for (int i = 0; i < ids.size(); i++) {
      assertThat(t.add(ids.get(i))).isEqualTo(i);
    }
    IdTable.Snapshot view = t.snapshot();
    for (int i = 0; i < ids.size(); i += 3) {
      assertThat(t.slot(ids.get(i))).isEqualTo(i);
      assertThat(view.slot(ids.get(i))).isEqualTo(i);
    }
    long colliding = System.nanoTime() - start;
    assertThat(t.keyed()).isTrue();
    assertThat(t.longestProbe()).isLessThan(IdTable.MAX_PROBE);
    assertThat(t.slot("AaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAb")).isEqualTo(-1);

    Random r = new Random(1);
    IdTable random = new IdTable();
    start = System.nanoTime();
    for (int i = 0; i < ids.size(); i++) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < 32; c++) {
        sb.append((char) ('a' + r.nextInt(26)));
      }
      random.add(sb.toString());
    }
    long honest = System.nanoTime() - start;
    assertThat(random.keyed()).as("honest ids keep String's hash").isFalse();
    System.out.printf("2^16 colliding ids: %d ms (add and look up); 2^16 random ids: %d ms (add)%n",
        colliding / 1_000_000, honest / 1_000_000);
  }

  @Test
  void honestIdsNeverSwitchTheHash() {
    IdTable t = new IdTable();
    for (int i = 0; i < 1_000_000; i++) {
      t.add("stance-" + i);
    }
    assertThat(t.keyed()).isFalse();
    assertThat(t.longestProbe()).isLessThan(IdTable.MAX_PROBE);
  }
}
