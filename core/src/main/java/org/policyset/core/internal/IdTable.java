package org.policyset.core.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The declared ids of one record type: each id gets a slot, 0, 1, 2 … in the order first seen, and
 * the table keeps one instance of each id string, so that indexes can share it instead of keeping
 * the copies each referring record holds. Open addressing over two arrays: a few bytes an id
 * besides the string.
 */
final class IdTable {
  private String[] names = new String[64];
  /** Slot plus one, by hash position; 0 for free. */
  private int[] table = new int[128];
  /** 32 less the number of bits of a table index: the hash's top bits pick the position. */
  private int shift = 32 - 7;
  private int size;

  /** Returns the slot of {@code id}, or -1 if it is not declared. */
  int slot(String id) {
    int mask = table.length - 1;
    for (int i = mix(id.hashCode(), shift); ; i = (i + 1) & mask) {
      int s = table[i];
      if (s == 0) {
        return -1;
      }
      if (names[s - 1].equals(id)) {
        return s - 1;
      }
    }
  }

  /** Declares {@code id}; returns its new slot, or {@code -1 - slot} if it was declared before. */
  int add(String id) {
    if (2 * (size + 1) > table.length) {
      grow();
    }
    int mask = table.length - 1;
    int i = mix(id.hashCode(), shift);
    for (; table[i] != 0; i = (i + 1) & mask) {
      if (names[table[i] - 1].equals(id)) {
        return -table[i];
      }
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
    }
    names[size] = id;
    table[i] = ++size;
    return size - 1;
  }

  /** Returns the id of a slot. */
  String name(int slot) {
    return names[slot];
  }

  /** Returns the shared instance of {@code id} if declared, else {@code id} itself. */
  String canonical(String id) {
    if (id == null) {
      return null;
    }
    int s = slot(id);
    return s < 0 ? id : names[s];
  }

  /** Returns the number of ids. */
  int size() {
    return size;
  }

  /** Returns the ids, in the order declared, as a view. */
  List<String> names() {
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        return names[index];
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private void grow() {
    int[] t = new int[table.length * 2];
    shift--;
    int mask = t.length - 1;
    for (int s = 0; s < size; s++) {
      int i = mix(names[s].hashCode(), shift);
      while (t[i] != 0) {
        i = (i + 1) & mask;
      }
      t[i] = s + 1;
    }
    table = t;
  }

  /** Fibonacci hashing: ids that differ in their last characters land far apart. */
  private static int mix(int h, int shift) {
    return (h * 0x9E3779B9) >>> shift;
  }
}
