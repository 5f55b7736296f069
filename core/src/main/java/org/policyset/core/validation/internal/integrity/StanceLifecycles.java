package org.policyset.core.validation.internal.integrity;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the lifecycle checks need of each stance, by slot, packed as variable-length integers in
 * chunks of bytes: position, date, until, topic, respondsTo, holders and supersedes, the references
 * as slots of the id tables (or pending references, see {@link IntegrityIndex}). A stance of the
 * usual kind takes about 14 bytes. A schema version 2 stance with an attested date, an in-effect
 * interval or an expressedAt event has its {@link StanceDates} packed after them (a flag of the
 * header says so): a few bytes a date, its high end as the distance from its low end. Stances are added in slot order; a {@link Cursor} reads them in
 * order, or from any slot by way of an index kept every 16 slots.
 */
final class StanceLifecycles {
  /** An absent value (no date, no topic) or a null element of a list. */
  static final int NONE = Integer.MIN_VALUE;

  private static final int CHUNK_BITS = 16;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int BLOCK_BITS = 4;

  private byte[][] chunks = new byte[4][];
  private int[] chunkEnds = new int[4];
  private int chunk = -1;
  private int used = CHUNK;
  /** Where every 16th slot's record starts, as chunk (high 16 bits) and position (low 16). */
  private final ChunkedInts blocks = new ChunkedInts();
  private int size;
  private byte[] scratch = new byte[64];
  private int length;

  /** Returns the number of stances added. */
  int size() {
    return size;
  }

  /** Adds a stance that could not be bound: it has a slot, but nothing to check. */
  void addUnbound() {
    length = 0;
    put(0);
    commit();
  }

  /**
   * Adds the next stance.
   *
   * @param position the position's ordinal, or -1
   * @param date a {@linkplain #date date}, or {@link #NONE}
   * @param until a date, or {@link #NONE}
   * @param topic a reference, or {@link #NONE}
   * @param respondsTo a reference, or {@link #NONE}
   */
  void add(int position, int date, int until, int topic, int respondsTo, int[] holders,
      int holderCount, int[] supersedes, int supersedesCount) {
    add(position, date, until, topic, respondsTo, holders, holderCount, supersedes, supersedesCount,
        null);
  }

  /**
   * Adds the next stance, with the dates of a schema version 2 stance.
   *
   * @param dates the version 2 dates, or null for a stance that has none
   */
  void add(int position, int date, int until, int topic, int respondsTo, int[] holders,
      int holderCount, int[] supersedes, int supersedesCount, @Nullable StanceDates dates) {
    length = 0;
    long header = 1 | (position + 1) << 1 | (date != NONE ? 1 << 5 : 0)
        | (until != NONE ? 1 << 6 : 0) | (topic != NONE ? 1 << 7 : 0)
        | (respondsTo != NONE ? 1 << 8 : 0) | (supersedesCount > 0 ? 1 << 9 : 0)
        | (dates != null ? 1 << 10 : 0) | (long) holderCount << 11;
    putLong(header);
    if (date != NONE) {
      put(zigzag(date));
    }
    if (until != NONE) {
      put(zigzag(until));
    }
    if (topic != NONE) {
      put(zigzag(topic));
    }
    if (respondsTo != NONE) {
      put(zigzag(respondsTo));
    }
    for (int i = 0; i < holderCount; i++) {
      put(zigzag(holders[i]));
    }
    if (supersedesCount > 0) {
      put(supersedesCount);
      for (int i = 0; i < supersedesCount; i++) {
        put(zigzag(supersedes[i]));
      }
    }
    if (dates != null) {
      putDates(dates);
    }
    commit();
  }

  private static final int ATTESTED = 1;
  private static final int ATTESTED_QUALIFIED = 1 << 1;
  private static final int ATTESTED_NO_LO = 1 << 2;
  private static final int ATTESTED_NO_HI = 1 << 3;
  private static final int IN_EFFECT = 1 << 4;
  private static final int START_SHIFT = 5;
  private static final int START_QUALIFIED = 1 << 7;
  private static final int END_SHIFT = 8;
  private static final int END_QUALIFIED = 1 << 10;
  private static final int EXPRESSED_AT = 1 << 11;
  private static final int NO_FALLBACK = 1 << 12;
  private static final int SCOPED_SHIFT = 13;

  private void putDates(StanceDates d) {
    boolean noLo = d.attestedLo == StanceDates.NO_LIMIT_BEFORE;
    boolean noHi = d.attestedHi == org.policyset.core.model.InEffect.OPEN;
    long flags = (d.attested ? ATTESTED : 0) | (d.attestedQualified ? ATTESTED_QUALIFIED : 0)
        | (d.attested && noLo ? ATTESTED_NO_LO : 0) | (d.attested && noHi ? ATTESTED_NO_HI : 0)
        | (d.inEffect ? IN_EFFECT : 0) | d.startKind << START_SHIFT
        | (d.startQualified ? START_QUALIFIED : 0) | d.endKind << END_SHIFT
        | (d.endQualified ? END_QUALIFIED : 0) | (d.expressedAt != NONE ? EXPRESSED_AT : 0)
        | (d.noFallback ? NO_FALLBACK : 0) | (long) d.scopedCount << SCOPED_SHIFT;
    putLong(flags);
    if (d.attested) {
      if (!noLo) {
        put(zigzag(d.attestedLo));
      }
      if (!noHi) {
        put(noLo ? zigzag(d.attestedHi) : d.attestedHi - d.attestedLo);
      }
    }
    if (d.inEffect && d.startKind == StanceDates.DATE) {
      put(zigzag(d.startLo));
      put(d.startHi - d.startLo);
    }
    if (d.inEffect && d.endKind == StanceDates.DATE) {
      put(zigzag(d.endLo));
      put(d.endHi - d.endLo);
    }
    if (d.expressedAt != NONE) {
      put(zigzag(d.expressedAt));
    }
    for (int i = 0; i < d.scopedCount; i++) {
      put(d.scoped[i]);
    }
  }

  private void commit() {
    if (used + length > CHUNK) {
      chunk++;
      if (chunk >= 1 << (32 - CHUNK_BITS)) {
        throw new IllegalStateException("too many stances to index");
      }
      if (chunk == chunks.length) {
        chunks = Arrays.copyOf(chunks, chunk * 2);
        chunkEnds = Arrays.copyOf(chunkEnds, chunk * 2);
      }
      chunks[chunk] = new byte[Math.max(CHUNK, length)];
      used = 0;
    }
    if ((size & ((1 << BLOCK_BITS) - 1)) == 0) {
      blocks.set(size >>> BLOCK_BITS, (chunk << CHUNK_BITS) | used);
    }
    System.arraycopy(scratch, 0, chunks[chunk], used, length);
    used += length;
    chunkEnds[chunk] = used;
    if (used >= CHUNK) {
      used = CHUNK; // a chunk of one long record is full
    }
    size++;
  }

  private void put(int v) {
    putLong(v & 0xFFFF_FFFFL);
  }

  private void putLong(long v) {
    if (length + 10 > scratch.length) {
      scratch = Arrays.copyOf(scratch, scratch.length * 2);
    }
    while ((v & ~0x7FL) != 0) {
      scratch[length++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    scratch[length++] = (byte) v;
  }

  private static int zigzag(int v) {
    return (v << 1) ^ (v >> 31);
  }

  private static int unzigzag(int v) {
    return (v >>> 1) ^ -(v & 1);
  }

  // ---- dates --------------------------------------------------------------------------------------

  /** Packs a partial date as its first day (epoch day) times 3 plus its precision's ordinal. */
  static int date(org.policyset.core.model.@Nullable PartialDate d) {
    if (d == null) {
      return NONE;
    }
    return Math.toIntExact(d.start().toEpochDay() * 3 + d.precision().ordinal());
  }

  /** The first day of a packed date, as an epoch day. */
  static int start(int date) {
    return Math.floorDiv(date, 3);
  }

  /** The last day of a packed date, as an epoch day. */
  static int end(int date) {
    int start = Math.floorDiv(date, 3);
    switch (Math.floorMod(date, 3)) {
      case 0: {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(start);
        return start + d.lengthOfYear() - 1;
      }
      case 1: {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(start);
        return start + d.lengthOfMonth() - 1;
      }
      default:
        return start;
    }
  }

  /** Whether date {@code a} ends before date {@code b} begins, as {@code PartialDate.isBefore}. */
  static boolean isBefore(int a, int b) {
    return end(a) < start(b);
  }

  /** The canonical text of a packed date, as {@code PartialDate.toString}. */
  static String text(int date) {
    java.time.LocalDate d = java.time.LocalDate.ofEpochDay(start(date));
    return switch (Math.floorMod(date, 3)) {
      case 0 -> String.format("%04d", d.getYear());
      case 1 -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
      default -> String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    };
  }

  // ---- reading ------------------------------------------------------------------------------------

  /** Reads stances one at a time; its fields describe the stance last read. */
  final class Cursor {
    int slot = -1;
    boolean bound;
    /** The position's ordinal, or -1. */
    int position;
    int date;
    int until;
    int topic;
    int respondsTo;
    int holderCount;
    int[] holders = new int[4];
    int supersedesCount;
    int[] supersedes = new int[4];
    /** Whether the stance has schema version 2 dates, read into {@link #dates}. */
    boolean v2;
    final StanceDates dates = new StanceDates();

    private int c;
    private int p;
    /** The packed date of the event a reference names, for the expressedAt date; null for none. */
    private final java.util.function.@Nullable IntUnaryOperator eventDates;

    Cursor(java.util.function.@Nullable IntUnaryOperator eventDates) {
      this.eventDates = eventDates;
    }

    /** Reads the stance in {@code target}. */
    Cursor seek(int target) {
      int at = blocks.get(target >>> BLOCK_BITS);
      c = at >>> CHUNK_BITS;
      p = at & (CHUNK - 1);
      slot = (target & ~((1 << BLOCK_BITS) - 1)) - 1;
      while (slot < target) {
        next();
      }
      return this;
    }

    /** Whether there is a stance after the one last read. */
    boolean hasNext() {
      return slot + 1 < size;
    }

    /** Reads the next stance (the first, on a new cursor). */
    Cursor next() {
      // A new cursor starts where the first stance does, at chunk 0, position 0.
      if (p >= chunkEnds[c]) {
        c++;
        p = 0;
      }
      slot++;
      long header = readLong();
      bound = (header & 1) != 0;
      position = (int) ((header >>> 1) & 0xF) - 1;
      date = (header & (1 << 5)) != 0 ? unzigzag(read()) : NONE;
      until = (header & (1 << 6)) != 0 ? unzigzag(read()) : NONE;
      topic = (header & (1 << 7)) != 0 ? unzigzag(read()) : NONE;
      respondsTo = (header & (1 << 8)) != 0 ? unzigzag(read()) : NONE;
      holderCount = (int) (header >>> 11);
      if (holders.length < holderCount) {
        holders = new int[holderCount];
      }
      for (int i = 0; i < holderCount; i++) {
        holders[i] = unzigzag(read());
      }
      supersedesCount = (header & (1 << 9)) != 0 ? read() : 0;
      if (supersedes.length < supersedesCount) {
        supersedes = new int[supersedesCount];
      }
      for (int i = 0; i < supersedesCount; i++) {
        supersedes[i] = unzigzag(read());
      }
      v2 = (header & (1 << 10)) != 0;
      if (v2) {
        readDates();
      }
      return this;
    }

    private void readDates() {
      StanceDates d = dates;
      long flags = readLong();
      d.attested = (flags & ATTESTED) != 0;
      d.attestedQualified = (flags & ATTESTED_QUALIFIED) != 0;
      if (d.attested) {
        boolean noLo = (flags & ATTESTED_NO_LO) != 0;
        d.attestedLo = noLo ? StanceDates.NO_LIMIT_BEFORE : unzigzag(read());
        if ((flags & ATTESTED_NO_HI) != 0) {
          d.attestedHi = org.policyset.core.model.InEffect.OPEN;
        } else {
          d.attestedHi = noLo ? unzigzag(read()) : d.attestedLo + read();
        }
      }
      d.inEffect = (flags & IN_EFFECT) != 0;
      d.startKind = (int) (flags >>> START_SHIFT) & 3;
      d.startQualified = (flags & START_QUALIFIED) != 0;
      d.endKind = (int) (flags >>> END_SHIFT) & 3;
      d.endQualified = (flags & END_QUALIFIED) != 0;
      d.noFallback = (flags & NO_FALLBACK) != 0;
      if (d.inEffect && d.startKind == StanceDates.DATE) {
        d.startLo = unzigzag(read());
        d.startHi = d.startLo + read();
      }
      if (d.inEffect && d.endKind == StanceDates.DATE) {
        d.endLo = unzigzag(read());
        d.endHi = d.endLo + read();
      }
      d.expressedAt = (flags & EXPRESSED_AT) != 0 ? unzigzag(read()) : NONE;
      d.scopedCount = (int) (flags >>> SCOPED_SHIFT);
      if (d.scoped.length < d.scopedCount) {
        d.scoped = new int[d.scopedCount];
      }
      for (int i = 0; i < d.scopedCount; i++) {
        d.scoped[i] = read();
      }
      d.resolve(eventDates == null || d.expressedAt == NONE ? NONE
          : eventDates.applyAsInt(d.expressedAt));
    }

    private int read() {
      return (int) readLong();
    }

    private long readLong() {
      byte[] a = chunks[c];
      long v = 0;
      int shift = 0;
      int b;
      do {
        b = a[p++];
        v |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      return v;
    }
  }

  /** Returns a cursor before the first stance. */
  Cursor cursor() {
    return new Cursor(null);
  }

  /**
   * Returns a cursor before the first stance that reads the dates of a version 2 stance with its
   * expressedAt event's date ({@link StanceDates#resolve}).
   *
   * @param eventDates the packed date of the event an expressedAt reference names, or NONE
   */
  Cursor cursor(java.util.function.IntUnaryOperator eventDates) {
    return new Cursor(eventDates);
  }
}
