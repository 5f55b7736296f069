package org.policyset.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * Writes the files the distribution archive carries beside the jars, generated from the command's
 * annotations at build time: the man pages ({@code man/policyset.1} and one per subcommand) and the
 * bash/zsh completion script ({@code completion/policyset.bash}). The build runs it after
 * compiling; it is not part of the command.
 */
final class DistributionFiles {
  private DistributionFiles() {}

  /**
   * Writes the files.
   *
   * @param args the folder to write into (such as {@code target}) and the build's timestamp (ISO
   *     8601; its date is the pages' date, so that equal sources make equal pages)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DistributionFiles FOLDER TIMESTAMP");
    }
    Path folder = Path.of(args[0]);
    String date = args[1].length() >= 10 ? args[1].substring(0, 10) : args[1];
    write(folder, date);
  }

  /** Writes the man pages and the completion script under {@code folder}. */
  static void write(Path folder, String date) throws IOException {
    PrintWriter sink = new PrintWriter(new StringWriter());
    CommandLine root = PolicysetCommand.commandLine(sink, sink);
    Path man = Files.createDirectories(folder.resolve("man"));
    for (Map.Entry<String, String> page : ManPage.renderAll(root, date, Version.get()).entrySet()) {
      Files.writeString(man.resolve(page.getKey()), page.getValue(), StandardCharsets.US_ASCII);
    }
    Path completion = Files.createDirectories(folder.resolve("completion"));
    Files.writeString(completion.resolve("policyset.bash"), CompletionCommand.script(),
        StandardCharsets.UTF_8);
  }
}
