package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code policyset completion} works in the real bash (and zsh, where installed): the script
 * registers itself, TAB offers what a user expects, and it knows exactly the commands and options
 * that {@code --help} lists.
 */
class CompletionTest {

  @TempDir
  static Path work;

  static Path script;

  @BeforeAll
  static void writeScript() throws IOException {
    Cli r = Cli.run("completion");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    script = work.resolve("policyset.bash");
    Files.writeString(script, r.out());
  }

  private static boolean has(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** A {@code policyset} on the PATH that runs this build's classes, as an installed one would. */
  private static Path binFolder() throws IOException {
    Path bin = work.resolve("bin");
    Path launcher = bin.resolve("policyset");
    if (!Files.exists(launcher)) {
      Files.createDirectories(bin);
      Files.writeString(launcher, "#!/bin/sh\nexec " + quote(ChildJvm.javaBin()) + " -cp "
          + quote(System.getProperty("java.class.path")) + " org.policyset.cli.Main \"$@\"\n");
      Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return bin;
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  @Test
  void sourcingTheCommandsOutputRegistersTheCompletionInBash() throws IOException {
    assumeTrue(has("bash"), "bash is not installed");
    String path = binFolder() + ":" + System.getenv("PATH");
    // The very line the issue asks to hold.
    ChildJvm r = ChildJvm.exec(List.of("bash", "-c",
        "source <(policyset completion); complete -p policyset"), Duration.ofMinutes(1), null,
        Map.of("PATH", path));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("-F _complete_policyset").endsWith(" policyset\n");
  }

  /** What bash offers for the words typed so far, the last being the one TAB completes. */
  static List<String> complete(String shell, String... words) {
    String body = "source \"$1\" >/dev/null 2>&1; shift; COMP_WORDS=(\"$@\"); "
        + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"${COMP_WORDS[*]}\"; "
        + "COMP_POINT=${#COMP_LINE}; _complete_policyset 2>/dev/null; "
        + "printf '%s\\n' \"${COMPREPLY[@]}\"";
    List<String> cmd = new ArrayList<>();
    if (shell.equals("zsh")) {
      // bashcompinit calls the function with arrays indexed from 0, as bash does.
      cmd.addAll(List.of("zsh", "-f", "-c", "autoload -U +X compinit && compinit -u; "
          + "autoload -U +X bashcompinit && bashcompinit; setopt ksharrays; " + body, "zsh"));
    } else {
      cmd.addAll(List.of("bash", "-c", body, "bash"));
    }
    cmd.add(script.toString());
    cmd.addAll(Arrays.asList(words));
    ChildJvm r = ChildJvm.exec(cmd, Duration.ofMinutes(1), work);
    assertThat(r.exit()).as(r.err()).isZero();
    return r.out().lines().filter(l -> !l.isEmpty()).sorted().toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "policyset va                        | validate",
      "policyset merge                     | merge merge-driver",
      "policyset st                        | stats",
      "policyset co                        | completion",
      "policyset validate --for            | --format",
      "policyset validate --format j       | json junit",
      "policyset rules -f m                | markdown",
      "policyset export --csv-formulas r   | raw",
      "policyset query --type st           | stance",
  })
  void tabOffersWhatTheUserMeans(String line, String expected) {
    assumeTrue(has("bash"), "bash is not installed");
    List<String> words = new ArrayList<>(Arrays.asList(line.strip().split(" +")));
    assertThat(complete("bash", words.toArray(String[]::new)))
        .as("bash completing '%s'", line).containsExactly(expected.strip().split(" "));
  }

  @Test
  void everyOptionWithValuesCompletesExactlyItsOwnValues() {
    assumeTrue(has("bash"), "bash is not installed");
    PrintWriter sink = new PrintWriter(new StringWriter());
    CommandLine root = PolicysetCommand.commandLine(sink, sink);
    int checked = 0;
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      for (OptionSpec option : sub.getValue().getCommandSpec().options()) {
        if (option.hidden() || option.completionCandidates() == null) {
          continue;
        }
        List<String> values = new ArrayList<>();
        option.completionCandidates().forEach(values::add);
        assertThat(complete("bash", "policyset", sub.getKey(), option.longestName(), ""))
            .as("policyset %s %s <TAB>", sub.getKey(), option.longestName())
            .containsExactlyInAnyOrderElementsOf(values);
        checked++;
      }
    }
    assertThat(checked).as("options with values").isGreaterThan(15);
  }

  @Test
  void zshRegistersTheCompletionThroughBashcompinit() {
    assumeTrue(has("zsh"), "zsh is not installed");
    ChildJvm r = ChildJvm.exec(List.of("zsh", "-f", "-c", "autoload -U +X compinit && compinit -u; "
        + "autoload -U +X bashcompinit && bashcompinit; source \"$1\" && print -r -- "
        + "${_comps[policyset]}", "zsh", script.toString()), Duration.ofMinutes(1), work);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("_bash_complete -F _complete_policyset");
    // zsh filters the candidates by what was typed itself (compadd), so the function hands it all
    // that fits the position: the commands, or an option's values.
    assertThat(complete("zsh", "policyset", "va")).contains("validate", "query");
    assertThat(complete("zsh", "policyset", "validate", "--format", "s"))
        .containsExactlyInAnyOrder("text", "json", "sarif", "github", "junit");
  }

  @Test
  void theScriptSaysHowToInstallIt() throws IOException {
    String text = Files.readString(script);
    assertThat(text).contains("source <(policyset completion)")
        .contains("autoload -U +X bashcompinit && bashcompinit")
        .doesNotContain("_completion\"); do"); // picocli's generic notes, which name no file we ship
    assertThat(Cli.run("completion", "--help").out()).contains("source <(policyset completion)")
        .contains("autoload -U +X bashcompinit && bashcompinit");
  }

  // ---- the script knows what --help says, and nothing else ----

  /** The option names each row of a picocli help's option list starts with. */
  static Set<String> helpOptions(String help) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^ {2}(?:(-[A-Za-z0-9]), )?(--?[A-Za-z0-9][\\w-]*)|^ {6}(--[\\w-]+)")
        .matcher(help);
    while (m.find()) {
      for (int g = 1; g <= 3; g++) {
        if (m.group(g) != null) {
          names.add(m.group(g));
        }
      }
    }
    return names;
  }

  /** The option names the script's function for {@code command} offers. */
  static Set<String> scriptOptions(String script, String function) {
    int start = script.indexOf("function " + function + "() {");
    assertThat(start).as("the script has %s", function).isNotNegative();
    String body = script.substring(start, script.indexOf("\n}\n", start));
    Set<String> names = new TreeSet<>();
    for (String variable : List.of("flag_opts", "arg_opts")) {
      Matcher m = Pattern.compile("local " + variable + "=\"([^\"]*)\"").matcher(body);
      assertThat(m.find()).as("%s in %s", variable, function).isTrue();
      for (String quoted : m.group(1).split(" ")) {
        if (!quoted.isBlank()) {
          names.add(quoted.replace("'", ""));
        }
      }
    }
    return names;
  }

  @Test
  void everyCommandCompletesExactlyTheOptionsItsHelpLists() throws IOException {
    String text = Files.readString(script);
    Set<String> rootHelp = helpOptions(Cli.run("--help").out());
    assertThat(rootHelp).containsExactlyInAnyOrder("-h", "--help", "-V", "--version");
    assertThat(scriptOptions(text, "_picocli_policyset")).isEqualTo(rootHelp);
    for (String command : PolicysetCommand.commandNames()) {
      String help = Cli.run(command, "--help").out();
      Set<String> listed = helpOptions(help);
      assertThat(listed).as("options in %s --help", command).contains("--help");
      String function = "_picocli_policyset_" + command.replace("-", "");
      assertThat(scriptOptions(text, function)).as("completion of %s", command).isEqualTo(listed);
    }
  }

  @Test
  void theScriptOffersExactlyTheCommandsHelpLists() throws IOException {
    String help = Cli.run("--help").out();
    String section = help.substring(help.indexOf("Commands:"), help.indexOf("Exit codes:"));
    Set<String> listed = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^  ([a-z][a-z-]*) ").matcher(section);
    while (m.find()) {
      listed.add(m.group(1));
    }
    Set<String> expected = new TreeSet<>(PolicysetCommand.commandNames());
    expected.add("help");
    assertThat(listed).isEqualTo(expected);
    Matcher commands = Pattern.compile("function _picocli_policyset\\(\\) \\{.*?local commands=\"([^\"]*)\"",
        Pattern.DOTALL).matcher(Files.readString(script, StandardCharsets.UTF_8));
    assertThat(commands.find()).isTrue();
    assertThat(new TreeSet<>(List.of(commands.group(1).split(" ")))).isEqualTo(listed);
  }
}
