package org.policyset.core.internal.fs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the archived text of a source, refusing what a hostile change could use to hang, exhaust or
 * spy on the machine: FIFOs and devices, files larger than {@link #MAX_BYTES}, and paths or links
 * that lead out of the folder of the file declaring the source.
 *
 * <p>The file is opened once, and no link is ever followed by the operating system: the path is
 * walked a name at a time from the folder, each folder opened relative to the one before without
 * following links (where the platform offers a {@link SecureDirectoryStream}, as Linux does), and a
 * link met on the way is resolved by reading it and walking its target again from the folder. A
 * link swapped while the text is read therefore cannot lead the read out of the folder: the check
 * and the read are one step.
 */
public final class SourceTexts {
  private SourceTexts() {}

  /** The largest archived text read, in bytes (64 MiB; a long UN report is about 1 MiB). */
  public static final long MAX_BYTES = 64L << 20;

  /** How many links one path may pass through before it counts as a loop (as Linux's ELOOP). */
  private static final int MAX_LINKS = 40;

  /**
   * An archived text as read: its bytes, or why it was refused.
   *
   * @param bytes the content, or null if refused
   * @param refusal why the text was refused, phrased to follow the text's name in a message, or null
   */
  public record Text(byte @Nullable [] bytes, @Nullable String refusal) {
    static Text refused(String why) {
      return new Text(null, why);
    }
  }

  /**
   * Reads {@code text}, which must lie inside {@code folder} after every link is resolved.
   *
   * @param text the text file (relative paths are resolved against the working folder)
   * @param folder the folder of the file that declares the source
   * @return the bytes, or the reason the text is refused
   * @throws IOException if the file is missing or cannot be read
   */
  public static Text read(Path text, Path folder) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    Path target = text.toAbsolutePath().normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      return Text.refused("lies outside the folder of the file that declares the source");
    }
    try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
      if (top instanceof SecureDirectoryStream<Path> secure) {
        return readBelow(secure, root, target);
      }
    }
    return readFollowingLinks(target, root);
  }

  /** Walks from {@code root} to {@code target} a name at a time, opening nothing through a link. */
  private static Text readBelow(SecureDirectoryStream<Path> rootStream, Path root, Path target)
      throws IOException {
    Deque<SecureDirectoryStream<Path>> opened = new ArrayDeque<>();
    try {
      int links = 0;
      Path current = target;
      walk:
      while (true) {
        List<String> names = new ArrayList<>();
        root.relativize(current).forEach(n -> names.add(n.toString()));
        closeAll(opened);
        SecureDirectoryStream<Path> dir = rootStream;
        Path dirPath = root;
        for (int i = 0; i < names.size(); i++) {
          Path name = Path.of(names.get(i));
          BasicFileAttributes a = dir.getFileAttributeView(name, BasicFileAttributeView.class,
              LinkOption.NOFOLLOW_LINKS).readAttributes();
          boolean last = i == names.size() - 1;
          if (a.isSymbolicLink()) {
            if (++links > MAX_LINKS) {
              return Text.refused("is not a regular file: a symbolic link loop");
            }
            Path next = dirPath.resolve(Files.readSymbolicLink(dirPath.resolve(name)));
            for (int j = i + 1; j < names.size(); j++) {
              next = next.resolve(names.get(j));
            }
            next = next.normalize();
            if (!next.startsWith(root) || next.equals(root)) {
              String kind = last ? FileKinds.whyNotRegular(next) : null;
              if (kind != null && !kind.equals("missing") && !kind.startsWith("unreadable")) {
                return Text.refused("is not a regular file: " + kind);
              }
              return Text.refused(last
                  ? "is a link to a file outside the folder of the file that declares the source"
                  : "lies in a folder that links outside the folder of the file that declares the source");
            }
            current = next;
            continue walk;
          }
          if (!last) {
            if (!a.isDirectory()) {
              throw new NotDirectoryException(dirPath.resolve(name).toString());
            }
            dir = dir.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
            opened.push(dir);
            dirPath = dirPath.resolve(name);
            continue;
          }
          if (!a.isRegularFile()) {
            String why = FileKinds.whyNotRegular(dirPath.resolve(name));
            return Text.refused("is not a regular file: "
                + (why != null ? why : "not a regular file (a device, FIFO or socket)"));
          }
          try (SeekableByteChannel ch = dir.newByteChannel(name,
              Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            return readAll(ch);
          }
        }
        throw new NoSuchFileException(current.toString());
      }
    } finally {
      closeAll(opened);
    }
  }

  private static void closeAll(Deque<SecureDirectoryStream<Path>> opened) throws IOException {
    while (!opened.isEmpty()) {
      opened.pop().close();
    }
  }

  /** Reads an opened text whole, refusing one larger than {@link #MAX_BYTES} before reading it. */
  private static Text readAll(SeekableByteChannel ch) throws IOException {
    long size = ch.size();
    if (size > MAX_BYTES) {
      return tooLarge(size);
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(MAX_BYTES + 1, Math.max(size, 0) + 1));
    while (ch.read(buffer) > 0) {
      if (!buffer.hasRemaining()) {
        if (buffer.capacity() > MAX_BYTES) {
          return tooLarge(ch.size());
        }
        // The file grew while read: read on, up to the limit.
        ByteBuffer larger = ByteBuffer.allocate((int) Math.min(MAX_BYTES + 1, buffer.capacity() * 2L));
        buffer.flip();
        larger.put(buffer);
        buffer = larger;
      }
    }
    byte[] bytes = new byte[buffer.position()];
    buffer.flip().get(bytes);
    return new Text(bytes, null);
  }

  private static Text tooLarge(long size) {
    return Text.refused("has " + size + " bytes; archived texts are read up to " + MAX_BYTES + " bytes");
  }

  /**
   * Where the platform cannot open a file relative to an open folder: checks the resolved path,
   * reads, and checks again that the path still resolves inside the folder.
   */
  private static Text readFollowingLinks(Path text, Path folder) throws IOException {
    String why = FileKinds.whyNotRegular(text);
    if (why != null) {
      if (why.equals("missing")) {
        throw new NoSuchFileException(text.toString());
      }
      return Text.refused("is not a regular file: " + why);
    }
    if (!FileKinds.liesInside(text, folder)) {
      return Text.refused("is a link to a file outside the folder of the file that declares the source");
    }
    long size = Files.size(text);
    if (size > MAX_BYTES) {
      return tooLarge(size);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(text)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      return tooLarge(Files.size(text));
    }
    if (!FileKinds.liesInside(text, folder)) {
      return Text.refused("is a link to a file outside the folder of the file that declares the source");
    }
    return new Text(bytes, null);
  }
}
