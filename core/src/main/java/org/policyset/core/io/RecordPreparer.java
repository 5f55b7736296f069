package org.policyset.core.io;

import org.jspecify.annotations.Nullable;
import org.policyset.core.model.PolicyRecord;

/**
 * Work on a record that the reader's worker threads can do for a {@link RecordListener}, so that
 * the thread that hands records on in file order does less: the reader calls {@link #prepare} on
 * the thread that bound the record, and {@link #handOn} with its result on the listener's thread
 * just before the record reaches the listener. A reader that binds records on one thread calls
 * both in turn, or neither.
 *
 * @since 0.1.0
 */
public interface RecordPreparer {
  /**
   * Prepares a record the reader has bound; runs on a worker thread.
   *
   * @param value the record
   * @return what to hand on with the record, or null for nothing ({@link #handOn} is then not called
   *     for this record)
   */
  @Nullable Object prepare(PolicyRecord value);

  /**
   * Receives what {@link #prepare} returned, on the listener's thread, just before the record it
   * was made of reaches the listener.
   *
   * @param prepared what {@link #prepare} returned
   */
  void handOn(Object prepared);
}
