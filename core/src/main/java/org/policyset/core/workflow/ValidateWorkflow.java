package org.policyset.core.workflow;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.io.FileErrors;
import org.policyset.core.validation.Baseline;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.Suppressions;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.write.AtomicFiles;
import org.policyset.core.write.OutputGuard;

/** The validate workflow: guard the outputs, read the settings files, validate, write. */
final class ValidateWorkflow {
  private ValidateWorkflow() {}

  static ValidateResult run(ValidateRequest request, PrintWriter out) {
    List<Path> suppressionsFiles = suppressionsFiles(request);
    guardOutputs(request, suppressionsFiles);
    DatasetValidator validator = DatasetValidator.create()
        .withLimits(request.limits())
        .strict(request.strict())
        .selecting(request.select())
        .ignoring(request.ignore())
        .reportingAll(request.reportAll())
        .withSuppressions(suppressions(suppressionsFiles))
        .withBaseline(baseline(request.baseline()));
    ValidationReport report = validator.validate(request.inputs());
    int baselineSize = -1;
    if (request.writeBaseline() != null) {
      List<Finding> current = new ArrayList<>(report.findings());
      current.addAll(report.baselined());
      Baseline written = Baseline.of(current);
      try {
        written.write(request.writeBaseline());
      } catch (IOException e) {
        throw new WorkflowException(WorkflowException.Problem.UNWRITABLE, "cannot write baseline "
            + request.writeBaseline() + ": " + FileErrors.describe(e), e);
      }
      report = report.applying(written);
      baselineSize = written.size();
    }
    if (request.output() != null) {
      StringWriter buffer = new StringWriter();
      request.report().write(report, new PrintWriter(buffer));
      try {
        AtomicFiles.write(request.output(), buffer.toString());
      } catch (IOException e) {
        throw new WorkflowException(WorkflowException.Problem.UNWRITABLE, "cannot write report "
            + request.output() + ": " + FileErrors.describe(e), e);
      }
    } else {
      request.report().write(report, out);
    }
    return new ValidateResult(report, baselineSize, request.report().leftOut(report));
  }

  /**
   * The suppressions files to read: the one asked for alone, else the default ones present, the
   * working folder's first, then each dataset's own ({@link Suppressions#defaultFiles}).
   */
  private static List<Path> suppressionsFiles(ValidateRequest request) {
    if (request.suppressions() != null) {
      return List.of(request.suppressions());
    }
    return Suppressions.defaultFiles(Path.of(""), request.inputs());
  }

  /** Refuses a report or baseline that would overwrite a file this run reads. */
  private static void guardOutputs(ValidateRequest request, List<Path> suppressionsFiles) {
    List<Path> read = new ArrayList<>(request.inputs());
    read.addAll(suppressionsFiles);
    if (request.output() != null) {
      List<Path> forReport = new ArrayList<>(read);
      if (request.baseline() != null) {
        forReport.add(request.baseline());
      }
      if (request.writeBaseline() != null) {
        forReport.add(request.writeBaseline());
      }
      refuse(request.output(), "report", forReport);
    }
    if (request.writeBaseline() != null) {
      // Rewriting the baseline this run reads is how a baseline is updated.
      refuse(request.writeBaseline(), "baseline", read);
    }
  }

  private static void refuse(Path out, String what, List<Path> read) {
    String refusal = OutputGuard.refusal(out, OutputGuard.Kind.FILE, read, false);
    if (refusal != null) {
      throw WorkflowException.request("cannot write " + what + " " + out + ": " + refusal);
    }
  }

  private static Suppressions suppressions(List<Path> files) {
    Suppressions all = Suppressions.none();
    for (Path file : files) {
      try {
        all = all.and(Suppressions.read(file));
      } catch (IOException e) {
        throw WorkflowException.request("cannot read suppressions " + file + ": " + describe(e));
      }
    }
    return all;
  }

  private static Baseline baseline(@Nullable Path file) {
    if (file == null) {
      return Baseline.empty();
    }
    try {
      return Baseline.read(file);
    } catch (IOException e) {
      throw WorkflowException.request("cannot read baseline " + file + ": " + describe(e));
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
