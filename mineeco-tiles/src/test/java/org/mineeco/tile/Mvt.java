package org.mineeco.tile;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.io.Feature;

/** Test helpers: decode tiles with the MVT library's reader, make lon/lat features. */
public final class Mvt {
  private static final GeometryFactory LON_LAT = new GeometryFactory();

  private Mvt() {}

  /** Layer name to decoded geometries (tile units, y down); user data = tags map with "mvt_id". */
  public static Map<String, List<Geometry>> decode(byte[] tile) {
    try {
      JtsMvt mvt =
          MvtReader.loadMvt(
              new ByteArrayInputStream(tile),
              new GeometryFactory(),
              new TagKeyValueMapConverter(false, "mvt_id"));
      Map<String, List<Geometry>> out = new LinkedHashMap<>();
      for (JtsLayer layer : mvt.getLayers()) {
        out.put(layer.getName(), new ArrayList<>(layer.getGeometries()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The decoded geometry whose tag {@code key} equals {@code value}, or null. */
  public static Geometry find(byte[] tile, String layer, String key, Object value) {
    for (Geometry g : decode(tile).getOrDefault(layer, List.of())) {
      if (Objects.equals(tags(g).get(key), value)) {
        return g;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> tags(Geometry g) {
    return (Map<String, Object>) g.getUserData();
  }

  /** A square patch of half-side {@code half} degrees centred on lon/lat. */
  public static Feature square(
      long index, double lon, double lat, double half, Map<String, Object> props) {
    Coordinate[] ring = {
      new Coordinate(lon - half, lat - half),
      new Coordinate(lon + half, lat - half),
      new Coordinate(lon + half, lat + half),
      new Coordinate(lon - half, lat + half),
      new Coordinate(lon - half, lat - half)
    };
    return new Feature(index, LON_LAT.createPolygon(ring), props);
  }

  /** Column of lon at zoom z, with its fraction (the OSM slippy-map formula). */
  public static double tileX(double lon, int z) {
    return (lon + 180) / 360 * (1 << z);
  }

  /** Row of lat at zoom z, with its fraction (the OSM slippy-map formula). */
  public static double tileY(double lat, int z) {
    double r = Math.toRadians(lat);
    return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z);
  }
}
