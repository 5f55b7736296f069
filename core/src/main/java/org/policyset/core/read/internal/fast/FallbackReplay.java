package org.policyset.core.read.internal.fast;

import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.model.Manifest;
import org.policyset.core.read.internal.reference.DocumentReader;
import org.policyset.core.read.internal.reference.GuardedInput;

/**
 * Hands a file the fast path gave up on to the reference reader, which reads it from its start,
 * and skips the events the listener has already had, so that the listener sees exactly what the
 * reference reader reports.
 *
 * <p>What was delivered came from the file as it was when opened, so the reference reader takes
 * over only if the file is still that file; and if it then holds fewer records and findings than
 * were delivered, it changed meanwhile, which is reported.
 */
final class FallbackReplay {
  private final DocumentReader exact;
  /** Files handed to the reference reader from their start. */
  private int files;

  /** Creates a replay that reads files again with {@code exact}. */
  FallbackReplay(DocumentReader exact) {
    this.exact = exact;
  }

  /** The number of files handed to the reference reader from their start. */
  int files() {
    return files;
  }

  /**
   * Reads {@code file} again with the reference reader, skipping the first {@code delivered}
   * events (onFile included); releases {@code input}, which the fast path read.
   *
   * @return true if the whole file was read (see {@link DocumentReader#read})
   */
  boolean replay(InputFile file, GuardedInput input, long delivered, RecordListener listener) {
    // What was delivered came from the file as it was when opened: the reference reader may
    // only take over (skipping it) if the file is still that file.
    if (!input.checkUnchanged(listener::onFinding)) {
      input.release();
      return false;
    }
    input.release();
    files++;
    Skipping rest = new Skipping(listener, delivered);
    boolean readToEnd = exact.read(file, rest);
    if (rest.skip > 0) {
      // The file held fewer records and findings than were delivered: it changed meanwhile.
      listener.onFinding(Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(file.display()),
              "file changed while it was read: read again, it held less than before")
          .withHint("its findings may not match what it holds now; read it again once nothing "
              + "writes it"));
      return false;
    }
    return readToEnd;
  }

  /** Passes events on to a listener, less the first {@code skip} (onFile included). */
  private static final class Skipping implements RecordListener {
    private final RecordListener delegate;
    private long skip;

    Skipping(RecordListener delegate, long skip) {
      this.delegate = delegate;
      this.skip = skip;
    }

    private boolean pass() {
      if (skip > 0) {
        skip--;
        return false;
      }
      return true;
    }

    @Override
    public void onFile(InputFile file) {
      if (pass()) {
        delegate.onFile(file);
      }
    }

    @Override
    public void onRecord(ReadRecord record) {
      if (pass()) {
        delegate.onRecord(record);
      }
    }

    @Override
    public void onManifest(Manifest manifest, Location location) {
      if (pass()) {
        delegate.onManifest(manifest, location);
      }
    }

    @Override
    public void onFinding(Finding finding) {
      if (pass()) {
        delegate.onFinding(finding);
      }
    }
  }
}
