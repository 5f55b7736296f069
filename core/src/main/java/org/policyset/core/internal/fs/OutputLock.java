package org.policyset.core.internal.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Lets one writer at a time replace an output, across threads and processes: two merges racing on
 * one output folder then commit one after the other, and the folder ends as one complete version,
 * never a mix of both. The lock is a hidden file beside the output ({@code .NAME.lock}), held with an
 * operating-system file lock and removed on release; a lock file left by a killed process holds no
 * lock and is taken over. A link where the lock file goes is refused, never followed.
 */
public final class OutputLock implements AutoCloseable {
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path file;
  private final ReentrantLock local;
  private final FileChannel channel;

  private OutputLock(Path file, ReentrantLock local, FileChannel channel) {
    this.file = file;
    this.local = local;
    this.channel = channel;
  }

  /**
   * Waits until no other writer holds {@code target}, then holds it.
   *
   * @param target the output about to be replaced
   * @return the lock, to be closed after the replacement
   * @throws IOException if the lock file cannot be created (for example in a read-only folder) or
   *     a link stands where it goes
   */
  public static OutputLock acquire(Path target) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Path file = abs.resolveSibling("." + abs.getFileName() + ".lock");
    ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
    local.lock();
    try {
      byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
      while (true) {
        FileChannel ch = open(file, abs);
        boolean held = false;
        try {
          ch.lock();
          held = true;
          ch.truncate(0);
          ch.write(ByteBuffer.wrap(token), 0);
          // The holder before us may have removed the file we locked, and another writer may have
          // created a new one: the lock counts only if the file at the path is the one we wrote.
          if (Arrays.equals(Files.readAllBytes(file), token)) {
            return new OutputLock(file, local, ch);
          }
        } catch (NoSuchFileException e) {
          // Removed after we opened it: try again with a new file.
        } catch (IOException | RuntimeException e) {
          try {
            // Remove the file only if it is ours: another writer may have made a new one.
            if (held && Arrays.equals(Files.readAllBytes(file), token)) {
              Files.deleteIfExists(file);
            }
          } catch (IOException suppressed) {
            e.addSuppressed(suppressed);
          }
          close(ch);
          throw e;
        }
        close(ch);
      }
    } catch (IOException | RuntimeException e) {
      local.unlock();
      throw e;
    }
  }

  /**
   * Opens (or creates) the lock file without following a link: a link planted where the lock file
   * goes (in a folder others can write to) would otherwise have the file it names truncated.
   */
  private static FileChannel open(Path file, Path target) throws IOException {
    try {
      return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      if (Files.isSymbolicLink(file)) {
        throw new FileSystemException(file.toString(), null, "a link stands where the lock file of "
            + target.getFileName() + " goes, and policyset does not follow it: remove the link");
      }
      throw e;
    }
  }

  /** Closes a lock file's channel, which releases its lock. */
  private static void close(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException ignored) {
      // Nothing was written that matters.
    }
  }

  /** Removes the lock file and lets the next writer in. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A lock file left behind holds no lock; the next writer takes it over.
    }
    close(channel);
    local.unlock();
  }
}
