package org.mineeco.crs;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.UnknownAuthorityCodeException;
import org.locationtech.proj4j.UnsupportedParameterException;

/**
 * A coordinate reference system: an EPSG code resolved through proj4j's EPSG database, or a local
 * transverse Mercator built for metric work. Geographic systems (EPSG:4490 CGCS2000, EPSG:4326
 * WGS84) order coordinates as x = longitude, y = latitude in degrees. Immutable and thread-safe.
 */
public final class Crs {
  private static final CRSFactory FACTORY = new CRSFactory();
  private static final Pattern EPSG_CODE =
      Pattern.compile(
          "^(?:EPSG:+|URN:OGC:DEF:CRS:EPSG:[0-9.]*:|HTTPS?://WWW\\.OPENGIS\\.NET/DEF/CRS/EPSG/[0-9.]+/)(\\d+)$");

  /** CGCS2000 geographic (EPSG:4490), the national survey's system. */
  public static final Crs CGCS2000 = epsg(4490);

  /** WGS84 geographic (EPSG:4326). */
  public static final Crs WGS84 = epsg(4326);

  private final String name;
  private final int epsgCode;
  private final CoordinateReferenceSystem proj;

  private Crs(String name, int epsgCode, CoordinateReferenceSystem proj) {
    this.name = name;
    this.epsgCode = epsgCode;
    this.proj = proj;
  }

  /**
   * The system with this EPSG code, e.g. 4490, 4326, 4491-4554 (CGCS2000 Gauss-Kruger zones), 3857.
   *
   * @throws IllegalArgumentException if proj4j's EPSG database does not know the code
   */
  public static Crs epsg(int code) {
    String name = "EPSG:" + code;
    try {
      return new Crs(name, code, FACTORY.createFromName(name));
    } catch (UnknownAuthorityCodeException | UnsupportedParameterException e) {
      throw new IllegalArgumentException("unknown CRS " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a CRS name as found in GeoJSON {@code crs} members and user options: {@code EPSG:4490},
   * {@code urn:ogc:def:crs:EPSG::4490}, {@code http://www.opengis.net/def/crs/EPSG/0/4490}, {@code
   * urn:ogc:def:crs:OGC:1.3:CRS84} or {@code CRS84}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static Crs parse(String text) {
    Objects.requireNonNull(text, "CRS name");
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (t.equals("CRS84") || t.endsWith("OGC:1.3:CRS84") || t.endsWith("/OGC/1.3/CRS84")) {
      return WGS84;
    }
    Matcher m = EPSG_CODE.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "cannot read CRS '"
              + text
              + "': expected EPSG:<code>, urn:ogc:def:crs:EPSG::<code>"
              + " or CRS84");
    }
    return epsg(Integer.parseInt(m.group(1)));
  }

  /**
   * Recognises the CRS well-known text of a {@code .prj} file or a GeoPackage SRS definition: WKT1
   * (OGC or ESRI flavour) or WKT2. A top-level {@code AUTHORITY["EPSG","n"]} or {@code
   * ID["EPSG",n]} names the system; otherwise the datum, ellipsoid and projection parameters must
   * be those of EPSG:4490 (CGCS2000), 4326 (WGS 84), 3857, or a CGCS2000 Gauss-Kruger zone
   * 4491-4554 (with or without the zone number in the false easting). Where 3° and 6° systems share
   * a central meridian and false easting, the name decides, and 3° is taken when it says neither.
   *
   * @throws IllegalArgumentException quoting the start of the text and naming the recognised
   *     systems
   */
  public static Crs fromWkt(String wkt) {
    Objects.requireNonNull(wkt, "CRS WKT");
    return WktCrs.read(wkt);
  }

  /**
   * This system as OGC WKT1 with EPSG authority codes, as GDAL writes it, for EPSG:4490, 4326, 3857
   * and 4491-4554.
   *
   * @throws UnsupportedOperationException for other systems
   */
  public String toWkt() {
    return WktCrs.write(this);
  }

  /**
   * A transverse Mercator on the GRS80 ellipsoid with scale 1 on the given central meridian and
   * false easting 500 km: a conformal, metric plane for buffers and distances near that meridian.
   */
  public static Crs transverseMercator(double centralMeridianDegrees) {
    if (!Double.isFinite(centralMeridianDegrees) || Math.abs(centralMeridianDegrees) > 180) {
      throw new IllegalArgumentException(
          "central meridian must be within [-180, 180] degrees, was " + centralMeridianDegrees);
    }
    String params =
        "+proj=tmerc +lat_0=0 +lon_0="
            + centralMeridianDegrees
            + " +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs";
    String name = "TM(" + centralMeridianDegrees + "E, GRS80)";
    return new Crs(name, 0, FACTORY.createFromParameters(name, params));
  }

  /** The EPSG code, or 0 for a system built here (a local transverse Mercator). */
  public int epsgCode() {
    return epsgCode;
  }

  /** True when coordinates are longitude and latitude in degrees. */
  public boolean isGeographic() {
    return proj.getProjection().isGeographic()
        || proj.getProjection().getClass().getSimpleName().equals("LongLatProjection");
  }

  CoordinateReferenceSystem proj4j() {
    return proj;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Crs other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name, e.g. {@code EPSG:4490}. */
  @Override
  public String toString() {
    return name;
  }
}
