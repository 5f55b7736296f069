package org.policyset.core.internal.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A folder beside an output where a new version of it is put together, and the one step that puts
 * it in place. For an output that exists, the switch is two renames — the old version aside, the
 * new one in — and the old version is removed only after; a process killed between the two leaves
 * the output missing and its previous version beside it, which the next writer of that output (or
 * {@link #recover}) puts back. A reader therefore sees the old version or the new one, never a mix.
 *
 * <p>Every name this class makes beside the output is {@code .NAME.policyset-ID.KIND}, with ID
 * twelve hexadecimal digits: the staging folder ({@code .staging}), the old version while it is
 * switched ({@code .previous}), a lock file ({@code .lock}) held with an operating-system lock for
 * as long as the writer lives, and the temporary files of atomic writes ({@code .tmp}, each locked
 * by its writer). What a killed writer left is recognized by its lock being free (or its lock file
 * gone) and removed by the next writer, never what a live writer is using: a writer creates and
 * locks its lock file before anything else and removes it after everything else. Nothing else is
 * touched, however close its name.
 */
public final class StagedOutput implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What follows {@code .NAME.policyset-} in a name this class makes. */
  private static final Pattern LEFTOVER = Pattern.compile("[0-9a-f]{12}\\.(staging|previous|lock|tmp)");

  /** The name of a temporary file of any output. */
  private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.policyset-[0-9a-f]{12}\\.tmp");

  /** How long a free lock or temporary file must have existed to be taken for dead. */
  private static final Duration ORPHAN_AGE = Duration.ofSeconds(10);

  /** The folders whose stale temporary files this process has removed already. */
  private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

  private final Path target;
  private final Path lockFile;
  private final FileChannel lockChannel;
  private final Path staging;
  private final Path previous;

  private StagedOutput(Path target, Path lockFile, FileChannel lockChannel, Path staging,
      Path previous) {
    this.target = target;
    this.lockFile = lockFile;
    this.lockChannel = lockChannel;
    this.staging = staging;
    this.previous = previous;
  }

  /**
   * Creates an empty staging folder beside {@code target} (creating the target's parent folders).
   *
   * @param target the output file or folder
   * @return the staging
   * @throws IOException if the folder cannot be created
   */
  public static StagedOutput create(Path target) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new IOException("cannot write " + out + ": a folder is put together beside it, and it has"
          + " no parent folder");
    }
    Files.createDirectories(parent);
    while (true) {
      String base = "." + out.getFileName() + ".policyset-" + newId();
      Path lockFile = parent.resolve(base + ".lock");
      FileChannel ch;
      try {
        ch = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      try {
        ch.lock();
        Path staging = Files.createDirectory(parent.resolve(base + ".staging"));
        return new StagedOutput(out, lockFile, ch, staging, parent.resolve(base + ".previous"));
      } catch (IOException | RuntimeException e) {
        close(ch);
        Files.deleteIfExists(lockFile);
        throw e;
      }
    }
  }

  private static String newId() {
    return HexFormat.of().formatHex(RANDOM.generateSeed(6));
  }

  /** Returns the staging folder, where the new version is written. */
  public Path folder() {
    return staging;
  }

  /**
   * Replaces the target with the staging folder: by one rename if the target is missing, else by
   * moving the target aside, the staging in, and then removing the old version. A folder replaced
   * keeps its permissions. Call it while holding the output's {@link OutputLock}, after
   * {@link #recover}.
   *
   * @throws IOException if a rename fails; the target is then as it was (a rename that moved the
   *     old version aside is undone, and if that fails too the old version stays beside the target
   *     for {@link #recover} to put back)
   */
  public void replaceFolder() throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      AtomicWrites.syncDirectory(parentOf(target));
      return;
    }
    // An existing target, even an empty folder, is moved aside rather than deleted: a switch
    // interrupted between the renames then always leaves what was there to be put back.
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      TempFiles.keepPermissions(target, staging);   // a folder its owner made private stays so
    }
    Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    AtomicWrites.syncDirectory(parentOf(target));
    deleteTree(previous);
  }

  /**
   * Keeps in the new version the files of the target folder that the new version does not write
   * (notes, archived texts no longer named), except those {@code replaced} names: hard links where
   * the file system allows, else copies. Call it just before {@link #replaceFolder}, under the lock.
   *
   * @param replaced whether a path, relative to the target, is one the new version replaces
   *     whether or not it writes it (so that it is dropped when the new version lacks it)
   * @throws IOException if a file cannot be linked or copied
   */
  public void keepFromTarget(Predicate<Path> replaced) throws IOException {
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(target)) {
      for (Path p : s.skip(1).toList()) {   // the walk starts with the target itself
        Path rel = target.relativize(p);
        Path dest = staging.resolve(rel.toString());
        if (replaced.test(rel) || Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(dest);
        } else if (Files.isSymbolicLink(p)) {
          Files.createDirectories(dest.getParent());
          Files.createSymbolicLink(dest, Files.readSymbolicLink(p));
        } else {
          Files.createDirectories(dest.getParent());
          try {
            Files.createLink(dest, p);
          } catch (IOException | UnsupportedOperationException e) {
            Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
          }
        }
      }
    }
  }

  /**
   * Removes what killed writers of {@code target} left beside it (staging folders, old versions,
   * lock files and temporary files), and puts back the previous version of an output whose switch
   * was interrupted (the output missing, its previous version beside it). Call it while holding the
   * output's {@link OutputLock}.
   *
   * @param target the output
   * @throws IOException if the folder cannot be listed or a leftover cannot be removed
   */
  public static void recover(Path target) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    String prefix = "." + out.getFileName() + ".policyset-";
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, p -> {
      String name = p.getFileName().toString();
      return name.startsWith(prefix) && LEFTOVER.matcher(name.substring(prefix.length())).matches();
    })) {
      ds.forEach(leftovers::add);
    }
    for (Path p : leftovers) {
      String name = p.getFileName().toString();
      if (name.endsWith(".lock")) {
        continue;   // after the rest: a lock file is removed with what it guarded
      }
      if (name.endsWith(".tmp")) {
        // An atomic write locks its temporary file from the moment after it makes it.
        if (!inUse(p) && olderThan(p, ORPHAN_AGE)) {
          Files.deleteIfExists(p);
        }
        continue;
      }
      Path lockFile = parent.resolve(name.substring(0, name.lastIndexOf('.')) + ".lock");
      if (inUse(lockFile)) {
        continue;
      }
      if (name.endsWith(".previous") && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(p, out, StandardCopyOption.ATOMIC_MOVE);
      } else {
        deleteTree(p);
      }
      Files.deleteIfExists(lockFile);
    }
    // Lock files whose writer died before making anything. A writer locks its file the moment it
    // creates it, so only a file that has been free for a while is taken for dead.
    for (Path p : leftovers) {
      if (p.getFileName().toString().endsWith(".lock") && !inUse(p) && olderThan(p, ORPHAN_AGE)) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * Returns the name of the previous version an interrupted switch left beside a missing output,
   * or null if there is none.
   *
   * @param target the output, which is missing
   * @return the name of the previous version, or null
   */
  public static @Nullable String interruptedPrevious(Path target) {
    Path out = target.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      return null;
    }
    String prefix = "." + out.getFileName() + ".policyset-";
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, p -> {
      String name = p.getFileName().toString();
      return name.startsWith(prefix) && name.endsWith(".previous")
          && LEFTOVER.matcher(name.substring(prefix.length())).matches();
    })) {
      for (Path p : ds) {
        return p.getFileName().toString();
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /**
   * Returns a new name for a temporary file that will replace {@code name}:
   * {@code .NAME.policyset-ID.tmp}.
   *
   * @param name the file name of the target
   * @return the temporary name
   */
  public static String temporaryName(String name) {
    return "." + name + ".policyset-" + newId() + ".tmp";
  }

  /**
   * Removes the temporary files ({@code .NAME.policyset-ID.tmp}) that killed processes left in
   * {@code dir}: those no live writer holds locked and that are older than a few seconds (a writer
   * locks its file the moment it creates it). Each folder is looked at once per process.
   *
   * @param dir the folder
   */
  public static void removeStaleTemporaryFiles(Path dir) {
    if (!CLEANED.add(dir.toAbsolutePath().normalize())) {
      return;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir,
        p -> TEMPORARY.matcher(p.getFileName().toString()).matches())) {
      for (Path p : ds) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !inUse(p) && olderThan(p, ORPHAN_AGE)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
      // Leftovers stay until a later run can remove them; the write itself does not depend on it.
    }
  }

  /** Returns whether {@code p} was last modified longer than {@code age} ago. */
  static boolean olderThan(Path p, Duration age) {
    try {
      return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant()
          .isBefore(Instant.now().minus(age));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Returns whether a live writer holds {@code lockFile}. It is opened for reading too, so that a
   * FIFO planted under its name cannot block the opening, and without following a link; closing
   * the channel frees a lock taken to find out.
   */
  private static boolean inUse(Path lockFile) {
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS)) {
      return ch.tryLock() == null;
    } catch (NoSuchFileException e) {
      return false;
    } catch (OverlappingFileLockException e) {
      return true; // held by this process
    } catch (IOException e) {
      return true; // cannot tell: leave it
    }
  }

  /**
   * Removes the staging folder, then the lock. A previous version still beside the target is left:
   * it is there only if putting it back failed, and {@link #recover} puts it back or removes it.
   */
  @Override
  public void close() throws IOException {
    try {
      deleteTree(staging);
    } finally {
      close(lockChannel);
      Files.deleteIfExists(lockFile);
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

  /** Returns whether {@code p} is a folder with nothing in it. */
  public static boolean isEmptyFolder(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }

  /** Removes a file or a folder with everything in it, not following links; nothing if missing. */
  public static void deleteTree(Path root) throws IOException {
    // Another writer may be removing the same tree (closing its staging folder while this one
    // clears leftovers): what it removed first is not an error here.
    Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
      @Override
      public java.nio.file.FileVisitResult visitFile(Path file,
          java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e)
          throws IOException {
        if (e instanceof NoSuchFileException) {
          return java.nio.file.FileVisitResult.CONTINUE;
        }
        throw e;
      }

      @Override
      public java.nio.file.FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e)
          throws IOException {
        if (e != null && !(e instanceof NoSuchFileException)) {
          throw e;
        }
        Files.deleteIfExists(dir);
        return java.nio.file.FileVisitResult.CONTINUE;
      }
    });
  }

  /** The parent of a target {@link #create} accepted (it refuses one without). */
  private static Path parentOf(Path target) {
    return Objects.requireNonNull(target.getParent(), "a staged target has a parent");
  }
}
