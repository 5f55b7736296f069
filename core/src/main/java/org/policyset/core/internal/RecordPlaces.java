package org.policyset.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.validation.Location;

/**
 * Where the records of one type stand, by slot, in a few numbers each: enough to read a record again
 * and locate any value in it when a finding needs it (see {@link SliceLocator}). Records read by the
 * reference path keep, instead, the locations asked for when they were added.
 */
final class RecordPlaces {
  private final RecordType type;
  private long[] offsets = new long[64];
  private int[] lengths = new int[64];
  private int[] lines = new int[64];
  private int[] columns = new int[64];
  /** The file's index in {@link #files}, or -1 for a record whose locations were taken at once. */
  private int[] fileIndex = new int[64];
  /** The record's index in its section ({@code /stances/7}), -1 for a JSON Lines line, -2 other. */
  private int[] pointerIndex = new int[64];
  private final List<SliceLocator> files = new ArrayList<>();
  private final Map<Integer, Map<String, Location>> taken = new HashMap<>();
  private final Map<Integer, String> otherPointers = new HashMap<>();

  private final String prefix;

  RecordPlaces(RecordType type) {
    this.type = type;
    this.prefix = "/" + type.section() + "/";
  }

  /**
   * Records where the record in {@code slot} stands; for records read by the reference path, the
   * locations of {@code pointers} are taken now.
   */
  void put(int slot, ReadRecord r, String... pointers) {
    if (slot >= offsets.length) {
      int n = Math.max(slot + 1, offsets.length * 2);
      offsets = Arrays.copyOf(offsets, n);
      lengths = Arrays.copyOf(lengths, n);
      lines = Arrays.copyOf(lines, n);
      columns = Arrays.copyOf(columns, n);
      fileIndex = Arrays.copyOf(fileIndex, n);
      pointerIndex = Arrays.copyOf(pointerIndex, n);
    }
    String pointer = r.pointer();
    if (pointer.isEmpty()) {
      pointerIndex[slot] = -1;
    } else if (pointer.startsWith(prefix) && isIndex(pointer, prefix.length())) {
      pointerIndex[slot] = Integer.parseInt(pointer, prefix.length(), pointer.length(), 10);
    } else {
      pointerIndex[slot] = -2;
      otherPointers.put(slot, pointer);
    }
    if (r.locator() instanceof SliceLocator s) {
      int f = files.size() - 1;
      if (f < 0 || !files.get(f).sameFile(s)) {
        files.add(s);
        f++;
      }
      fileIndex[slot] = f;
      offsets[slot] = s.offset();
      lengths[slot] = s.length();
      lines[slot] = s.root().line();
      columns[slot] = s.root().column();
    } else {
      fileIndex[slot] = -1;
      Map<String, Location> m = new HashMap<>();
      m.put("", r.locator().locate(""));
      m.put("/id", r.locator().locate("/id"));
      for (String p : pointers) {
        m.put(p, r.locator().locate(p));
      }
      taken.put(slot, m);
    }
  }

  /** Takes the location of one more pointer now, for a record read by the reference path. */
  void take(int slot, ReadRecord r, String pointer) {
    Map<String, Location> m = taken.get(slot);
    if (m != null) {
      m.putIfAbsent(pointer, r.locator().locate(pointer));
    }
  }

  /** Returns the location of {@code pointer} in the record in {@code slot}. */
  Location locate(int slot, String pointer) {
    int f = fileIndex[slot];
    if (f < 0) {
      Map<String, Location> m = taken.get(slot);
      Location l = m.get(pointer);
      return l != null ? l : m.get("");
    }
    return files.get(f).at(offsets[slot], lengths[slot],
        new Location(files.get(f).display(), lines[slot], columns[slot])).locate(pointer);
  }

  /** Returns the JSON pointer of the record in {@code slot} in its file. */
  String pointer(int slot) {
    int i = pointerIndex[slot];
    return i == -1 ? "" : i == -2 ? otherPointers.get(slot) : "/" + type.section() + "/" + i;
  }

  private static boolean isIndex(String s, int from) {
    if (from >= s.length() || (s.charAt(from) == '0' && s.length() > from + 1)
        || s.length() - from > 9) {
      return false;
    }
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
