package org.policyset.core.validation.internal.integrity;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The declared ids of one record type: each id gets a slot, 0, 1, 2 … in the order first seen.
 *
 * <p>The ids are kept as bytes in an arena of 64 KiB chunks, not as strings: an id of ASCII
 * characters takes one byte a character (and one for its length), any other id two bytes a UTF-16
 * unit, so that every id, even one with unpaired surrogates, comes back exactly as it was. The
 * hash table is open-addressed over one int array whose entries hold the slot in their low bits and
 * some bits of the hash above them, so that a probe rarely has to read an id that is not the one
 * looked for. The hash is {@link String#hashCode()}, which the reader's worker threads have already
 * computed (and the string caches) by the time a record reaches the index. About 25 bytes an id of
 * 14 characters in all.
 *
 * <p>{@link String#hashCode()} is easy to collide on purpose ({@code "Aa"} and {@code "BB"} hash
 * alike, and so does every string made of blocks of them), which would make each probe walk every
 * id before it: quadratic time for a hostile dataset. A probe longer than {@link #MAX_PROBE} (which
 * honest ids practically never reach at this load) therefore switches the table, for good, to
 * SipHash-1-3 under a key drawn at random for each process, which no dataset can be made to
 * collide in advance.
 */
public final class IdTable {
  private static final int ARENA_BITS = 16;
  private static final int ARENA_CHUNK = 1 << ARENA_BITS;
  private static final int MAX_CHUNKS = 1 << (32 - ARENA_BITS);

  private byte[][] arena = new byte[4][];
  /** The arena chunk being filled. */
  private int chunk = -1;
  /** Bytes used in that chunk. */
  private int used = ARENA_CHUNK;
  /** By slot: where the id stands in the arena, as chunk (high 16 bits) and position (low 16). */
  private final ChunkedInts starts = new ChunkedInts();
  /** Hash position to entry: 0 for free, else hash bits above {@link #bits} and slot plus one. */
  private int[] table = new int[64];
  /** The number of bits of a table index. */
  private int bits = 6;
  private int size;
  /** Whether ids are hashed with the keyed hash (after a probe ran too long), not String's. */
  private boolean keyed;

  /** The longest probe before the table switches to the keyed hash. */
  static final int MAX_PROBE = 128;
  /** The key of the keyed hash, drawn once per process. */
  private static final long K0;
  private static final long K1;

  static {
    java.security.SecureRandom random = new java.security.SecureRandom();
    K0 = random.nextLong();
    K1 = random.nextLong();
  }

  /** Returns the slot of {@code id}, or -1 if it is not declared. */
  public int slot(String id) {
    int h = hash(id, keyed);
    int k = bits;
    int mask = table.length - 1;
    int tag = tagOf(h, k);
    int slotMask = (1 << k) - 1;
    for (int i = h >>> (32 - k); ; i = (i + 1) & mask) {
      int e = table[i];
      if (e == 0) {
        return -1;
      }
      if (e >>> k == tag && matches((e & slotMask) - 1, id)) {
        return (e & slotMask) - 1;
      }
    }
  }

  /**
   * Returns a view of the ids declared so far that other threads may read while this table grows,
   * once it has reached them through a happens-before edge (a volatile field, say): the table only
   * ever appends, so an id found in the view keeps its slot, and an id not found may have been
   * declared since.
   */
  public Snapshot snapshot() {
    return new Snapshot(table, bits, size, arena, starts.chunks(), keyed);
  }

  /** The ids of a table as they were when {@link #snapshot()} was taken. */
  public static final class Snapshot {
    private final int[] table;
    private final int bits;
    private final int size;
    private final byte[][] arena;
    private final int[][] starts;
    private final boolean keyed;

    private Snapshot(int[] table, int bits, int size, byte[][] arena, int[][] starts, boolean keyed) {
      this.table = table;
      this.bits = bits;
      this.size = size;
      this.arena = arena;
      this.starts = starts;
      this.keyed = keyed;
    }

    /** Returns the slot of {@code id}, or -1 if it was not declared when the view was taken. */
    public int slot(String id) {
      int h = hash(id, keyed);
      int k = bits;
      int mask = table.length - 1;
      int tag = tagOf(h, k);
      int slotMask = (1 << k) - 1;
      for (int i = h >>> (32 - k); ; i = (i + 1) & mask) {
        int e = table[i];
        if (e == 0) {
          return -1;
        }
        // Entries of ids declared since (the table may be filling in) are passed over.
        int s = (e & slotMask) - 1;
        if (e >>> k == tag && s < size && matches(arena, ChunkedInts.get(starts, s), id)) {
          return s;
        }
      }
    }
  }

  /** Declares {@code id}; returns its new slot, or {@code -1 - slot} if it was declared before. */
  public int add(String id) {
    if ((long) (size + 1) * 10 > (long) table.length * 7) {
      rehash(bits + 1, keyed);
    }
    int h = hash(id, keyed);
    int k = bits;
    int mask = table.length - 1;
    int tag = tagOf(h, k);
    int slotMask = (1 << k) - 1;
    int i = h >>> (32 - k);
    int probe = 0;
    for (int e; (e = table[i]) != 0; i = (i + 1) & mask) {
      if (e >>> k == tag && matches((e & slotMask) - 1, id)) {
        return -(e & slotMask);
      }
      if (++probe > MAX_PROBE && !keyed) {
        rehash(bits, true);
        return add(id);
      }
    }
    int slot = size;
    starts.set(slot, store(id));
    table[i] = (tag << k) | (slot + 1);
    size++;
    return slot;
  }

  /** Returns the id of a slot. */
  String name(int slot) {
    int start = starts.get(slot);
    byte[] a = arena[start >>> ARENA_BITS];
    long at = header(a, start & (ARENA_CHUNK - 1));
    int header = (int) (at >>> 32);
    int p = (int) at;
    int n = header >>> 1;
    if ((header & 1) == 0) {
      return new String(a, p, n, StandardCharsets.ISO_8859_1);
    }
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = unit(a, p, i);
    }
    return new String(c);
  }

  /** Compares the ids of two slots as {@link String#compareTo} compares them. */
  int compare(int slotA, int slotB) {
    if (slotA == slotB) {
      return 0;
    }
    return name(slotA).compareTo(name(slotB));
  }

  /** Returns the number of ids. */
  int size() {
    return size;
  }

  /** Returns the ids, in the order declared, as a view that makes each string when asked. */
  List<String> names() {
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        return name(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Whether the id in {@code slot} is {@code id}. */
  private boolean matches(int slot, String id) {
    return matches(arena, starts.get(slot), id);
  }

  private static boolean matches(byte[][] arena, int start, String id) {
    byte[] a = arena[start >>> ARENA_BITS];
    long at = header(a, start & (ARENA_CHUNK - 1));
    int header = (int) (at >>> 32);
    int p = (int) at;
    int n = header >>> 1;
    if (n != id.length()) {
      return false;
    }
    if ((header & 1) == 0) {
      for (int i = 0; i < n; i++) {
        if (a[p + i] != id.charAt(i)) {
          return false;
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        char c = unit(a, p, i);
        if (c != id.charAt(i)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Reads the header of the id stored from {@code p} on in chunk {@code a}, a variable-length
   * integer: the id's number of UTF-16 units times two, plus one if they take two bytes each.
   * Returns the header in the high half, and where the id's bytes start in the low half.
   */
  private static long header(byte[] a, int p) {
    int header = 0;
    int shift = 0;
    int b;
    do {
      b = a[p++];
      header |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return ((long) header << 32) | p;
  }

  /** The {@code i}-th UTF-16 unit of an id stored two bytes a unit from {@code p} on. */
  private static char unit(byte[] a, int p, int i) {
    return (char) (((a[p + 2 * i] & 0xFF) << 8) | (a[p + 2 * i + 1] & 0xFF));
  }

  /** Copies {@code id} into the arena; returns where it starts. */
  private int store(String id) {
    int n = id.length();
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = id.charAt(i) < 0x80;
    }
    int header = (n << 1) | (ascii ? 0 : 1);
    int headerBytes = header < (1 << 7) ? 1 : header < (1 << 14) ? 2 : header < (1 << 21) ? 3
        : header < (1 << 28) ? 4 : 5;
    int need = headerBytes + (ascii ? n : 2 * n);
    if (used + need > ARENA_CHUNK) {
      if (chunk + 1 >= MAX_CHUNKS) {
        throw new IllegalStateException("too many ids of one type to index (4 GiB of ids)");
      }
      chunk++;
      if (chunk == arena.length) {
        arena = Arrays.copyOf(arena, arena.length * 2);
      }
      // An id longer than a chunk gets a chunk of its own, which the next id does not share.
      arena[chunk] = new byte[Math.max(ARENA_CHUNK, need)];
      used = 0;
    }
    byte[] a = arena[chunk];
    int start = (chunk << ARENA_BITS) | used;
    int p = used;
    int v = header;
    while ((v & ~0x7F) != 0) {
      a[p++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    a[p++] = (byte) v;
    if (ascii) {
      for (int i = 0; i < n; i++) {
        a[p++] = (byte) id.charAt(i);
      }
    } else {
      for (int i = 0; i < n; i++) {
        char c = id.charAt(i);
        a[p++] = (byte) (c >>> 8);
        a[p++] = (byte) c;
      }
    }
    used = need > ARENA_CHUNK ? ARENA_CHUNK : used + need;
    return start;
  }

  /** Returns whether the table has switched to the keyed hash. */
  boolean keyed() {
    return keyed;
  }

  /** Returns the longest distance of an entry from the place its hash points to (for tests). */
  int longestProbe() {
    int mask = table.length - 1;
    int longest = 0;
    for (int i = 0; i < table.length; i++) {
      int e = table[i];
      if (e != 0) {
        int home = hashOf((e & ((1 << bits) - 1)) - 1, keyed) >>> (32 - bits);
        longest = Math.max(longest, (i - home) & mask);
      }
    }
    return longest;
  }

  /** The hash of the id in {@code slot}, as {@link #hash} gives it. */
  private int hashOf(int slot, boolean keyedHash) {
    if (keyedHash) {
      return hash(name(slot), true);
    }
    int start = starts.get(slot);
    byte[] a = arena[start >>> ARENA_BITS];
    long at = header(a, start & (ARENA_CHUNK - 1));
    int header = (int) (at >>> 32);
    int p = (int) at;
    int n = header >>> 1;
    int h = 0;
    if ((header & 1) == 0) {
      for (int i = 0; i < n; i++) {
        h = 31 * h + a[p + i];
      }
    } else {
      for (int i = 0; i < n; i++) {
        h = 31 * h + unit(a, p, i);
      }
    }
    return mix(h);
  }

  /** Rebuilds the table with {@code k} index bits and the given hash. */
  private void rehash(int k, boolean keyedHash) {
    int[] t = new int[1 << k];
    int mask = t.length - 1;
    for (int s = 0; s < size; s++) {
      int h = hashOf(s, keyedHash);
      int i = h >>> (32 - k);
      while (t[i] != 0) {
        i = (i + 1) & mask;
      }
      t[i] = (tagOf(h, k) << k) | (s + 1);
    }
    table = t;
    bits = k;
    keyed = keyedHash;
  }

  /** The hash of an id: String's, mixed, or SipHash-1-3 of its UTF-16 units under the key. */
  static int hash(String id, boolean keyedHash) {
    if (!keyedHash) {
      return mix(id.hashCode());
    }
    long[] v = {K0 ^ 0x736f6d6570736575L, K1 ^ 0x646f72616e646f6dL, K0 ^ 0x6c7967656e657261L,
        K1 ^ 0x7465646279746573L};
    int n = id.length();
    int full = n & ~3;
    for (int i = 0; i < full; i += 4) {
      compress(v, id.charAt(i) | (long) id.charAt(i + 1) << 16 | (long) id.charAt(i + 2) << 32
          | (long) id.charAt(i + 3) << 48);
    }
    long last = (long) (2 * n & 0xFF) << 56;
    for (int i = full, shift = 0; i < n; i++, shift += 16) {
      last |= (long) id.charAt(i) << shift;
    }
    compress(v, last);
    v[2] ^= 0xFF;
    for (int r = 0; r < 3; r++) {
      round(v);
    }
    long h = v[0] ^ v[1] ^ v[2] ^ v[3];
    return (int) (h ^ (h >>> 32));
  }

  /** The bits of a mixed hash that an entry keeps besides its slot: those below the index bits. */
  private static int tagOf(int h, int k) {
    return h & ((1 << (32 - k)) - 1);
  }

  /** Takes one 64-bit word into the SipHash-1-3 state: one round. */
  private static void compress(long[] v, long m) {
    v[3] ^= m;
    round(v);
    v[0] ^= m;
  }

  /** One SipRound. */
  private static void round(long[] v) {
    v[0] += v[1];
    v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
    v[0] = Long.rotateLeft(v[0], 32);
    v[2] += v[3];
    v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
    v[0] += v[3];
    v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
    v[2] += v[1];
    v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
    v[2] = Long.rotateLeft(v[2], 32);
  }

  /** Fibonacci hashing: ids that differ in their last characters land far apart. */
  private static int mix(int h) {
    return h * 0x9E3779B9;
  }
}
