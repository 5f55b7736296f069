package org.policyset.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * A man page in troff (the {@code man} macros of section 1) drawn from the same picocli model as
 * {@code --help}: name and header, synopsis, description, options in help's order, operands,
 * subcommands, exit codes and (for the root) the environment. Text is escaped for troff, and
 * characters outside ASCII become groff's {@code \[uXXXX]} escapes, so that {@code groff -man}
 * and {@code man} render it without a preprocessor and without warnings.
 */
final class ManPage {
  private ManPage() {}

  /** The file name of a command's page: {@code policyset.1}, {@code policyset-validate.1}. */
  static String fileName(CommandSpec spec) {
    return pageName(spec) + ".1";
  }

  private static String pageName(CommandSpec spec) {
    return spec.qualifiedName("-");
  }

  /**
   * Renders the page of {@code command}.
   *
   * @param command the command, its subcommands registered
   * @param date the date the page bears, {@code YYYY-MM-DD}
   * @param version the version of policyset
   * @return the troff source
   */
  static String render(CommandLine command, String date, String version) {
    CommandSpec spec = command.getCommandSpec();
    UsageMessageSpec usage = spec.usageMessage();
    StringBuilder t = new StringBuilder();
    t.append(".\\\" Generated from the policyset command's annotations (policyset ").append(version)
        .append("); do not edit.\n");
    t.append(".TH ").append(escape(pageName(spec).toUpperCase(Locale.ROOT))).append(" 1 ")
        .append(escape(date)).append(" \"policyset ").append(escape(version))
        .append("\" \"policyset manual\"\n");
    // No hyphenation and a ragged right edge: option names and paths stay whole to copy.
    t.append(".nh\n.ad l\n");
    t.append(".SH NAME\n").append(escape(pageName(spec))).append(" \\- ")
        .append(escape(summary(spec))).append('\n');

    t.append(".SH SYNOPSIS\n").append(".B ").append(escape(spec.qualifiedName())).append('\n');
    StringBuilder synopsis = new StringBuilder();
    if (!visibleOptions(spec).isEmpty()) {
      synopsis.append("[\\fIOPTIONS\\fR]");
    }
    for (OptionSpec o : visibleOptions(spec)) {
      if (o.required()) {
        synopsis.append(" \\fB").append(escape(o.shortestName())).append("\\fR");
        if (o.arity().max() > 0) {
          synopsis.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
        }
      }
    }
    if (!spec.subcommands().isEmpty()) {
      synopsis.append(" \\fICOMMAND\\fR");
    }
    List<PositionalParamSpec> operands = visibleOperands(spec);
    if (!operands.isEmpty()) {
      synopsis.append(" [\\fB\\-\\-\\fR]");
      for (PositionalParamSpec p : operands) {
        synopsis.append(' ').append(operand(p));
      }
    }
    t.append(synopsis.toString().strip()).append('\n');

    t.append(".SH DESCRIPTION\n");
    paragraphs(t, usage.description().length > 0 ? usage.description() : usage.header());
    if (usage.footer().length > 0) {
      t.append(".PP\n");
      paragraphs(t, usage.footer());
    }

    if (!operands.isEmpty()) {
      t.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : operands) {
        t.append(".TP\n").append(operand(p)).append('\n');
        body(t, p.description());
      }
    }
    List<OptionSpec> options = visibleOptions(spec);
    if (!options.isEmpty()) {
      t.append(".SH OPTIONS\n");
      for (OptionSpec o : options) {
        t.append(".TP\n").append(optionTerm(o)).append('\n');
        body(t, o.description());
      }
    }
    List<CommandLine> subcommands = visibleSubcommands(command);
    if (!subcommands.isEmpty()) {
      t.append(".SH COMMANDS\n");
      for (CommandLine sub : subcommands) {
        CommandSpec s = sub.getCommandSpec();
        t.append(".TP\n\\fB").append(escape(s.name())).append("\\fR\n")
            .append(escape(summary(s))).append(".\n");
        if (hasPage(s)) {
          t.append("See \\fB").append(escape(pageName(s))).append("\\fR(1).\n");
        }
      }
    }
    Map<String, String> exitCodes = usage.exitCodeList();
    if (!exitCodes.isEmpty()) {
      t.append(".SH EXIT STATUS\n");
      exitCodes.forEach((code, meaning) -> t.append(".TP\n\\fB").append(escape(code.strip()))
          .append("\\fR\n").append(escape(text(meaning))).append('\n'));
    }
    if (spec.parent() == null) {
      t.append(".SH ENVIRONMENT\n");
      PolicysetCommand.ENVIRONMENT.forEach((name, meaning) -> t.append(".TP\n\\fB")
          .append(escape(name)).append("\\fR\n").append(escape(meaning)).append('\n'));
    }
    t.append(".SH SEE ALSO\n");
    List<String> seeAlso = new ArrayList<>();
    if (spec.parent() != null) {
      seeAlso.add("\\fB" + escape(pageName(spec.root())) + "\\fR(1)");
    }
    for (CommandLine sub : subcommands) {
      if (hasPage(sub.getCommandSpec())) {
        seeAlso.add("\\fB" + escape(pageName(sub.getCommandSpec())) + "\\fR(1)");
      }
    }
    t.append(String.join(",\n", seeAlso)).append('\n');
    return t.toString();
  }

  /** Whether a command gets a page of its own: all but picocli's {@code help}. */
  static boolean hasPage(CommandSpec spec) {
    return !(spec.userObject() instanceof CommandLine.HelpCommand);
  }

  /** The pages of {@code root} and of every subcommand that has one, by file name. */
  static Map<String, String> renderAll(CommandLine root, String date, String version) {
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put(fileName(root.getCommandSpec()), render(root, date, version));
    for (CommandLine sub : visibleSubcommands(root)) {
      if (hasPage(sub.getCommandSpec())) {
        pages.put(fileName(sub.getCommandSpec()), render(sub, date, version));
      }
    }
    return pages;
  }

  private static List<CommandLine> visibleSubcommands(CommandLine command) {
    return command.getSubcommands().values().stream()
        .filter(c -> !c.getCommandSpec().usageMessage().hidden()).toList();
  }

  /** The options help lists, in the order it lists them. */
  private static List<OptionSpec> visibleOptions(CommandSpec spec) {
    List<OptionSpec> options = new ArrayList<>(spec.options().stream().filter(o -> !o.hidden()).toList());
    Comparator<OptionSpec> order = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(
        CommandLine.Help.Ansi.OFF)).createDefaultOptionSort();
    if (order != null) {
      options.sort(order);
    }
    return options;
  }

  private static List<PositionalParamSpec> visibleOperands(CommandSpec spec) {
    return spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
  }

  /** The one-line summary: the header's first line, else the description's first sentence. */
  private static String summary(CommandSpec spec) {
    String[] header = spec.usageMessage().header();
    String line = header.length > 0 ? text(header[0]) : firstSentence(text(spec.usageMessage()
        .description()[0]));
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  private static String firstSentence(String s) {
    int end = s.indexOf(". ");
    return end < 0 ? s : s.substring(0, end + 1);
  }

  /** {@code \fB-f\fR, \fB--format\fR=\fIFORMAT\fR}. */
  private static String optionTerm(OptionSpec o) {
    List<String> names = new ArrayList<>();
    for (String name : o.names()) {
      names.add("\\fB" + escape(name) + "\\fR");
    }
    String term = String.join(", ", names);
    if (o.arity().max() > 0) {
      term += "=\\fI" + escape(o.paramLabel()) + "\\fR";
      if (o.splitRegex() != null && !o.splitRegex().isEmpty()) {
        term += "[" + escape(o.splitRegexSynopsisLabel().isEmpty() ? o.splitRegex()
            : o.splitRegexSynopsisLabel()) + "\\fI" + escape(o.paramLabel()) + "\\fR...]";
      }
    }
    return term;
  }

  /** {@code [\fIPATH\fR...]}, {@code \fIINPUT\fR...}. */
  private static String operand(PositionalParamSpec p) {
    String s = "\\fI" + escape(p.paramLabel()) + "\\fR" + (p.arity().max() > 1 ? "..." : "");
    return p.arity().min() == 0 ? "[" + s + "]" : s;
  }

  /** Description lines as paragraphs; a run of lines indented by two spaces is shown as is. */
  private static void paragraphs(StringBuilder t, String[] lines) {
    boolean literal = false;
    boolean first = true;
    for (String raw : lines) {
      String line = text(raw);
      if (line.startsWith("  ")) {
        if (!literal) {
          t.append(".RS 4\n.nf\n");
          literal = true;
        }
        t.append(escape(line.strip())).append('\n');
        continue;
      }
      if (literal) {
        t.append(".fi\n.RE\n");
        literal = false;
      }
      if (line.isBlank()) {
        continue;
      }
      if (!first) {
        t.append(".PP\n");
      }
      t.append(escape(line.strip())).append('\n');
      first = false;
    }
    if (literal) {
      t.append(".fi\n.RE\n");
    }
  }

  /** The body of a {@code .TP} entry: its lines, one paragraph each. */
  private static void body(StringBuilder t, String[] lines) {
    boolean first = true;
    for (String raw : lines) {
      String line = text(raw);
      if (line.isBlank()) {
        continue;
      }
      if (!first) {
        t.append(".br\n");
      }
      t.append(escape(line.strip())).append('\n');
      first = false;
    }
  }

  /** Picocli's format specifiers as help shows them: {@code %n} a line break, {@code %%} a sign. */
  static String text(String s) {
    return s.replace("%n", "\n").replace("%%", "%");
  }

  /**
   * Escapes text for troff: backslashes, hyphens (as {@code \-}, which man pages use for the
   * minus of options and which copies as a hyphen-minus), a control character at the start of a
   * line, and characters outside ASCII as {@code \[uXXXX]}. Line breaks within the text become
   * spaces: breaks are the macros' business.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '\\' -> b.append("\\e");
        case '-' -> b.append("\\-");
        case '\n', '\r', '\t' -> b.append(' ');
        default -> {
          if (c < 0x20 || c == 0x7f) {
            continue; // terminal controls carry no meaning on a page
          }
          if (c > 0x7e) {
            b.append(String.format(Locale.ROOT, "\\[u%04X]", c));
          } else {
            b.append((char) c);
          }
        }
      }
    }
    // A line may not begin with a control character (. or ') or it would be read as a request.
    if (b.length() > 0 && (b.charAt(0) == '.' || b.charAt(0) == '\'')) {
      b.insert(0, "\\&");
    }
    return b.toString();
  }
}
