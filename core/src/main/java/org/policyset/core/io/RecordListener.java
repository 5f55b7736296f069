package org.policyset.core.io;

import org.policyset.core.model.Manifest;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;

/**
 * Receives what a {@link org.policyset.core.read.DatasetReader} reads, one record at a time, so
 * that large inputs never need to be held in memory.
 *
 * @since 0.1.0
 */
public interface RecordListener {

  /**
   * Called before a file is read.
   *
   * @param file the file
   */
  default void onFile(InputFile file) {}

  /**
   * Called for each record, valid or not.
   *
   * @param record the record and where it stands
   */
  void onRecord(ReadRecord record);

  /**
   * Called for each manifest.
   *
   * @param manifest the manifest
   * @param location where it stands
   */
  default void onManifest(Manifest manifest, Location location) {}

  /**
   * Called for each syntax or shape problem.
   *
   * @param finding the finding
   */
  void onFinding(Finding finding);
}
