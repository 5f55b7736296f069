package org.policyset.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policyset.core.io.InputFile;
import org.policyset.core.read.DatasetReader;

/**
 * One line on standard error that says how far a long run has read its inputs, rewritten in place
 * with {@code \r} at most ten times a second and cleared before anything else is printed.
 *
 * <p>How far reading has come is measured from outside the reader, the way {@code pv -d} and
 * {@code progress(1)} do: a sampler thread looks up which input files the process has open
 * ({@code /proc/self/fd}) and at what offset ({@code /proc/self/fdinfo}). Inputs are read in the
 * order {@link DatasetReader#resolve} lists them, so the files before the one open are done. The
 * library needs no hook for it and pays nothing; where {@code /proc} is missing (or the inputs lie
 * in a jar, as the bundled dataset does), the line says what is being read and for how long.
 *
 * <p>The sampler thread exists only while a line is wanted; a run whose progress is off never
 * starts one.
 */
final class ProgressLine implements AutoCloseable {

  /** The period between two samples, and so the most updates a second (ten). */
  static final long PERIOD_MILLIS = 100;

  /** A line that is never shown. */
  static final ProgressLine OFF = new ProgressLine(null, "", "", List.of());

  private final PrintWriter err;
  private final String command;
  private final String afterReading;
  private final List<Path> inputs;
  private final long started = System.nanoTime();
  private final Object lock = new Object();
  private Thread sampler;
  private volatile boolean closed;
  private int shown;

  // What the sampler found; touched by the sampler thread only.
  private final Map<Path, Integer> index = new HashMap<>();
  private long[] sizes = new long[0];
  private long total;
  private int furthest = -1;
  private long furthestOffset;

  private ProgressLine(PrintWriter err, String command, String afterReading, List<Path> inputs) {
    this.err = err;
    this.command = command;
    this.afterReading = afterReading;
    this.inputs = inputs;
  }

  /**
   * Starts a line for {@code command} reading {@code inputs}.
   *
   * @param err where the line goes
   * @param command the command's name, which starts the line
   * @param afterReading what the command does once its inputs are read ("checking", "writing")
   * @param inputs the files and folders it reads
   * @param delayMillis how long to wait before the first line, so that short runs show none; 0
   *     draws a first line at once
   * @return the line, to be closed when the command is done reading (or fails)
   */
  static ProgressLine start(PrintWriter err, String command, String afterReading, List<Path> inputs,
      long delayMillis) {
    ProgressLine line = new ProgressLine(err, command, afterReading, inputs);
    if (delayMillis <= 0) {
      line.draw(command + ": reading");
    }
    line.sampler = new Thread(() -> line.sample(delayMillis), "policyset-progress");
    line.sampler.setDaemon(true);
    line.sampler.start();
    return line;
  }

  private void sample(long delayMillis) {
    try {
      Thread.sleep(Math.max(0, delayMillis));
      measure();
      while (!closed) {
        draw(text(position()));
        Thread.sleep(PERIOD_MILLIS);
      }
    } catch (InterruptedException e) {
      // Closed: the command is done.
    } catch (RuntimeException e) {
      // A progress line is a courtesy: whatever goes wrong here must not touch the run.
      close();
    }
  }

  /** Finds the input files and their sizes, as the reader will. */
  void measure() {
    List<InputFile> files = DatasetReader.resolve(inputs, f -> { });
    sizes = new long[files.size()];
    for (int i = 0; i < files.size(); i++) {
      Path p = files.get(i).path();
      try {
        sizes[i] = Files.size(p);
        total += sizes[i];
        if (p.getFileSystem() == FileSystems.getDefault()) {
          index.putIfAbsent(p.toRealPath(), i);
        }
      } catch (IOException | SecurityException e) {
        // Unreadable: the reader reports it; the line counts it as empty.
      }
    }
  }

  /**
   * Returns how many bytes of the inputs have been read, or -1 if that cannot be told here: the
   * files before the furthest one seen open, and in that one the furthest offset read — all of it
   * once it is closed, since files are read in order and to their end.
   */
  long position() {
    Path fds = Path.of("/proc/self/fd");
    if (index.isEmpty() || !Files.isDirectory(fds)) {
      return -1;
    }
    boolean furthestOpen = false;
    try (DirectoryStream<Path> open = Files.newDirectoryStream(fds)) {
      for (Path fd : open) {
        Integer i;
        try {
          i = index.get(Files.readSymbolicLink(fd));
        } catch (IOException | UnsupportedOperationException e) {
          continue; // closed meanwhile
        }
        if (i == null || i < furthest) {
          continue;
        }
        long offset = offset(fd.getFileName().toString());
        if (i > furthest) {
          furthest = i;
          furthestOffset = offset;
        } else {
          furthestOffset = Math.max(furthestOffset, offset);
        }
        furthestOpen = true;
      }
    } catch (IOException e) {
      return -1;
    }
    if (furthest < 0) {
      return 0;
    }
    if (!furthestOpen) {
      furthestOffset = sizes[furthest];
    }
    long done = 0;
    for (int i = 0; i < furthest; i++) {
      done += sizes[i];
    }
    return done + Math.min(furthestOffset, sizes[furthest]);
  }

  private static long offset(String fd) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo", fd))) {
        if (line.startsWith("pos:")) {
          return Long.parseLong(line.substring(4).strip());
        }
      }
    } catch (IOException | NumberFormatException e) {
      // closed meanwhile, or not a regular file
    }
    return 0;
  }

  /** The line for {@code done} bytes read (-1: not known). */
  String text(long done) {
    String files = sizes.length == 1 ? "1 file" : sizes.length + " files";
    String elapsed = elapsed((System.nanoTime() - started) / 1_000_000_000L);
    if (done < 0 || furthest < 0) {
      return command + ": reading " + files + " (" + bytes(total) + "), " + elapsed;
    }
    boolean allSeen = furthest == sizes.length - 1 && done >= total;
    if (allSeen) {
      return command + ": read " + files + " (" + bytes(total) + "); " + afterReading + ", " + elapsed;
    }
    long percent = total == 0 ? 0 : Math.min(99, done * 100 / total);
    return command + ": " + percent + "% of " + bytes(total) + " (file " + (furthest + 1) + " of "
        + sizes.length + "), " + elapsed;
  }

  static String bytes(long n) {
    if (n < 1000) {
      return n + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double v = n;
    int u = -1;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
  }

  static String elapsed(long seconds) {
    return seconds < 3600 ? String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  /** Rewrites the line, padding over what the last one left; cut to the terminal's width. */
  private void draw(String text) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      String line = text.length() > width() ? text.substring(0, width()) : text;
      err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
      err.flush();
      shown = line.length();
    }
  }

  private static int width() {
    try {
      int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip());
      return Math.max(20, columns - 1);
    } catch (NumberFormatException e) {
      return 79;
    }
  }

  /** Stops the line and clears it, leaving the cursor at the start of an empty line. */
  @Override
  public void close() {
    if (this == OFF) {
      return;
    }
    synchronized (lock) {
      if (!closed) {
        closed = true;
        if (sampler != null && sampler != Thread.currentThread()) {
          sampler.interrupt();
        }
        if (shown > 0) {
          err.print("\r" + " ".repeat(shown) + "\r");
          err.flush();
          shown = 0;
        }
      }
    }
  }

  /**
   * Returns {@code out}, made to close this line before its first character, so that what the
   * command prints never shares a line with it.
   */
  PrintWriter guard(PrintWriter out) {
    if (this == OFF) {
      return out;
    }
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        if (len > 0) {
          ProgressLine.this.close();
        }
        out.write(buf, off, len);
      }

      @Override
      public void flush() {
        out.flush();
      }

      @Override
      public void close() {
        out.flush();
      }
    });
  }
}
