package org.policyset.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.site.Site;
import org.policyset.site.SiteOutcome;
import org.policyset.site.SiteRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset site}: a static web site of a dataset. */
@Command(
    name = "site",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Write a static web site of a dataset into DIR.",
    description = "Write a static web site of a dataset: an overview (the manifest, the stats "
        + "counts and, with --since, what changed), a timeline of events and stances (a date known "
        + "only to the month or year drawn as that span), a stance matrix of actors and topics (a "
        + "position cited only from news, commentary or academic sources marked 'reported'), a "
        + "principle map, a page per record with its citations and the quotes highlighted in the "
        + "archived texts, paginated lists and a search. Open DIR/index.html from the file system: "
        + "no server, no network; only search needs JavaScript. DIR is written atomically; an "
        + "existing DIR is replaced only when it is empty or a site written before.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Written.",
      " 1:The inputs (or OLD) have errors (listed); nothing written. 'policyset validate' explains them.",
      " 2:Usage error, or DIR holds files 'policyset site' did not write, or lies inside an input.",
      " 3:An input could not be read.",
      " 4:DIR could not be written (disk full, read-only, no permission); it is as it was.",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class SiteCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions global;

  @Mixin
  LimitsMixin limits;

  @Mixin
  ProgressMixin progress;

  @Mixin
  InputMixin input;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The folder to write the site into: new, empty, or a site written before.")
  Path output;

  @Option(names = "--since", paramLabel = "OLD", arity = "1",
      description = "A previous version of the dataset (file or folder; repeat for several): the "
          + "overview lists the records added, removed and changed since.")
  List<Path> since = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> inputs = input.resolve();
    SiteOutcome outcome = progress.around(spec.commandLine().getErr(), "site", "drawing", inputs,
        line -> Site.build(new SiteRequest(inputs, output, since, limits.limits())));
    if (!outcome.written()) {
      return LoadedInputs.failOnFindings(outcome.inputErrors(), out, "site (nothing written)");
    }
    out.println("wrote a site of " + outcome.records() + " records (" + outcome.pages() + " pages) into "
        + TerminalText.escape(output.toString()) + "; open " + TerminalText.escape(
            output.resolve("index.html").toString()));
    out.flush();
    return ExitCode.OK.code();
  }
}
