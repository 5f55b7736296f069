package org.policyset.core.internal.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.policyset.core.io.FieldLocator;
import org.policyset.core.diagnostic.Location;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Locates values inside a record read on the fast path, which kept no positions: it reads the
 * record's bytes again from its file and parses them with {@link LocatedTree}, so that a location
 * costs something only when a finding needs one. It holds a few numbers, so indexes may keep it for
 * every record.
 */
public final class SliceLocator implements FieldLocator {
  private final JsonMapper mapper;
  private final Path path;
  private final String display;
  private final long offset;
  private final int length;
  private final Location root;
  private final boolean line;

  /**
   * Creates a locator.
   *
   * @param mapper parses the record again
   * @param path the file
   * @param display how findings name it
   * @param offset where the record's bytes start
   * @param length how many bytes it has
   * @param root where it starts
   * @param line whether it is a JSON Lines line, whose {@code $type} is not part of the record
   */
  public SliceLocator(JsonMapper mapper, Path path, String display, long offset, int length, Location root,
      boolean line) {
    this.mapper = mapper;
    this.path = path;
    this.display = display;
    this.offset = offset;
    this.length = length;
    this.root = root;
    this.line = line;
  }

  /** Returns where the record's bytes start. */
  public long offset() {
    return offset;
  }

  /** Returns how many bytes the record has. */
  public int length() {
    return length;
  }

  /** Returns where the record starts. */
  public Location root() {
    return root;
  }

  /** Returns how findings name the file. */
  public String display() {
    return display;
  }

  /** Returns whether {@code other} locates in the same file, in the same way. */
  public boolean sameFile(SliceLocator other) {
    return other.path.equals(path) && other.line == line && other.mapper == mapper
        && other.display.equals(display);
  }

  /** Returns a locator of another record of the same file. */
  public SliceLocator at(long otherOffset, int otherLength, Location otherRoot) {
    return new SliceLocator(mapper, path, display, otherOffset, otherLength, otherRoot, line);
  }

  @Override
  public Location locate(String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return root;
    }
    return tree().locate(pointer);
  }

  private LocatedTree tree() {
    byte[] bytes = new byte[length];
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        if (ch.read(b, offset + b.position()) < 0) {
          throw new IOException("file is shorter than when it was read");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + display + " again to locate a finding", e);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    try (JsonParser p = mapper.createParser(text)) {
      p.nextToken();
      LocatedTree tree = line
          ? LocatedTree.read(p, display, root.line() - 1, 0, "", f -> { }, Integer.MAX_VALUE)
          : LocatedTree.read(p, display, root.line() - 1, root.column() - 1, "", f -> { }, Integer.MAX_VALUE);
      if (line) {
        tree.removeRootMember("$type");
      }
      return tree;
    }
  }
}
