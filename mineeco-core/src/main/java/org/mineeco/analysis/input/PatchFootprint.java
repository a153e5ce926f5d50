package org.mineeco.analysis.input;

import java.util.Arrays;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.crs.Reprojection;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.io.SpatialFilter;
import org.mineeco.spec.LayerRef;

/**
 * Where the patches of a layer lie: the cells of a lon/lat grid ({@value #CELL_DEGREES}°) that
 * their envelopes meet (CGCS2000; WGS84 and other geographic systems taken as such, a difference of
 * metres), so that a zone feature can be told near some patch, or beyond a distance of every one,
 * from its envelope alone. Envelopes in a projected system are taken to lon/lat by their corners
 * and widened by a cell. Immutable and thread-safe once built.
 */
final class PatchFootprint {
  static final double CELL_DEGREES = 0.005;

  private final double west;
  private final double south;
  private final int columns;
  private final int rows;
  private final long[] cells;

  private PatchFootprint(Envelope extent) {
    this.west = extent.getMinX() - CELL_DEGREES;
    this.south = extent.getMinY() - CELL_DEGREES;
    this.columns = (int) Math.ceil((extent.getMaxX() + CELL_DEGREES - west) / CELL_DEGREES) + 1;
    this.rows = (int) Math.ceil((extent.getMaxY() + CELL_DEGREES - south) / CELL_DEGREES) + 1;
    this.cells = new long[(int) (((long) columns * rows + 63) / 64)];
  }

  /**
   * The footprint of the patch layer: from its spatial index when it has one (a GeoPackage's
   * R-tree), else from its geometries, read once.
   */
  static PatchFootprint of(LayerRef patches, Crs assumed) {
    Envelopes list = new Envelopes();
    Crs crs;
    if (patches.isFile()) {
      crs = Layers.envelopes(patches.path(), new ReadOptions(assumed, patches.layer(), null), list);
    } else {
      try (FeatureReader reader = patches.open(assumed)) {
        reader.forEachRemaining(
            f -> {
              Geometry g = f.geometry();
              if (g != null && !g.isEmpty()) {
                list.accept(g.getEnvelopeInternal());
              }
            });
        crs = reader.crs();
      }
    }
    Reprojection toLonLat = crs.isGeographic() ? null : Reprojection.between(crs, Crs.CGCS2000);
    Envelope extent = new Envelope();
    for (int i = 0; i < list.size; i++) {
      extent.expandToInclude(list.lonLat(i, toLonLat));
    }
    if (extent.isNull()) {
      extent = new Envelope(0, 0, 0, 0);
    }
    PatchFootprint footprint = new PatchFootprint(extent);
    for (int i = 0; i < list.size; i++) {
      footprint.mark(list.lonLat(i, toLonLat));
    }
    return footprint;
  }

  /**
   * Accepts the features whose envelope comes within {@code metres} on the ground of a cell some
   * patch meets (a degree of latitude taken as 110 km, of longitude as 111 km times the cosine of
   * the highest latitude reached, plus 1 %).
   */
  SpatialFilter within(double metres) {
    return (envelope, crs) -> {
      Envelope e =
          crs.isGeographic() ? envelope : lonLat(envelope, Reprojection.between(crs, Crs.CGCS2000));
      double dLat = metres * 1.01 / 110_000;
      double maxLat = Math.min(89, Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())) + dLat);
      double dLon = metres * 1.01 / (111_000 * Math.cos(Math.toRadians(maxLat)));
      return meets(e.getMinX() - dLon, e.getMaxX() + dLon, e.getMinY() - dLat, e.getMaxY() + dLat);
    };
  }

  private void mark(Envelope e) {
    int c0 = column(e.getMinX());
    int c1 = column(e.getMaxX());
    for (int r = row(e.getMinY()), r1 = row(e.getMaxY()); r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        long bit = (long) r * columns + c;
        cells[(int) (bit >>> 6)] |= 1L << (bit & 63);
      }
    }
  }

  private boolean meets(double minX, double maxX, double minY, double maxY) {
    if (maxX < west
        || maxY < south
        || minX > west + columns * CELL_DEGREES
        || minY > south + rows * CELL_DEGREES) {
      return false;
    }
    int c0 = column(minX);
    int c1 = column(maxX);
    for (int r = row(minY), r1 = row(maxY); r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        long bit = (long) r * columns + c;
        if ((cells[(int) (bit >>> 6)] & (1L << (bit & 63))) != 0) {
          return true;
        }
      }
    }
    return false;
  }

  private int column(double x) {
    return (int) Math.max(0, Math.min(columns - 1, Math.floor((x - west) / CELL_DEGREES)));
  }

  private int row(double y) {
    return (int) Math.max(0, Math.min(rows - 1, Math.floor((y - south) / CELL_DEGREES)));
  }

  /** An envelope of a projected system in lon/lat: its corners' box, widened by a cell. */
  private static Envelope lonLat(Envelope e, Reprojection toLonLat) {
    Envelope out = new Envelope();
    for (double x : new double[] {e.getMinX(), e.getMaxX()}) {
      for (double y : new double[] {e.getMinY(), e.getMaxY()}) {
        out.expandToInclude(toLonLat.apply(new Coordinate(x, y)));
      }
    }
    out.expandBy(CELL_DEGREES);
    return out;
  }

  /** Envelopes kept as four doubles each. */
  private static final class Envelopes implements Consumer<Envelope> {
    private double[] values = new double[4096];
    private int size;

    @Override
    public void accept(Envelope e) {
      if (4 * size + 4 > values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[4 * size] = e.getMinX();
      values[4 * size + 1] = e.getMaxX();
      values[4 * size + 2] = e.getMinY();
      values[4 * size + 3] = e.getMaxY();
      size++;
    }

    Envelope lonLat(int i, Reprojection toLonLat) {
      Envelope e =
          new Envelope(values[4 * i], values[4 * i + 1], values[4 * i + 2], values[4 * i + 3]);
      return toLonLat == null ? e : PatchFootprint.lonLat(e, toLonLat);
    }
  }
}
