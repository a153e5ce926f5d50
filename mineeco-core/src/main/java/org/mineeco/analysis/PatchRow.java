package org.mineeco.analysis;

import java.util.Objects;
import org.mineeco.ingest.PatchOutcome;
import org.mineeco.units.Area;

/**
 * The analysed figures of one input feature: its ellipsoidal area (CGCS2000/GRS80, m²), its value
 * in each output column (areas in m², distances in metres; NaN where there is none), its main
 * region and its restoration rank. Rejected and filtered features keep only index, id and reason.
 * Compact (no geometry), so that a million rows fit in memory. Not thread-safe while its rank is
 * being set.
 */
public final class PatchRow {
  private final long index;
  private final String id;
  private final PatchOutcome.Status status;
  private final String reason;
  private final double areaSquareMetres;
  private final double[] values;
  private final String regionId;
  private final String regionName;
  private int rank;

  PatchRow(
      PatchOutcome outcome,
      double areaSquareMetres,
      double[] values,
      String regionId,
      String regionName) {
    this.index = outcome.index();
    this.id = outcome.id();
    this.status = Objects.requireNonNull(outcome.status());
    this.reason = outcome.reason();
    this.areaSquareMetres = areaSquareMetres;
    this.values = values;
    this.regionId = regionId;
    this.regionName = regionName;
  }

  static PatchRow rejected(PatchOutcome outcome) {
    return new PatchRow(outcome, Double.NaN, new double[0], null, null);
  }

  /** 0-based position of the feature in the patch layer. */
  public long index() {
    return index;
  }

  /** The patch id, or {@code null} when the feature had none. */
  public String id() {
    return id;
  }

  /** Accepted, repaired, rejected or filtered out by the selection. */
  public PatchOutcome.Status status() {
    return status;
  }

  /** Why the feature was repaired, rejected or filtered out, or {@code null}. */
  public String reason() {
    return reason;
  }

  /** True when the feature was rejected or filtered out by the selection, so has no figures. */
  public boolean isRejected() {
    return !status.analysed();
  }

  /** The ellipsoidal area. */
  public Area area() {
    return isRejected() ? Area.ZERO : Area.squareMetres(areaSquareMetres);
  }

  /** The value of output column {@code column} (see {@link Analysis#columns()}), or NaN. */
  public double value(int column) {
    return column < values.length ? values[column] : Double.NaN;
  }

  /** The id of the region holding most of the patch, or {@code null}. */
  public String regionId() {
    return regionId;
  }

  /** The name of the region holding most of the patch, or {@code null}. */
  public String regionName() {
    return regionName;
  }

  /** The restoration rank, 1 first; 0 for a rejected feature. */
  public int rank() {
    return rank;
  }

  void rank(int rank) {
    this.rank = rank;
  }
}
