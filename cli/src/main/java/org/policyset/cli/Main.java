package org.policyset.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.policyset.core.read.DatasetReader;

/** The entry point of the {@code policyset} command. */
public final class Main {
  private Main() {}

  /** The commands that read dataset records. */
  private static final Set<String> READS_DATASETS =
      Set.of("validate", "query", "show", "stats", "export", "format", "merge", "diff", "merge-driver");

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String... args) {
    if (args.length > 0 && READS_DATASETS.contains(args[0])) {
      // On a second core, the JSON binding machinery is built while picocli parses the command
      // line: about a tenth of a short run's wall time.
      Thread warm = new Thread(DatasetReader::warmUp, "policyset-warm-up");
      warm.setDaemon(true);
      warm.start();
    }
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command with the given writers, for tests and embedding.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    try {
      return PolicysetCommand.commandLine(out, err, args).execute(args);
    } catch (OutOfMemoryError e) {
      // What the run held is garbage now that the error has unwound it: there is room to say so.
      err.println("policyset: out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MiB heap): the input needs a larger heap, such as POLICYSET_JAVA_OPTS=-Xmx4g, or lower "
          + "read limits (see --help); nothing was written");
      err.flush();
      return ExitCode.OUT_OF_MEMORY.code();
    }
  }
}
