package org.policyset.core.read.internal.fast;

import java.util.ArrayList;
import java.util.List;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.model.Manifest;

/**
 * Collects, on a worker thread, what binding a batch gives, in order, for {@link OrderedPipeline} to
 * deliver on the calling thread: {@link ReadRecord}s, {@link Prepared} records, {@link Finding}s,
 * {@link ManifestEvent}s, and at most one {@link #STOP} last.
 */
final class BatchEvents implements RecordListener {
  /** Marks, in a batch's events, the point where the fast path gave up. */
  static final Object STOP = new Object();

  /** A record and what the {@link org.policyset.core.io.RecordPreparer} made of it, as an event. */
  record Prepared(ReadRecord record, Object prepared) {}

  /** A manifest and where it stands, as an event. */
  record ManifestEvent(Manifest manifest, Location location) {}

  final List<Object> events;

  /** Creates a collector with room for about {@code capacity} events. */
  BatchEvents(int capacity) {
    this.events = new ArrayList<>(capacity);
  }

  @Override
  public void onRecord(ReadRecord record) {
    events.add(record);
  }

  @Override
  public void onManifest(Manifest manifest, Location location) {
    events.add(new ManifestEvent(manifest, location));
  }

  @Override
  public void onFinding(Finding finding) {
    events.add(finding);
  }
}
