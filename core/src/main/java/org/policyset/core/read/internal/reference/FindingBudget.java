package org.policyset.core.read.internal.reference;

import org.policyset.core.internal.text.Plural;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.model.Manifest;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;

/**
 * Passes what reading one file produces on to a listener, up to a number of findings: at the limit
 * it reports one limit-exceeded finding and stops the read by throwing {@link Exhausted}, so that a
 * file of a million broken lines cannot fill the memory with findings.
 */
public final class FindingBudget implements RecordListener {

  /** Thrown to stop reading a file whose findings reached the limit. */
  public static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exhausted() {
      super("finding limit reached", null, false, false);
    }
  }

  private final RecordListener listener;
  private final int max;
  private final String display;
  private int count;

  public FindingBudget(RecordListener listener, int max, String display) {
    this.listener = listener;
    this.max = max;
    this.display = display;
  }

  /** Returns whether the limit was reached. */
  boolean exhausted() {
    return count >= max;
  }

  @Override
  public void onFile(InputFile file) {
    listener.onFile(file);
  }

  @Override
  public void onRecord(ReadRecord record) {
    if (!exhausted()) {
      listener.onRecord(record);
    }
  }

  @Override
  public void onManifest(Manifest manifest, Location location) {
    if (!exhausted()) {
      listener.onManifest(manifest, location);
    }
  }

  @Override
  public void onFinding(Finding finding) {
    if (exhausted()) {
      throw new Exhausted();
    }
    listener.onFinding(finding);
    if (++count >= max) {
      listener.onFinding(Finding.of(Rule.LIMIT_EXCEEDED, Location.ofFile(display),
              "reading stopped after " + Plural.count(max, "finding") + " in this file")
          .withHint("fix these first, or raise ReadLimits.maxFindingsPerFile (--max-findings-per-file in the command)"));
      throw new Exhausted();
    }
  }
}
