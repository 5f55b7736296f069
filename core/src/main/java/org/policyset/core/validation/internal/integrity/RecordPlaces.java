package org.policyset.core.validation.internal.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.internal.json.SliceLocator;

/**
 * Where the records of one type stand, by slot, in a few numbers each: enough to read a record again
 * and locate any value in it when a finding needs it (see {@link SliceLocator}). Records read by the
 * reference path keep, instead, the locations asked for when they were added.
 *
 * <p>Slots are put in order, and consecutive slots mostly share their file and follow each other:
 * a run of slots keeps the file, a base offset and the first record's line, column and pointer
 * index; each slot keeps its offset from the base and its length (8 bytes), and its line, column or
 * pointer index only where it differs from what the run predicts (JSON Lines records on consecutive
 * lines, in column 1; document records in one column at consecutive indexes of their section).
 */
final class RecordPlaces {
  private final RecordType type;
  private final String prefix;

  private int runs;
  private int[] runFirst = new int[8];
  /** The file's index in {@link #files}, or -1 for records whose locations were taken at once. */
  private int[] runFile = new int[8];
  private long[] runBase = new long[8];
  private int[] runLine = new int[8];
  private int[] runColumn = new int[8];
  /** The first record's index in its section, -1 for a JSON Lines line, -2 for another pointer. */
  private int[] runPointer = new int[8];

  /** Offset from the run's base, as an unsigned int. */
  private final ChunkedInts offsets = new ChunkedInts();
  private final ChunkedInts lengths = new ChunkedInts();
  /** The line where the run does not predict it, else 0. */
  private final ChunkedInts lines = new ChunkedInts();
  /** The column where the run does not predict it, else 0. */
  private final ChunkedInts columns = new ChunkedInts();
  /** The pointer index plus 3 where the run does not predict it, else 0. */
  private final ChunkedInts pointers = new ChunkedInts();

  private final List<SliceLocator> files = new ArrayList<>();
  private final Map<Integer, Map<String, Location>> taken = new HashMap<>();
  private final Map<Integer, String> otherPointers = new HashMap<>();

  RecordPlaces(RecordType type) {
    this.type = type;
    this.prefix = "/" + type.section() + "/";
  }

  /**
   * Records where the record in {@code slot} stands; slots come in increasing order. For records
   * read by the reference path, the locations of {@code pointers} are taken now.
   */
  void put(int slot, ReadRecord r, String... pointers) {
    String pointer = r.pointer();
    int pointerIndex;
    if (pointer.isEmpty()) {
      pointerIndex = -1;
    } else if (pointer.startsWith(prefix) && isIndex(pointer, prefix.length())) {
      pointerIndex = Integer.parseInt(pointer, prefix.length(), pointer.length(), 10);
    } else {
      pointerIndex = -2;
      otherPointers.put(slot, pointer);
    }
    if (r.locator() instanceof SliceLocator s) {
      int f = files.size() - 1;
      if (f < 0 || !files.get(f).sameFile(s)) {
        files.add(s);
        f++;
      }
      int run = runs - 1;
      long offset = s.offset();
      if (run < 0 || runFile[run] != f || offset - runBase[run] > 0xFFFF_FFFFL
          || offset < runBase[run]) {
        run = startRun(slot, f, offset, s.root().line(), s.root().column(), pointerIndex);
      }
      offsets.set(slot, (int) (offset - runBase[run]));
      lengths.set(slot, s.length());
      int delta = slot - runFirst[run];
      int line = s.root().line();
      if (line != runLine[run] + delta) {
        lines.set(slot, line);
      }
      if (s.root().column() != runColumn[run]) {
        columns.set(slot, s.root().column());
      }
      if (pointerIndex != predictedPointer(run, delta)) {
        this.pointers.set(slot, pointerIndex + 3);
      }
    } else {
      if (runs == 0 || runFile[runs - 1] >= 0) {
        startRun(slot, -1, 0, 0, 0, 0);
      }
      this.pointers.set(slot, pointerIndex + 3);
      Map<String, Location> m = new HashMap<>();
      m.put("", r.locator().locate(""));
      m.put("/id", r.locator().locate("/id"));
      for (String p : pointers) {
        m.put(p, r.locator().locate(p));
      }
      taken.put(slot, m);
    }
  }

  private int startRun(int slot, int file, long base, int line, int column, int pointerIndex) {
    if (runs == runFirst.length) {
      int n = runs * 2;
      runFirst = Arrays.copyOf(runFirst, n);
      runFile = Arrays.copyOf(runFile, n);
      runBase = Arrays.copyOf(runBase, n);
      runLine = Arrays.copyOf(runLine, n);
      runColumn = Arrays.copyOf(runColumn, n);
      runPointer = Arrays.copyOf(runPointer, n);
    }
    runFirst[runs] = slot;
    runFile[runs] = file;
    runBase[runs] = base;
    runLine[runs] = line;
    runColumn[runs] = column;
    runPointer[runs] = pointerIndex;
    return runs++;
  }

  private int predictedPointer(int run, int delta) {
    int p = runPointer[run];
    return p < 0 ? p : p + delta;
  }

  /** Whether the record in {@code slot} was read by the reference path, its locations taken. */
  boolean takes(int slot) {
    return taken.containsKey(slot);
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
    int run = run(slot);
    int f = runFile[run];
    if (f < 0) {
      // A record whose locations were taken at once: its map holds at least "" and "/id".
      Map<String, Location> m = Objects.requireNonNull(taken.get(slot), "locations taken");
      Location l = m.get(pointer);
      return l != null ? l : Objects.requireNonNull(m.get(""), "the record's own location");
    }
    int line = lines.get(slot);
    if (line == 0) {
      line = runLine[run] + slot - runFirst[run];
    }
    int column = columns.get(slot);
    if (column == 0) {
      column = runColumn[run];
    }
    SliceLocator file = files.get(f);
    return file.at(offset(slot), lengths.get(slot), new Location(file.display(), line, column))
        .locate(pointer);
  }

  /** Returns where the bytes of the record in {@code slot} start in its file; -1 if not kept. */
  long offset(int slot) {
    int run = run(slot);
    return runFile[run] < 0 ? -1 : runBase[run] + (offsets.get(slot) & 0xFFFF_FFFFL);
  }

  /** Returns the JSON pointer of the record in {@code slot} in its file. */
  @Nullable String pointer(int slot) {
    int stored = pointers.get(slot);
    int i;
    if (stored != 0) {
      i = stored - 3;
    } else {
      int run = run(slot);
      i = predictedPointer(run, slot - runFirst[run]);
    }
    return i == -1 ? "" : i == -2 ? otherPointers.get(slot) : "/" + type.section() + "/" + i;
  }

  /** The run that holds {@code slot}. */
  private int run(int slot) {
    int lo = 0;
    int hi = runs - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (runFirst[mid] <= slot) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
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
