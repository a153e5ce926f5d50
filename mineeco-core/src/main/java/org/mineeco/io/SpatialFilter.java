package org.mineeco.io;

import org.locationtech.jts.geom.Envelope;
import org.mineeco.crs.Crs;

/**
 * Which features of a layer read through its spatial index to read, judged from their envelopes
 * alone (as the index stores them). Must be thread-safe.
 */
@FunctionalInterface
public interface SpatialFilter {
  /** Whether a feature whose envelope is {@code envelope}, in {@code crs}, may matter. */
  boolean accepts(Envelope envelope, Crs crs);
}
