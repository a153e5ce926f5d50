package org.mineeco.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mineeco.ingest.PatchOutcome;
import org.mineeco.units.Area;
import org.mineeco.units.Length;

/**
 * The analysed figures of one input feature: its ellipsoidal area (CGCS2000/GRS80), its area in
 * each zone and band and its ground distance to each corridor (looked up by zone and band, or by a
 * {@link ResultColumn} of the analysis), its main region and its restoration rank. Rejected and
 * filtered features keep only index, id and reason. Compact (no geometry), so that a million rows
 * fit in memory. Not thread-safe while its rank is being set.
 */
public final class PatchRow {
  private final long index;
  private final String id;
  private final PatchOutcome.Status status;
  private final String reason;
  private final double areaSquareMetres;
  private final ResultColumns columns;
  private final double[] values;
  private final String regionId;
  private final String regionName;
  private int rank;

  PatchRow(
      PatchOutcome outcome,
      double areaSquareMetres,
      ResultColumns columns,
      double[] values,
      String regionId,
      String regionName) {
    this.index = outcome.index();
    this.id = outcome.id();
    this.status = Objects.requireNonNull(outcome.status());
    this.reason = outcome.reason();
    this.areaSquareMetres = areaSquareMetres;
    this.columns = columns;
    this.values = values;
    this.regionId = regionId;
    this.regionName = regionName;
  }

  static PatchRow rejected(PatchOutcome outcome, ResultColumns columns) {
    return new PatchRow(outcome, Double.NaN, columns, new double[0], null, null);
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

  /**
   * The area inside the zone or band of {@code column}; zero for a rejected feature.
   *
   * @throws IllegalArgumentException when {@code column} is not an area column of this analysis
   */
  public Area area(ResultColumn column) {
    check(column, ResultColumn.Kind.AREA);
    return isRejected() ? Area.ZERO : Area.squareMetres(values[column.index()]);
  }

  /** The area inside the zone named {@code zone}, all bands together. */
  public Area area(String zone) {
    Area sum = Area.ZERO;
    for (ResultColumn column : columns.zone(zone).areas()) {
      sum = sum.plus(area(column));
    }
    return sum;
  }

  /**
   * The area inside band {@code band} (0 nearest the lines) of the corridor {@code zone}, or inside
   * the zone when it has no bands and {@code band} is 0.
   */
  public Area area(String zone, int band) {
    List<ResultColumn> areas = columns.zone(zone).areas();
    if (band < 0 || band >= areas.size()) {
      throw new IllegalArgumentException(
          "zone " + zone + " has bands 0 to " + (areas.size() - 1) + ", was " + band);
    }
    return area(areas.get(band));
  }

  /**
   * The ground distance of {@code column}; empty for a rejected feature or a corridor without
   * lines.
   *
   * @throws IllegalArgumentException when {@code column} is not a distance column of this analysis
   */
  public Optional<Length> distance(ResultColumn column) {
    check(column, ResultColumn.Kind.DISTANCE);
    double metres = isRejected() ? Double.NaN : values[column.index()];
    return Double.isNaN(metres) ? Optional.empty() : Optional.of(Length.metres(metres));
  }

  /**
   * The ground distance to the lines of the corridor {@code zone}.
   *
   * @throws IllegalArgumentException when {@code zone} is not a corridor of this analysis
   */
  public Optional<Length> distance(String zone) {
    ZoneColumns z = columns.zone(zone);
    return distance(
        z.distance()
            .orElseThrow(
                () -> new IllegalArgumentException("zone " + zone + " is not a corridor")));
  }

  private void check(ResultColumn column, ResultColumn.Kind kind) {
    if (column.kind() != kind || !columns.contains(column)) {
      throw new IllegalArgumentException(
          "expected a " + kind + " column of this analysis, was " + column);
    }
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
