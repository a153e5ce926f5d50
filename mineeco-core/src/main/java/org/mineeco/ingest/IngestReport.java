package org.mineeco.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.mineeco.crs.Crs;

/**
 * The account of an ingest: every feature read was accepted, repaired or rejected. Areas are
 * ellipsoidal on GRS80, in m².
 *
 * @param file the file read, or {@code null} when the reader has none
 * @param crs the CRS of the layer
 * @param read features read
 * @param accepted features accepted as read
 * @param repaired features whose geometry was repaired, one {@link Repair} each
 * @param rejected features rejected, one {@link Reject} each
 * @param repairs every repair, in input order
 * @param rejects every reject, in input order
 * @param declaredArea how declared areas compare with computed ones
 */
public record IngestReport(
    Path file,
    Crs crs,
    long read,
    long accepted,
    long repaired,
    long rejected,
    List<Repair> repairs,
    List<Reject> rejects,
    DeclaredAreaCheck declaredArea) {
  public IngestReport {
    Objects.requireNonNull(crs, "crs");
    Objects.requireNonNull(declaredArea, "declared area check");
    repairs = List.copyOf(repairs);
    rejects = List.copyOf(rejects);
    if (accepted < 0 || repaired < 0 || rejected < 0 || read != accepted + repaired + rejected) {
      throw new IllegalArgumentException(
          "expected read = accepted + repaired + rejected, was " + summary());
    }
    if (repairs.size() != repaired || rejects.size() != rejected) {
      throw new IllegalArgumentException(
          "expected one entry per repair and reject, was "
              + repairs.size()
              + " repairs and "
              + rejects.size()
              + " rejects for "
              + summary());
    }
  }

  /** The counts, e.g. {@code read 5000, accepted 4950, repaired 45, rejected 5}. */
  public String summary() {
    return "read %d, accepted %d, repaired %d, rejected %d"
        .formatted(read, accepted, repaired, rejected);
  }
}
