package org.policyset.core.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reads files as they were at a git revision, through git itself: {@code git rev-parse} finds the
 * work tree and the commit, {@code git ls-tree} lists the files under a path and {@code git cat-file
 * --batch} gives their content, each run from an argument list (never a shell), read from its output
 * (never a temporary file). Names are passed as literal pathspecs after {@code --} and contents are
 * asked for by object id, so no file name is ever read as an option, a pattern or a line of input.
 */
final class GitRevision {
  /** The work tree's top folder, as git gives it. */
  private final Path top;
  /** The full commit id the revision names. */
  private final String commit;
  private final String revision;

  private GitRevision(Path top, String commit, String revision) {
    this.top = top;
    this.commit = commit;
    this.revision = revision;
  }

  /** A file at the revision: its path from the top of the work tree and its blob. */
  record Entry(String path, String mode, String blob) {
    boolean regular() {
      return mode.equals("100644") || mode.equals("100755");
    }
  }

  /**
   * Opens {@code revision} of the git work tree that holds {@code inside}.
   *
   * @throws WorkflowException (a request problem) if git is missing, {@code inside} is not in a work
   *     tree, or the revision names no commit
   */
  static GitRevision open(Path inside, String revision) {
    if (revision.isEmpty() || revision.startsWith("-") || revision.indexOf('\0') >= 0
        || revision.contains("\n")) {
      throw WorkflowException.request("'" + revision + "' is not a revision: a revision is a commit, "
          + "branch or tag name such as HEAD~1 or main, and may not begin with '-'");
    }
    Path folder = existingFolder(inside.toAbsolutePath().normalize());
    Result where = run(folder, List.of("rev-parse", "--show-toplevel"), null);
    if (where.exit() != 0) {
      throw WorkflowException.request(inside + " is not inside a git work tree: --rev reads the old "
          + "version from the repository that holds the files (git says: " + where.error() + ")");
    }
    Path top = Path.of(where.text().strip());
    Result commit = run(top, List.of("rev-parse", "--verify", "--quiet", "--end-of-options",
        revision + "^{commit}"), null);
    if (commit.exit() != 0 || commit.text().isBlank()) {
      throw WorkflowException.request("unknown revision '" + revision + "' in the git repository at "
          + top + ": name a commit, branch or tag (git log --oneline lists them)");
    }
    return new GitRevision(top, commit.text().strip(), revision);
  }

  /** {@return how findings name a file of the revision: {@code REV:path}} */
  String display(String path) {
    return revision + ":" + path;
  }

  /**
   * Returns the path of {@code file} from the top of the work tree, with {@code /} separators (empty
   * for the top itself).
   *
   * @throws WorkflowException (a request problem) if it lies outside the work tree
   */
  String relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path real = absolute;
    try {
      // The top is git's real path: compare real paths, the missing tail of a path kept as written.
      Path existing = absolute;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing != null) {
        real = existing.toRealPath().resolve(existing.relativize(absolute));
      }
    } catch (IOException e) {
      real = absolute;
    }
    Path topReal;
    try {
      topReal = top.toRealPath();
    } catch (IOException e) {
      topReal = top;
    }
    if (!real.startsWith(topReal)) {
      throw WorkflowException.request(file + " lies outside the git work tree at " + top);
    }
    return topReal.relativize(real).toString().replace('\\', '/');
  }

  /**
   * Lists the files at the revision under {@code paths} (files or folders, from the top), each
   * path's files in git's order (by path).
   */
  List<Entry> list(List<String> paths) {
    if (paths.isEmpty()) {
      return List.of();
    }
    List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--full-tree", commit, "--"));
    for (String p : paths) {
      args.add(":(literal)" + (p.isEmpty() ? "." : p));
    }
    Result r = run(top, args, null);
    if (r.exit() != 0) {
      throw new WorkflowException(WorkflowException.Problem.UNREADABLE,
          "cannot list the files of " + revision + ": git says: " + r.error());
    }
    List<Entry> entries = new ArrayList<>();
    for (String line : new String(r.out(), StandardCharsets.UTF_8).split("\0")) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String[] meta = line.substring(0, tab).split(" ");
      if (meta.length == 3 && meta[1].equals("blob")) {
        entries.add(new Entry(line.substring(tab + 1), meta[0], meta[2]));
      }
    }
    return entries;
  }

  /**
   * Returns the content of each blob, in order, each cut to {@code max} + 1 bytes (so that a reader
   * with that limit reports it); the rest of a larger blob is read and dropped, never kept.
   */
  List<byte[]> contents(List<String> blobs, long max) {
    if (blobs.isEmpty()) {
      return List.of();
    }
    StringBuilder in = new StringBuilder();
    blobs.forEach(b -> in.append(b).append('\n'));
    List<byte[]> out = new ArrayList<>();
    Result r = run(top, List.of("cat-file", "--batch"), in.toString().getBytes(StandardCharsets.US_ASCII),
        stream -> {
          for (int i = 0; i < blobs.size(); i++) {
            String header = line(stream);
            String[] parts = header.split(" ");
            if (parts.length != 3 || !parts[1].equals("blob")) {
              throw new IOException("git cat-file answered '" + header + "' for " + blobs.get(i));
            }
            long size = Long.parseLong(parts[2]);
            int keep = (int) Math.min(size, Math.min(max + 1, Integer.MAX_VALUE - 16));
            byte[] content = stream.readNBytes(keep);
            stream.skipNBytes(size - keep);
            stream.read(); // the line feed after the content
            out.add(content);
          }
        });
    if (r.exit() != 0 || out.size() != blobs.size()) {
      throw new WorkflowException(WorkflowException.Problem.UNREADABLE,
          "cannot read the files of " + revision + ": git says: " + r.error());
    }
    return out;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      b.write(c);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  /** Reads blobs by path from the top: the regular files found, by path. */
  Map<String, byte[]> read(List<String> paths, long max) {
    List<Entry> found = new ArrayList<>();
    for (Entry e : list(paths)) {
      if (paths.contains(e.path()) && e.regular()) {
        found.add(e);
      }
    }
    List<byte[]> contents = contents(found.stream().map(Entry::blob).toList(), max);
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < found.size(); i++) {
      m.put(found.get(i).path(), contents.get(i));
    }
    return m;
  }

  private static Path existingFolder(Path p) {
    Path f = p;
    while (f != null && !Files.isDirectory(f)) {
      f = f.getParent();
    }
    return f == null ? p : f;
  }

  /** What a git run gave: its exit code, its output and its error output. */
  private record Result(int exit, byte[] out, String error) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  /** Reads what a git run writes on its standard output. */
  @FunctionalInterface
  private interface Reader {
    void read(InputStream in) throws IOException;
  }

  private static Result run(Path dir, List<String> args, byte @Nullable [] input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Result r = run(dir, args, input, in -> in.transferTo(out));
    return new Result(r.exit(), out.toByteArray(), r.error());
  }

  private static Thread daemon(Runnable task) {
    Thread t = new Thread(task, "policyset-git");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static Result run(Path dir, List<String> args, byte @Nullable [] input, Reader reader) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
    pb.environment().put("LC_ALL", "C");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw WorkflowException.request("git is not installed (or not on the PATH): --rev reads the "
          + "old version through git; install git or compare two folders instead");
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errors = daemon(() -> drain(p.getErrorStream(), err));
    Thread feeder = daemon(() -> feed(p.getOutputStream(), input));
    IOException failed = null;
    try (InputStream in = p.getInputStream()) {
      reader.read(in);
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      failed = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
      p.destroy();
    }
    try {
      errors.join();
      feeder.join();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new WorkflowException(WorkflowException.Problem.UNREADABLE, "interrupted while git ran");
    }
    String error = err.toString(StandardCharsets.UTF_8).strip();
    if (failed != null) {
      error = (error.isEmpty() ? "" : error + "; ") + failed.getMessage();
      return new Result(1, new byte[0], error);
    }
    return new Result(p.exitValue(), new byte[0], error.isEmpty() ? "exit " + p.exitValue() : error);
  }

  private static void drain(InputStream in, ByteArrayOutputStream to) {
    try (in) {
      byte[] b = in.readNBytes(64 << 10);
      to.writeBytes(b);
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // The process ended: what it wrote is kept.
    }
  }

  private static void feed(OutputStream out, byte @Nullable [] input) {
    try (out) {
      if (input != null) {
        out.write(input);
      }
    } catch (IOException e) {
      // The process stopped reading: it reports why on its error output.
    }
  }
}
