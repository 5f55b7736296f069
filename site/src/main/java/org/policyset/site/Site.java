package org.policyset.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diff.DatasetDiff;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.workflow.WorkflowException;
import org.policyset.core.write.AtomicFolders;
import org.policyset.core.write.OutputGuard;
import org.policyset.site.internal.SiteWriter;

/**
 * Builds a static web site of a dataset: an overview (manifest, counts, changes against a
 * previous version), a timeline, a stance matrix, a principle map, a page per record with its
 * citations and the quotes highlighted in the archived texts, paginated lists, and a client-side
 * search. Everything the pages need is in the folder: they open from the file system, with no
 * server and no network.
 *
 * <p>The folder is written atomically ({@link AtomicFolders}): it is put together beside the
 * output and switched in whole. An existing output folder is replaced only when it is empty or a
 * site written before (it holds the marker file {@code .policyset-site}); any other folder is
 * refused, as are outputs that hold or lie inside an input.
 *
 * @since 0.1.0
 */
public final class Site {
  private Site() {}

  /**
   * Reads the inputs (and the previous version), stops on their errors, and writes the site.
   *
   * @param request what to show and where
   * @return what was done
   * @throws WorkflowException if the output is refused ({@code REQUEST}), or cannot be written
   *     ({@code UNWRITABLE}; the folder is then as it was)
   */
  public static SiteOutcome build(SiteRequest request) {
    List<Path> read = new ArrayList<>(request.inputs());
    read.addAll(request.since());
    guard(request.output(), read);
    DatasetReader reader = DatasetReader.withLimits(request.limits());
    DatasetReader.Result now = reader.load(request.inputs());
    List<Finding> errors = new ArrayList<>(now.errors());
    DatasetDiff diff = null;
    if (!request.since().isEmpty()) {
      DatasetReader.Result old = reader.load(request.since());
      errors.addAll(old.errors());
      if (errors.isEmpty()) {
        diff = DatasetDiff.between(old.dataset(), now.dataset());
      }
    }
    if (!errors.isEmpty()) {
      return new SiteOutcome(errors, 0, 0);
    }
    Map<String, byte[]> texts = now.readSourceTexts(errors::add);
    if (!errors.isEmpty()) {
      return new SiteOutcome(errors, 0, 0);
    }
    String sinceName = request.since().isEmpty() ? null
        : String.join(", ", request.since().stream().map(Path::toString).toList());
    int[] pages = {0};
    DatasetDiff changes = diff;
    Path out = target(request.output());
    try {
      AtomicFolders.replace(out, folder -> pages[0] = SiteWriter.write(now.dataset(), texts, changes,
          sinceName, folder));
    } catch (IOException e) {
      throw new WorkflowException(WorkflowException.Problem.UNWRITABLE, "cannot write "
          + request.output() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage())
          + "; the folder is as it was", e);
    }
    return new SiteOutcome(List.of(), now.dataset().size(), pages[0]);
  }

  /** {@return the folder to replace: a link to a folder is kept, and the folder it names replaced} */
  private static Path target(Path output) {
    Path out = output.toAbsolutePath().normalize();
    try {
      return Files.isSymbolicLink(out) && Files.isDirectory(out) ? out.toRealPath() : out;
    } catch (IOException e) {
      return out;
    }
  }

  private static void guard(Path output, List<Path> inputs) {
    String refusal = OutputGuard.refusal(output, OutputGuard.Kind.FOLDER, inputs, false);
    if (refusal != null) {
      throw new WorkflowException(WorkflowException.Problem.REQUEST, "cannot write " + output + ": " + refusal);
    }
    Path out = target(output);
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
      throw new WorkflowException(WorkflowException.Problem.REQUEST, "cannot write " + output
          + ": it exists and is not a folder; a site is a folder: write to a new or empty folder");
    }
    String why = foreign(out);
    if (why != null) {
      throw new WorkflowException(WorkflowException.Problem.REQUEST, "cannot write " + output + ": "
          + why + "; replacing it would delete them: write to a new or empty folder, or remove them");
    }
  }

  /** {@return why the folder is not one a site may replace, or null if it is new, empty or a site} */
  private static @Nullable String foreign(Path out) {
    if (!Files.isDirectory(out) || Files.isRegularFile(out.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try (Stream<Path> s = Files.list(out)) {
      List<String> names = s.map(p -> String.valueOf(p.getFileName())).sorted().limit(4).toList();
      return names.isEmpty() ? null : "it holds files that 'policyset site' did not write (" + String.join(", ", names)
          + (names.size() == 4 ? ", …" : "") + ": no " + SiteWriter.MARKER + " marker)";
    } catch (IOException e) {
      return "it cannot be listed (" + e.getMessage() + ")";
    }
  }
}
