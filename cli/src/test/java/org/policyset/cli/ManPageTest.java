package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The man pages, drawn from the command's annotations, render in groff and man without a warning
 * and say what {@code --help} says: every command, every option, every exit code.
 */
class ManPageTest {

  @TempDir
  static Path dir;

  static Map<String, String> pages;

  @BeforeAll
  static void render() throws IOException {
    PrintWriter sink = new PrintWriter(new StringWriter());
    pages = ManPage.renderAll(PolicysetCommand.commandLine(sink, sink), "2026-11-28", Version.get());
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Files.writeString(dir.resolve(page.getKey()), page.getValue(), StandardCharsets.US_ASCII);
    }
  }

  static boolean has(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  /** The page as groff renders it for a terminal, without bold or underline. */
  static String rendered(String page) {
    ChildJvm r = ChildJvm.exec(List.of("groff", "-man", "-Tutf8", "-ww", "-P-cbou",
        dir.resolve(page).toString()), Duration.ofMinutes(1), dir);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).as("groff's warnings on %s", page).isEmpty();
    return r.out();
  }

  @Test
  void everyCommandButHelpHasAPage() {
    Set<String> expected = new TreeSet<>();
    expected.add("policyset.1");
    PolicysetCommand.commandNames().forEach(c -> expected.add("policyset-" + c + ".1"));
    assertThat(new TreeSet<>(pages.keySet())).isEqualTo(expected);
  }

  @Test
  void theBuildWroteThePagesBesideTheCompletionScript() throws IOException {
    Path built = Path.of("target", "man");
    assertThat(built.resolve("policyset.1")).as("run the build's process-classes phase").exists();
    try (Stream<Path> files = Files.list(built)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .isEqualTo(new TreeSet<>(pages.keySet()).stream().toList());
    }
    // Equal but for the date, which the build takes from project.build.outputTimestamp.
    String page = Files.readString(built.resolve("policyset-validate.1"));
    assertThat(page.replaceFirst("(?m)^(\\.TH \\S+ 1 )\\S+", "$1DATE"))
        .isEqualTo(pages.get("policyset-validate.1").replaceFirst("(?m)^(\\.TH \\S+ 1 )\\S+", "$1DATE"));
    assertThat(Path.of("target", "completion", "policyset.bash")).hasContent(CompletionCommand.script());
  }

  @Test
  void groffRendersEveryPageWithoutAWarning() {
    assumeTrue(has("groff"), "groff is not installed");
    for (String page : pages.keySet()) {
      assertThat(rendered(page)).as(page).contains("NAME").contains("SYNOPSIS").contains("DESCRIPTION");
    }
  }

  @Test
  void manShowsThePagesWithoutAWarning() {
    assumeTrue(has("man"), "man is not installed");
    for (String page : List.of("policyset.1", "policyset-validate.1", "policyset-query.1")) {
      ChildJvm r = ChildJvm.exec(List.of("man", "--warnings", "-l", dir.resolve(page).toString()),
          Duration.ofMinutes(1), dir, Map.of("MANWIDTH", "80", "MANPAGER", "cat", "PAGER", "cat"));
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.err()).as("man's warnings on %s", page).isEmpty();
      assertThat(r.out()).contains("policyset manual");
    }
  }

  @Test
  void theMainPageNamesEveryCommandEveryExitCodeAndTheEnvironment() {
    assumeTrue(has("groff"), "groff is not installed");
    String text = rendered("policyset.1");
    String commands = section(text, "COMMANDS");
    for (String command : PolicysetCommand.commandNames()) {
      assertThat(commands).as("COMMANDS").containsPattern("(?m)^ {7}" + command + "\\s*$|^ {7}" + command + " ");
      assertThat(commands).contains("policyset-" + command + "(1)");
    }
    String exits = section(text, "EXIT STATUS");
    for (ExitCode code : ExitCode.values()) {
      assertThat(exits).as("EXIT STATUS").containsPattern("(?m)^ {7}" + code.code() + "\\s");
    }
    assertThat(exits).contains("Out of memory").contains("could not be read");
    String environment = section(text, "ENVIRONMENT");
    PolicysetCommand.ENVIRONMENT.keySet().forEach(name -> assertThat(environment).contains(name));
  }

  @Test
  void eachCommandsPageListsTheOptionsAndExitCodesItsHelpLists() {
    assumeTrue(has("groff"), "groff is not installed");
    PrintWriter sink = new PrintWriter(new StringWriter());
    CommandLine root = PolicysetCommand.commandLine(sink, sink);
    for (String command : PolicysetCommand.commandNames()) {
      String text = rendered("policyset-" + command + ".1");
      String options = section(text, "OPTIONS");
      for (String option : CompletionTest.helpOptions(Cli.run(command, "--help").out())) {
        assertThat(options).as("OPTIONS of policyset-%s(1)", command)
            .containsPattern("(?m)^ {7}(-\\w, )?" + java.util.regex.Pattern.quote(option) + "\\b");
      }
      assertThat(text).contains("policyset " + command);
      CommandSpec spec = root.getSubcommands().get(command).getCommandSpec();
      if (!spec.usageMessage().exitCodeList().isEmpty()) {
        String exits = section(text, "EXIT STATUS");
        spec.usageMessage().exitCodeList().keySet().forEach(code ->
            assertThat(exits).as("EXIT STATUS of %s", command).containsPattern("(?m)^ {7}" + code.strip() + "\\s"));
      }
    }
  }

  @Test
  void theSynopsisNamesTheOptionsACommandRequires() {
    assumeTrue(has("groff"), "groff is not installed");
    assertThat(section(rendered("policyset-merge.1"), "SYNOPSIS").strip())
        .isEqualTo("policyset merge [OPTIONS] -o OUT [--] INPUT...");
    assertThat(section(rendered("policyset-validate.1"), "SYNOPSIS").strip())
        .isEqualTo("policyset validate [OPTIONS] [--] [PATH...]");
    assertThat(section(rendered("policyset.1"), "SYNOPSIS").strip())
        .isEqualTo("policyset [OPTIONS] COMMAND");
  }

  /** The text of one section of a rendered page: from its heading to the next. */
  static String section(String text, String heading) {
    int start = text.indexOf("\n" + heading + "\n");
    assertThat(start).as("section %s", heading).isNotNegative();
    int end = start + heading.length() + 2;
    java.util.regex.Matcher next = java.util.regex.Pattern.compile("(?m)^[A-Z][A-Z ]+$").matcher(text);
    return next.find(end) ? text.substring(end, next.start()) : text.substring(end);
  }

  @Test
  void textThatLooksLikeTroffStaysText() {
    assertThat(ManPage.escape(".so /etc/passwd")).isEqualTo("\\&.so /etc/passwd");
    assertThat(ManPage.escape("'br")).isEqualTo("\\&'br");
    assertThat(ManPage.escape("a\\fBb")).isEqualTo("a\\efBb");
    assertThat(ManPage.escape("--strict")).isEqualTo("\\-\\-strict");
    assertThat(ManPage.escape("a…b — c")).isEqualTo("a\\[u2026]b \\[u2014] c");
    assertThat(ManPage.escape("red\u001b[31m")).isEqualTo("red[31m");
    assertThat(ManPage.escape("two\nlines")).isEqualTo("two lines");
  }

  @Test
  void aHostileDescriptionIsShownNotObeyed() throws IOException {
    assumeTrue(has("groff"), "groff is not installed");
    CommandSpec spec = CommandSpec.create().name("x");
    spec.usageMessage().description(".so /etc/passwd", "\\fBnot bold\\fR and 'quoted'", "… and →");
    String page = ManPage.render(new CommandLine(spec), "2026-11-28", "1.0");
    Files.writeString(dir.resolve("x.1"), page, StandardCharsets.US_ASCII);
    String text = rendered("x.1");
    assertThat(text).contains(".so /etc/passwd").contains("\\fBnot bold\\fR and 'quoted'")
        .contains("… and →").doesNotContain("root:");
    List<String> lines = new ArrayList<>(page.lines().toList());
    assertThat(lines).noneMatch(l -> l.startsWith(".so"));
  }
}
