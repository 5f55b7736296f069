package org.policyset.core.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the rationale and examples of every rule from the Markdown file of its own beside this
 * class, {@code rules/PS302.md} for PS302. The resources are in core's own module, so they load on
 * the class path and on the module path alike. Each file has a small fixed structure:
 *
 * <pre>
 * # PS302 dangling-reference
 *
 * ## Rationale
 *
 * One paragraph; its lines are joined with single spaces.
 *
 * ## Fails
 *
 * ```json
 * the failing example, verbatim
 * ```
 *
 * ## Passes
 *
 * ```json
 * the passing example, verbatim
 * ```
 * </pre>
 *
 * <p>A fence is {@code json} when its example is a dataset document ({@link
 * RuleDocumentation#isJson}), {@code text} otherwise. Each JSON example is a complete dataset
 * document; a test validates it (with a manifest beside it) and checks that the failing one breaks
 * the rule and the passing one yields no finding at all. A file that breaks the structure is a
 * build defect: loading it throws, and a test loads every file.
 */
final class RuleDocs {
  private RuleDocs() {}

  /** The folder of the files, relative to this class. */
  static final String FOLDER = "rules/";

  /** Loaded on first use, all at once: a few dozen small files. */
  private static final class Loaded {
    static final Map<Rule, RuleDocumentation> DOCS = loadAll();
  }

  private static Map<Rule, RuleDocumentation> loadAll() {
    Map<Rule, RuleDocumentation> docs = new EnumMap<>(Rule.class);
    for (Rule r : Rule.values()) {
      docs.put(r, parse(r, read(r)));
    }
    return docs;
  }

  static RuleDocumentation of(Rule rule) {
    return java.util.Objects.requireNonNull(Loaded.DOCS.get(rule), "every rule has documentation");
  }

  /** The resource name of a rule's file, relative to this class. */
  static String resource(Rule rule) {
    return FOLDER + rule.code() + ".md";
  }

  private static String read(Rule rule) {
    try (InputStream in = RuleDocs.class.getResourceAsStream(resource(rule))) {
      if (in == null) {
        throw new IllegalStateException("rule " + rule.code() + " has no documentation: "
            + RuleDocs.class.getPackageName().replace('.', '/') + "/" + resource(rule)
            + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the documentation of rule " + rule.code(), e);
    }
  }

  /**
   * Parses the documentation file of a rule.
   *
   * @throws IllegalArgumentException naming the file and line when the text breaks the structure
   */
  static RuleDocumentation parse(Rule rule, String text) {
    return new Parser(rule, text).parse();
  }

  private static final class Parser {
    private final Rule rule;
    private final String[] lines;
    private int at;

    Parser(Rule rule, String text) {
      this.rule = rule;
      String t = text.replace("\r\n", "\n");
      this.lines = (t.endsWith("\n") ? t.substring(0, t.length() - 1) : t).split("\n", -1);
    }

    RuleDocumentation parse() {
      expect("# " + rule.code() + " " + rule.slug());
      heading("## Rationale");
      List<String> paragraph = new ArrayList<>();
      while (at < lines.length && !lines[at].isBlank()) {
        paragraph.add(lines[at++].strip());
      }
      if (paragraph.isEmpty()) {
        throw error("the rationale is empty");
      }
      String rationale = String.join(" ", paragraph);
      heading("## Fails");
      String failing = example();
      heading("## Passes");
      String passing = example();
      skipBlank();
      if (at < lines.length) {
        throw error("expected the end of the file after the passing example");
      }
      return new RuleDocumentation(rationale, failing, passing);
    }

    /** Skips blank lines, then expects a heading followed by a blank line. */
    private void heading(String heading) {
      skipBlank();
      expect(heading);
      if (at >= lines.length || !lines[at].isEmpty()) {
        throw error("expected a blank line after '" + heading + "'");
      }
      skipBlank();
    }

    private String example() {
      int open = at;
      if (at >= lines.length || !lines[at].startsWith("```")) {
        throw error("expected an example fenced by ```json or ```text");
      }
      String lang = lines[at++].substring(3);
      List<String> body = new ArrayList<>();
      while (at < lines.length && !lines[at].equals("```")) {
        body.add(lines[at++]);
      }
      if (at >= lines.length) {
        at = open;
        throw error("the example has no closing ```");
      }
      at++;
      String example = String.join("\n", body);
      if (example.isBlank() || !example.equals(example.strip())) {
        at = open;
        throw error("an example must not be empty nor begin or end with blank space");
      }
      String expected = RuleDocumentation.isJson(example) ? "json" : "text";
      if (!lang.equals(expected)) {
        at = open;
        throw error("the fence must be ```" + expected + " for this example, not ```" + lang);
      }
      return example;
    }

    private void expect(String line) {
      if (at >= lines.length || !lines[at].equals(line)) {
        throw error("expected '" + line + "'");
      }
      at++;
    }

    private void skipBlank() {
      while (at < lines.length && lines[at].isBlank()) {
        at++;
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException(RuleDocs.class.getPackageName().replace('.', '/') + "/"
          + resource(rule) + ", line " + (Math.min(at, lines.length - 1) + 1) + ": " + what);
    }
  }
}
