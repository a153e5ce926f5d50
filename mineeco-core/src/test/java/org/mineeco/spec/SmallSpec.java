package org.mineeco.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.crs.Crs;
import org.mineeco.crs.Reprojection;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;

/**
 * A hand-made analysis near 117.3°E 30°N: a bent river (corridor bands 0-1000-3000 m), a red-line
 * square, a town point (residential, 500 m), two counties split at 117.3°E, and four patches in a
 * Gauss-Kruger GeoPackage (EPSG:4527): P-RED inside the red line, P-RIVER about 300 m from the
 * river, P-TOWN about 200 m from the town, and one without an id (rejected). GeographicLib on GRS80
 * gives the reference areas and distances.
 */
public final class SmallSpec {
  /** GRS80, the ellipsoid of CGCS2000. */
  public static final Geodesic GRS80 = new Geodesic(6378137, 1 / 298.257222101);

  public static final double[][] RIVER = {
    {117.20, 29.96}, {117.26, 29.99}, {117.31, 29.97}, {117.38, 30.01}
  };
  public static final double[] TOWN = {117.25, 30.06};
  public static final double HALF = 0.0005;

  /** Patch id to the lon/lat centre of its square of half-side {@link #HALF} degrees. */
  public static final Map<String, double[]> PATCHES =
      Map.of(
          "P-RED", new double[] {117.345, 30.065},
          "P-RIVER", new double[] {117.26, 29.993},
          "P-TOWN", new double[] {117.252, 30.061});

  private static final GeometryFactory GF = new GeometryFactory();

  private SmallSpec() {}

  /** Writes the layers and {@code spec.yaml} into {@code dir}; returns the spec file. */
  public static Path write(Path dir) throws IOException {
    Coordinate[] river = new Coordinate[RIVER.length];
    for (int i = 0; i < RIVER.length; i++) {
      river[i] = new Coordinate(RIVER[i][0], RIVER[i][1]);
    }
    lonLat(dir.resolve("rivers.geojson"), GF.createLineString(river), Map.of("NAME", "Qing He"));
    lonLat(dir.resolve("redline.geojson"), box(117.33, 30.05, 117.36, 30.08), Map.of());
    lonLat(
        dir.resolve("towns.geojson"),
        GF.createPoint(new Coordinate(TOWN[0], TOWN[1])),
        Map.of("NAME", "Town"));
    writeCounties(dir.resolve("counties.geojson"));
    writePatches(dir.resolve("patches.gpkg"));
    return Files.writeString(
        dir.resolve("spec.yaml"),
        """
        crs: EPSG:4490
        patches: {path: patches.gpkg, id: TBBH}
        zones:
          - {name: rivers, label: 河流水系, label_en: river network, type: corridor, path: rivers.geojson, bands_m: [0, 1000, 3000]}
          - {name: red_line, type: polygons, path: redline.geojson}
          - {name: residential, type: buffer, path: towns.geojson, distance_m: 500}
        regions: {path: counties.geojson, id: XZQDM, name: NAME}
        """);
  }

  /** The lon/lat square of patch {@code id}. */
  public static Geometry square(String id) {
    return squareAt(PATCHES.get(id));
  }

  /** The lon/lat square of half-side {@link #HALF} degrees around {@code centre} {lon, lat}. */
  public static Geometry squareAt(double[] centre) {
    return box(centre[0] - HALF, centre[1] - HALF, centre[0] + HALF, centre[1] + HALF);
  }

  /** The ellipsoidal area (GRS80) of patch {@code id}'s square, in m². */
  public static double areaSquareMetres(String id) {
    PolygonArea p = new PolygonArea(GRS80, false);
    Coordinate[] ring = square(id).getCoordinates();
    for (int i = 0; i < ring.length - 1; i++) {
      p.AddPoint(ring[i].y, ring[i].x);
    }
    return Math.abs(p.Compute(false, true).area);
  }

  /** The geodesic distance (GRS80, m) from a lon/lat point to the river's geodesic segments. */
  public static double distanceToRiver(double lon, double lat) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i + 1 < RIVER.length; i++) {
      GeodesicLine line =
          GRS80.InverseLine(
              RIVER[i][1],
              RIVER[i][0],
              RIVER[i + 1][1],
              RIVER[i + 1][0],
              GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
      double lo = 0;
      double hi = line.Distance();
      for (int k = 0; k < 100; k++) {
        double a = lo + (hi - lo) / 3;
        double b = hi - (hi - lo) / 3;
        if (distanceAlong(line, a, lon, lat) < distanceAlong(line, b, lon, lat)) {
          hi = b;
        } else {
          lo = a;
        }
      }
      best = Math.min(best, distanceAlong(line, (lo + hi) / 2, lon, lat));
    }
    return best;
  }

  private static double distanceAlong(GeodesicLine line, double s, double lon, double lat) {
    var p = line.Position(s);
    return GRS80.Inverse(p.lat2, p.lon2, lat, lon).s12;
  }

  private static Geometry box(double w, double s, double e, double n) {
    return GF.createPolygon(
        new Coordinate[] {
          new Coordinate(w, s),
          new Coordinate(e, s),
          new Coordinate(e, n),
          new Coordinate(w, n),
          new Coordinate(w, s)
        });
  }

  private static void lonLat(Path file, Geometry geometry, Map<String, Object> tags) {
    List<Field> fields = tags.keySet().stream().map(k -> new Field(k, FieldType.STRING)).toList();
    try (FeatureWriter w = Layers.create(file, new WriteOptions(Crs.CGCS2000, "layer", fields))) {
      w.write(new Feature(0, geometry, tags));
      w.commit();
    }
  }

  private static void writeCounties(Path file) {
    List<Field> fields =
        List.of(new Field("XZQDM", FieldType.STRING), new Field("NAME", FieldType.STRING));
    try (FeatureWriter w =
        Layers.create(file, new WriteOptions(Crs.CGCS2000, "counties", fields))) {
      w.write(
          new Feature(
              0, box(117.1, 29.8, 117.3, 30.2), Map.of("XZQDM", "340101", "NAME", "West County")));
      w.write(
          new Feature(
              1, box(117.3, 29.8, 117.5, 30.2), Map.of("XZQDM", "340102", "NAME", "East County")));
      w.commit();
    }
  }

  private static void writePatches(Path file) {
    Crs gaussKruger = Crs.epsg(4527);
    Reprojection toPlane = Reprojection.between(Crs.CGCS2000, gaussKruger);
    List<Field> fields =
        List.of("TBBH", "TBDL", "TBXL", "TBSX", "KZ", "NXFFS", "HFZLQK").stream()
            .map(k -> new Field(k, FieldType.STRING))
            .toList();
    try (FeatureWriter w = Layers.create(file, new WriteOptions(gaussKruger, "patches", fields))) {
      long index = 0;
      for (String id : List.of("P-RED", "P-RIVER", "P-TOWN")) {
        w.write(
            new Feature(
                index++, toPlane.apply(square(id)), survey(id, id.equals("P-RIVER") ? "B" : "A")));
      }
      Map<String, Object> noId = survey(null, "A");
      w.write(new Feature(index, toPlane.apply(box(117.40, 30.1, 117.401, 30.101)), noId));
      w.commit();
    }
  }

  private static Map<String, Object> survey(String id, String state) {
    Map<String, Object> values = new HashMap<>();
    values.put("TBBH", id);
    values.put("TBDL", "10");
    values.put("TBXL", "11");
    values.put("TBSX", "3");
    values.put("KZ", "铅锌矿");
    values.put("NXFFS", "3");
    values.put("HFZLQK", state);
    return values;
  }
}
