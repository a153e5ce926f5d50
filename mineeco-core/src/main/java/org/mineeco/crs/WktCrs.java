package org.mineeco.crs;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and writes the CRS well-known text of {@code .prj} files and GeoPackage {@code
 * gpkg_spatial_ref_sys} rows: WKT1 (OGC and ESRI flavours) and WKT2. A top-level EPSG authority is
 * taken as it is; otherwise the datum, its ellipsoid and the projection parameters identify
 * EPSG:4490, 4326, 3857 or a CGCS2000 Gauss-Kruger zone 4491-4554. Names serve only to tell the
 * identical 3° and 6° systems apart. Stateless and thread-safe.
 */
final class WktCrs {
  static final String RECOGNISED =
      "recognised are EPSG:4490 (CGCS2000), EPSG:4326 (WGS 84), EPSG:3857 (Web Mercator),"
          + " the CGCS2000 Gauss-Kruger zones EPSG:4491-4554, and any WKT with a top-level"
          + " EPSG authority code";
  private static final double DEGREE = Math.PI / 180;
  private static final double CGCS2000_INVERSE_FLATTENING = 298.257222101;
  private static final double WGS84_INVERSE_FLATTENING = 298.257223563;
  private static final double SEMI_MAJOR_AXIS = 6378137;
  private static final Set<String> GEOGRAPHIC =
      Set.of("GEOGCS", "GEOGCRS", "GEOGRAPHICCRS", "GEODCRS", "GEODETICCRS");
  private static final Set<String> PROJECTED = Set.of("PROJCS", "PROJCRS", "PROJECTEDCRS");
  private static final Set<String> TRANSVERSE_MERCATOR =
      Set.of("transversemercator", "gausskruger", "gausskrueger");
  private static final Set<String> PSEUDO_MERCATOR =
      Set.of("mercatorauxiliarysphere", "popularvisualisationpseudomercator", "pseudomercator");
  private static final Map<String, String> PARAMETERS =
      Map.of(
          "centralmeridian", "lon0",
          "longitudeofnaturalorigin", "lon0",
          "latitudeoforigin", "lat0",
          "latitudeofnaturalorigin", "lat0",
          "scalefactor", "k",
          "scalefactoratnaturalorigin", "k",
          "falseeasting", "x0",
          "falsenorthing", "y0");
  private static final String CGCS2000_GEOGCS =
      "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\","
          + "SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],"
          + "AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
          + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
          + "AUTHORITY[\"EPSG\",\"4490\"]]";
  private static final String WGS84_GEOGCS =
      "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
          + "SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
          + "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
          + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
          + "AUTHORITY[\"EPSG\",\"4326\"]]";
  private static final String METRE = "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]]";

  private WktCrs() {}

  static Crs read(String wkt) {
    try {
      WktNode root = WktNode.parse(wkt);
      Optional<Integer> code = root.epsgCode();
      return Crs.epsg(code.isPresent() ? code.get() : identify(root));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unrecognised CRS WKT '"
              + WktNode.excerpt(wkt)
              + "': "
              + e.getMessage()
              + "; "
              + RECOGNISED,
          e);
    }
  }

  static String write(Crs crs) {
    int code = crs.epsgCode();
    if (code == 4490) {
      return CGCS2000_GEOGCS;
    }
    if (code == 4326) {
      return WGS84_GEOGCS;
    }
    if (code == 3857) {
      return "PROJCS[\"WGS 84 / Pseudo-Mercator\","
          + WGS84_GEOGCS
          + ",PROJECTION[\"Mercator_1SP\"],PARAMETER[\"central_meridian\",0],"
          + "PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",0],"
          + "PARAMETER[\"false_northing\",0],"
          + METRE
          + ",EXTENSION[\"PROJ4\",\"+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0"
          + " +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs\"],"
          + "AUTHORITY[\"EPSG\",\"3857\"]]";
    }
    GaussKrugerZone zone =
        GaussKrugerZone.of(code)
            .orElseThrow(
                () ->
                    new UnsupportedOperationException(
                        "no WKT for " + crs + ": written for EPSG:4490, 4326, 3857, 4491-4554"));
    return "PROJCS[\""
        + zone.epsgName()
        + "\","
        + CGCS2000_GEOGCS
        + ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
        + "PARAMETER[\"central_meridian\","
        + zone.centralMeridian()
        + "],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\","
        + (long) zone.falseEasting()
        + "],PARAMETER[\"false_northing\",0],"
        + METRE
        + ",AUTHORITY[\"EPSG\",\""
        + code
        + "\"]]";
  }

  private static int identify(WktNode root) {
    if (GEOGRAPHIC.contains(root.keyword())) {
      return datumCode(root);
    }
    if (!PROJECTED.contains(root.keyword())) {
      throw new IllegalArgumentException(root.keyword() + " is neither geographic nor projected");
    }
    WktNode base =
        root.child("GEOGCS", "BASEGEOGCRS", "BASEGEODCRS")
            .orElseThrow(() -> new IllegalArgumentException("no base geographic system"));
    int datum = datumCode(base);
    String method =
        WktNode.normalise(root.find("PROJECTION", "METHOD").map(WktNode::name).orElse(""));
    Map<String, Double> p = parameters(root);
    if (TRANSVERSE_MERCATOR.contains(method) && datum == 4490) {
      return gaussKruger(root, p);
    }
    if (isPseudoMercator(root, method)
        && datum == 4326
        && p.getOrDefault("lon0", 0.0) == 0
        && p.getOrDefault("x0", 0.0) == 0
        && p.getOrDefault("y0", 0.0) == 0) {
      return 3857;
    }
    throw new IllegalArgumentException(
        "projection '" + method + "' on EPSG:" + datum + " with parameters " + p);
  }

  /** A pseudo-Mercator method, or GDAL's WKT1 of it: Mercator with a spherical PROJ4 extension. */
  private static boolean isPseudoMercator(WktNode root, String method) {
    String proj4 =
        root.child("EXTENSION")
            .filter(n -> n.name().equals("PROJ4"))
            .map(n -> n.args().get(1))
            .orElse("")
            .toString();
    return PSEUDO_MERCATOR.contains(method)
        || method.startsWith("mercator") && proj4.contains("+a=6378137 +b=6378137");
  }

  private static int gaussKruger(WktNode root, Map<String, Double> p) {
    if (p.getOrDefault("lat0", 0.0) != 0
        || p.getOrDefault("k", 1.0) != 1
        || p.getOrDefault("y0", 0.0) != 0
        || !p.containsKey("lon0")
        || !p.containsKey("x0")) {
      throw new IllegalArgumentException(
          "transverse Mercator parameters " + p + " are not a CGCS2000 Gauss-Kruger zone's");
    }
    String names =
        WktNode.normalise(
            root.name() + " " + root.child("CONVERSION").map(WktNode::name).orElse(""));
    int widthHint = names.contains("3degree") ? 3 : names.matches(".*(6degree|gk|gauss).*") ? 6 : 0;
    return GaussKrugerZone.match(p.get("lon0"), p.get("x0"), widthHint)
        .map(GaussKrugerZone::epsgCode)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "central meridian "
                        + p.get("lon0")
                        + " and false easting "
                        + p.get("x0")
                        + " are no CGCS2000 Gauss-Kruger zone"));
  }

  /**
   * 4490 or 4326 for a CGCS2000 or WGS 84 datum on its own ellipsoid, in degrees from Greenwich.
   */
  private static int datumCode(WktNode geographic) {
    String datum =
        geographic.find("DATUM", "TRF", "GEODETICDATUM", "ENSEMBLE").map(WktNode::name).orElse("");
    WktNode ellipsoid =
        geographic
            .find("SPHEROID", "ELLIPSOID")
            .orElseThrow(() -> new IllegalArgumentException("no ellipsoid"));
    double primeMeridian =
        geographic.find("PRIMEM", "PRIMEMERIDIAN").map(n -> n.number(1)).orElse(0.0);
    double unit = geographic.child("UNIT", "ANGLEUNIT").map(n -> n.number(1)).orElse(DEGREE);
    String name = WktNode.normalise(datum);
    double a = ellipsoid.number(1);
    double inverseFlattening = ellipsoid.number(2);
    if (a == SEMI_MAJOR_AXIS && primeMeridian == 0 && Math.abs(unit / DEGREE - 1) < 1e-12) {
      if (Math.abs(inverseFlattening - CGCS2000_INVERSE_FLATTENING) < 1e-9
          && name.matches(".*(china2000|cgcs2000|chinageodeticcoordinatesystem2000).*")) {
        return 4490;
      }
      if (Math.abs(inverseFlattening - WGS84_INVERSE_FLATTENING) < 1e-9
          && name.matches(".*(wgs1984|wgs84|worldgeodeticsystem1984).*")) {
        return 4326;
      }
    }
    throw new IllegalArgumentException(
        "datum '"
            + datum
            + "' (ellipsoid a="
            + a
            + ", 1/f="
            + inverseFlattening
            + ", prime meridian "
            + primeMeridian
            + ") is not CGCS2000 or WGS 84 in degrees");
  }

  /** Projection parameters by short key, angles in degrees and lengths in metres. */
  private static Map<String, Double> parameters(WktNode root) {
    double lengthUnit = root.child("UNIT", "LENGTHUNIT").map(n -> n.number(1)).orElse(1.0);
    Map<String, Double> values = new TreeMap<>();
    for (WktNode parameter : root.findAll("PARAMETER")) {
      String key = PARAMETERS.get(WktNode.normalise(parameter.name()));
      if (key == null) {
        continue;
      }
      Optional<WktNode> unit = parameter.child("ANGLEUNIT", "LENGTHUNIT", "SCALEUNIT", "UNIT");
      double value = parameter.number(1);
      if (key.startsWith("x") || key.startsWith("y")) {
        value *= unit.map(n -> n.number(1)).orElse(lengthUnit);
      } else if (key.startsWith("l")) {
        value = unit.map(n -> n.number(1) / DEGREE).orElse(1.0) * value;
      } else {
        value *= unit.map(n -> n.number(1)).orElse(1.0);
      }
      values.put(key, roundOff(value));
    }
    return values;
  }

  /** Removes the last-bit noise of unit conversions (117 x π/180 x 180/π). */
  private static double roundOff(double value) {
    double whole = Math.rint(value);
    return Math.abs(value - whole) < 1e-9 * Math.max(1, Math.abs(value)) ? whole : value;
  }
}
