package org.policyset.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.RuleSelector;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.report.ReportFormat;
import org.policyset.core.report.ReportWriter;
import org.policyset.core.report.SarifReport;
import org.policyset.core.validation.Suppressions;
import org.policyset.core.workflow.Policyset;
import org.policyset.core.workflow.ValidateRequest;
import org.policyset.core.workflow.ValidateResult;
import org.policyset.core.workflow.WorkflowException;

/**
 * Validates a policyset dataset through every layer — syntax, shape, integrity, provenance — and
 * fails the build when it has errors (or warnings, with {@code strict}). Each finding goes to the
 * build log with its file, line, column and rule, as {@code [ERROR] /abs/data/stances.json:[12,7]
 * PS302 …}; a report in one of the formats of {@code policyset validate} can be written beside.
 *
 * <p>A build with findings fails (BUILD FAILURE); a configuration that cannot be carried out — a
 * path that does not exist, an unreadable baseline or suppressions file, an unknown rule or format,
 * a dataset that cannot be read at all, a report that cannot be written — stops the build as an
 * error, with what to change.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

  /** Creates the goal; Maven sets its parameters. */
  public ValidateMojo() {}

  /**
   * The dataset's files and folders. Folders are read whole (files ending in {@code .json},
   * {@code .jsonl} or {@code .ndjson}; hidden files and folders are skipped).
   */
  @Parameter(property = "policyset.paths", defaultValue = "${project.basedir}/data")
  List<File> paths;

  /** Whether warnings fail the build too, as errors do (the command's {@code --strict}). */
  @Parameter(property = "policyset.strict", defaultValue = "false")
  boolean strict;

  /**
   * Report only these rules: codes ({@code PS302}), names ({@code dangling-reference}) or layers
   * ({@code integrity}). Empty: every rule.
   */
  @Parameter(property = "policyset.select")
  List<String> select;

  /** Leave these rules out: codes, names or layers. */
  @Parameter(property = "policyset.ignore")
  List<String> ignore;

  /**
   * The suppressions file: findings accepted one by one, each with a reason. Default:
   * {@code .policyset-suppressions.json} in the project's folder when it is there, else in the
   * folder Maven runs in when it is there (as the command reads it).
   */
  @Parameter(property = "policyset.suppressions")
  File suppressions;

  /**
   * A baseline file, as written by {@code policyset validate --write-baseline}: only findings that
   * are not in it are reported and fail the build (matched by rule, record and pointer, not by
   * line).
   */
  @Parameter(property = "policyset.baseline")
  File baseline;

  /**
   * Also write the report in this format: {@code sarif} (code scanning), {@code junit} (CI test
   * views), {@code json}, {@code text} or {@code github}. None by default: the findings are in the
   * build log either way.
   */
  @Parameter(property = "policyset.format")
  String format;

  /**
   * Where to write the report (atomically). Default, when a {@code format} is set: a file named
   * {@code validation.sarif} (or {@code .xml} for junit, {@code .json}, {@code .txt}) in the
   * folder {@code policyset} of the build folder ({@code target}).
   */
  @Parameter(property = "policyset.output")
  File output;

  /** Skip the validation. */
  @Parameter(property = "policyset.skip", defaultValue = "false")
  boolean skip;

  /** The project's folder: relative paths and the SARIF report's {@code %SRCROOT%}. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /** The project's build folder, where the report goes by default. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  /** The folder relative file names resolve against: the one Maven runs in. */
  Path workingFolder = Path.of("").toAbsolutePath();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("policyset validation skipped (skip is set)");
      return;
    }
    ValidateRequest request = toRequest();
    ValidateResult result;
    try {
      result = Policyset.validate(request, new PrintWriter(Writer.nullWriter()));
    } catch (WorkflowException e) {
      throw new MojoExecutionException(TerminalText.escape(e.getMessage()), e);
    }
    new ValidationLog(getLog(), workingFolder).findings(result.report());
    if (request.output() != null) {
      getLog().info("policyset " + request.report().format().label() + " report written to "
          + TerminalText.escape(request.output().toString()));
    }
    if (result.leftOut() > 0) {
      getLog().warn("the SARIF report holds the most severe findings only: " + result.leftOut()
          + " were left out (GitHub code scanning shows at most " + SarifReport.DEFAULT_MAX_RESULTS
          + "); the json format holds them all");
    }
    String summary = "policyset: " + subject() + ": " + ValidationLog.summary(result.report());
    switch (result.status()) {
      case OK -> getLog().info(summary);
      case FINDINGS -> throw new MojoFailureException(summary
          + (strict ? " (strict: warnings fail the build too)" : ""));
      case UNREADABLE_INPUT -> throw new MojoExecutionException(summary
          + "; the dataset could not be read (see the errors above)");
    }
  }

  /**
   * Maps the parameters to the validate workflow's request.
   *
   * @throws MojoExecutionException naming the parameter that cannot be used and what to set
   */
  ValidateRequest toRequest() throws MojoExecutionException {
    ReportFormat reportFormat = reportFormat(format);
    Path reportFile = reportFile(reportFormat);
    ReportWriter writer = ReportWriter.of(reportFormat == null ? ReportFormat.TEXT : reportFormat,
            PluginVersion.get())
        .relativeTo(basedir.toPath())
        .subject(subject());
    return ValidateRequest.of(inputs())
        .strict(strict)
        .select(rules(select, "select"))
        .ignore(rules(ignore, "ignore"))
        .suppressions(suppressionsFile())
        .baseline(baseline == null ? null : existingFile(baseline, "baseline"))
        .report(writer)
        .output(reportFile);
  }

  /**
   * The inputs, each relative to the working folder when it lies inside it, so that findings name
   * files as {@code policyset validate} run there names them (and a baseline it wrote matches).
   */
  List<Path> inputs() throws MojoExecutionException {
    if (paths == null || paths.isEmpty()) {
      throw new MojoExecutionException("no dataset to validate: <paths> is empty; name the "
          + "dataset's files or folders (by default the project's data folder)");
    }
    List<Path> inputs = new ArrayList<>();
    for (File f : paths) {
      Path p = resolve(f);
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new MojoExecutionException("the dataset path " + shown(p) + " does not exist; set "
            + "<paths> in the plugin's configuration (or -Dpolicyset.paths) to the dataset's files "
            + "or folders (default: ${project.basedir}/data)");
      }
      inputs.add(relativeToWorkingFolder(p));
    }
    return inputs;
  }

  private Path relativeToWorkingFolder(Path p) {
    if (!p.startsWith(workingFolder)) {
      return p;
    }
    Path rel = workingFolder.relativize(p);
    return rel.toString().isEmpty() ? Path.of(".") : rel;
  }

  /** What was validated, for the summary: the paths relative to the project's folder. */
  String subject() {
    if (paths == null || paths.isEmpty()) {
      return "nothing";
    }
    Path base = basedir.toPath().toAbsolutePath().normalize();
    StringJoiner sj = new StringJoiner(", ");
    for (File f : paths) {
      Path p = resolve(f);
      sj.add(p.startsWith(base) && !p.equals(base) ? base.relativize(p).toString() : p.toString());
    }
    return TerminalText.escape(sj.toString());
  }

  /** The format asked for, or null for none. */
  static ReportFormat reportFormat(String name) throws MojoExecutionException {
    if (name == null || name.isBlank()) {
      return null;
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    StringJoiner known = new StringJoiner(", ");
    for (ReportFormat f : ReportFormat.values()) {
      if (f.label().equals(wanted)) {
        return f;
      }
      known.add(f.label());
    }
    throw new MojoExecutionException("unknown report format '" + TerminalText.escape(name)
        + "' in <format>; use one of " + known);
  }

  /** The file to write the report to, its folder made; null when no report is asked for. */
  Path reportFile(ReportFormat reportFormat) throws MojoExecutionException {
    if (reportFormat == null) {
      if (output != null) {
        throw new MojoExecutionException("<output> is set to " + shown(resolve(output)) + " but no "
            + "<format>: set it to sarif, junit, json, text or github");
      }
      return null;
    }
    Path file = output != null ? resolve(output)
        : buildDirectory.toPath().resolve("policyset").resolve("validation." + extension(reportFormat));
    Path folder = file.toAbsolutePath().getParent();
    try {
      if (folder != null) {
        Files.createDirectories(folder);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot make the folder of the report " + shown(file) + ": "
          + TerminalText.escape(String.valueOf(e.getMessage())), e);
    }
    return file;
  }

  /** The usual file extension of a report format. */
  static String extension(ReportFormat f) {
    return switch (f) {
      case SARIF -> "sarif";
      case JUNIT -> "xml";
      case JSON -> "json";
      case TEXT, GITHUB -> "txt";
    };
  }

  /** Rules by code, name or layer, each entry possibly a comma-separated list. */
  static Set<Rule> rules(List<String> names, String parameter) throws MojoExecutionException {
    if (names == null || names.isEmpty()) {
      return Set.of();
    }
    List<String> each = new ArrayList<>();
    for (String n : names) {
      for (String part : n.split(",")) {
        if (!part.isBlank()) {
          each.add(part.trim());
        }
      }
    }
    try {
      return RuleSelector.rules(each);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(TerminalText.escape(e.getMessage()) + " in <" + parameter
          + ">; name rules by code (PS302), name (dangling-reference) or layer (integrity)", e);
    }
  }

  /** The suppressions file asked for; else the project's own when present; else the default. */
  private Path suppressionsFile() throws MojoExecutionException {
    if (suppressions != null) {
      return existingFile(suppressions, "suppressions");
    }
    Path own = basedir.toPath().resolve(Suppressions.DEFAULT_FILE_NAME);
    return Files.isRegularFile(own) ? own : null;
  }

  /** A settings file that a parameter names, which must be there. */
  private Path existingFile(File f, String parameter) throws MojoExecutionException {
    Path p = resolve(f);
    if (!Files.isRegularFile(p)) {
      throw new MojoExecutionException("the " + parameter + " file " + shown(p)
          + (Files.exists(p) ? " is not a regular file" : " does not exist") + "; set <" + parameter
          + "> (or -Dpolicyset." + parameter + ") to the file, or leave it out");
    }
    return p;
  }

  private Path resolve(File f) {
    Path p = f.toPath();
    return (p.isAbsolute() ? p : basedir.toPath().resolve(p)).toAbsolutePath().normalize();
  }

  private static String shown(Path p) {
    return TerminalText.escape(p.toString());
  }
}
