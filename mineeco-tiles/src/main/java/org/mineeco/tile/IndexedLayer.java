package org.mineeco.tile;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.RingClipper;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.mineeco.io.Feature;

/**
 * One layer's features in Web Mercator metres with an R-tree on their envelopes, cut into tile
 * geometries on demand. Immutable after construction and thread-safe (the R-tree is built eagerly).
 */
final class IndexedLayer {
  /** Geometries with more vertices than this keep their per-zoom simplification in the cache. */
  private static final int CACHED_VERTICES = 256;

  private static final GeometryFactory TILE_FACTORY = new GeometryFactory(new PrecisionModel(1.0));

  /** The tile and its buffer, in tile units. */
  private static final Envelope CLIP_BOX =
      new Envelope(
          -TileOptions.BUFFER,
          TileOptions.EXTENT + TileOptions.BUFFER,
          -TileOptions.BUFFER,
          TileOptions.EXTENT + TileOptions.BUFFER);

  private static final Geometry CLIP = TILE_FACTORY.toGeometry(CLIP_BOX);

  private final int position;
  private final LayerInfo info;
  private final Geometry[] geometries;
  private final List<Map<String, Object>> tags;
  private final HPRtree index = new HPRtree();
  private final Envelope lonLatEnvelope = new Envelope();
  private final TileOptions options;
  private final Cache<SimplifiedKey, Geometry> simplified;

  record SimplifiedKey(int layer, int feature, int zoom) {}

  IndexedLayer(
      int position,
      TileLayer layer,
      TileOptions options,
      Cache<SimplifiedKey, Geometry> simplified) {
    this.position = position;
    this.options = options;
    this.simplified = simplified;
    int n = layer.features().size();
    geometries = new Geometry[n];
    List<Map<String, Object>> tagList = new ArrayList<>(n);
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Feature f = layer.features().get(i);
      lonLatEnvelope.expandToInclude(f.geometry().getEnvelopeInternal());
      geometries[i] = WebMercator.project(f.geometry());
      index.insert(geometries[i].getEnvelopeInternal(), i);
      Map<String, Object> t = tagsOf(f, layer.attributes());
      t.forEach((k, v) -> fields.putIfAbsent(k, fieldType(v)));
      tagList.add(Collections.unmodifiableMap(t));
    }
    index.build();
    tags = List.copyOf(tagList);
    info = new LayerInfo(layer.name(), layer.minZoom(), layer.maxZoom(), fields);
  }

  LayerInfo info() {
    return info;
  }

  Envelope lonLatEnvelope() {
    return lonLatEnvelope;
  }

  /**
   * The features touching the buffered tile, in tile units (y down), simplified, clipped to the
   * buffer and rounded to whole units; user data is a {@link TileFeature}. Level 0 is the normal
   * encoding; each higher level simplifies 4 times harder (up to level 3) and from level 4 on keeps
   * only every 2^(level-3)-th feature.
   */
  List<Geometry> tileGeometries(TileId id, int level) {
    Envelope tile = WebMercator.envelope(id);
    double unit = WebMercator.tileSize(id.z()) / TileOptions.EXTENT;
    Envelope query = new Envelope(tile);
    query.expandBy(TileOptions.BUFFER * unit);
    List<Integer> hits = new ArrayList<>();
    index.query(query, item -> hits.add((Integer) item));
    Collections.sort(hits);
    int stride = level < 4 ? 1 : 1 << Math.min(level - 3, 30);
    AffineTransformation toTile = new AffineTransformation();
    toTile.translate(-tile.getMinX(), -tile.getMaxY());
    toTile.scale(1 / unit, -1 / unit);
    List<Geometry> out = new ArrayList<>();
    for (int k = 0; k < hits.size(); k += stride) {
      int i = hits.get(k);
      Geometry display = displayGeometry(i, id.z(), unit, level);
      Geometry inTile = toTile.transform(display);
      Geometry clipped = clip(inTile);
      if (clipped != null && !clipped.isEmpty()) {
        clipped.setUserData(new TileFeature(i, tags.get(i)));
        out.add(clipped);
      }
    }
    return out;
  }

  private Geometry displayGeometry(int i, int z, double unit, int level) {
    Geometry g = geometries[i];
    Envelope e = g.getEnvelopeInternal();
    double min = options.minPolygonUnits() * unit;
    if (g instanceof Polygonal && e.getWidth() < min && e.getHeight() < min) {
      Envelope square = new Envelope(e.centre());
      square.expandBy(min / 2);
      return g.getFactory().toGeometry(square);
    }
    double tolerance = options.simplifyUnits() * unit * Math.pow(4, Math.min(level, 3));
    if (tolerance == 0 || !(g instanceof Polygonal || g instanceof Lineal)) {
      return g;
    }
    if (level == 0 && g.getNumPoints() > CACHED_VERTICES) {
      return simplified.get(new SimplifiedKey(position, i, z), key -> simplify(g, tolerance));
    }
    return simplify(g, tolerance);
  }

  /**
   * Large polygons keep their topology (and their result is cached); small ones, the many patches,
   * are simplified by Douglas-Peucker without the validity repair, as ST_AsMVTGeom does, and keep
   * their shape when that leaves less than a polygon.
   */
  private static Geometry simplify(Geometry g, double tolerance) {
    if (!(g instanceof Polygonal)) {
      return DouglasPeuckerSimplifier.simplify(g, tolerance);
    }
    if (g.getNumPoints() > CACHED_VERTICES) {
      return TopologyPreservingSimplifier.simplify(g, tolerance);
    }
    DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(g);
    simplifier.setDistanceTolerance(tolerance);
    simplifier.setEnsureValid(false);
    Geometry simplified = simplifier.getResultGeometry();
    return simplified instanceof Polygonal && !simplified.isEmpty() ? simplified : g;
  }

  /**
   * {@code g} cut to the buffered tile and rounded to whole units. Polygons are cut ring by ring
   * (JTS {@link RingClipper}, as ST_AsMVTGeom clips by rectangle): a concave polygon may keep
   * zero-width slivers along the buffer's edge, outside the drawn tile; rings left without area are
   * dropped. Lines crossing the edge are cut by the overlay; points are kept when inside.
   */
  private static Geometry clip(Geometry g) {
    if (g instanceof Polygonal) {
      return clipPolygons(g);
    }
    if (g.getDimension() == 0) {
      return TILE_FACTORY.createGeometry(roundPoints(g.intersection(CLIP)));
    }
    if (CLIP_BOX.contains(g.getEnvelopeInternal())) {
      return TILE_FACTORY.createGeometry(roundPoints(g));
    }
    try {
      return overlay(g, CLIP);
    } catch (TopologyException e) {
      return overlay(GeometryFixer.fix(g), CLIP);
    }
  }

  private static Geometry clipPolygons(Geometry g) {
    RingClipper clipper = new RingClipper(CLIP_BOX);
    List<Polygon> parts = new ArrayList<>();
    for (int p = 0; p < g.getNumGeometries(); p++) {
      Polygon polygon = (Polygon) g.getGeometryN(p);
      LinearRing shell = clipRing(clipper, polygon.getExteriorRing());
      if (shell == null) {
        continue;
      }
      List<LinearRing> holes = new ArrayList<>();
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        LinearRing hole = clipRing(clipper, polygon.getInteriorRingN(h));
        if (hole != null) {
          holes.add(hole);
        }
      }
      parts.add(TILE_FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
    }
    if (parts.isEmpty()) {
      return null;
    }
    return parts.size() == 1
        ? parts.get(0)
        : TILE_FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
  }

  /** The ring cut to the buffered tile, rounded, without repeated points; null without area. */
  private static LinearRing clipRing(RingClipper clipper, LinearRing ring) {
    Coordinate[] cut = clipper.clip(ring.getCoordinates());
    List<Coordinate> out = new ArrayList<>(cut.length + 1);
    for (Coordinate c : cut) {
      Coordinate r = new Coordinate(Math.round(c.x), Math.round(c.y));
      if (out.isEmpty() || !out.get(out.size() - 1).equals2D(r)) {
        out.add(r);
      }
    }
    if (out.size() > 1 && !out.get(0).equals2D(out.get(out.size() - 1))) {
      out.add(out.get(0).copy());
    }
    Coordinate[] points = out.toArray(Coordinate[]::new);
    if (points.length < 4 || Area.ofRing(points) == 0) {
      return null;
    }
    return TILE_FACTORY.createLinearRing(points);
  }

  private static Geometry overlay(Geometry g, Geometry clip) {
    OverlayNG overlay =
        new OverlayNG(g, clip, TILE_FACTORY.getPrecisionModel(), OverlayNG.INTERSECTION);
    overlay.setStrictMode(true);
    return overlay.getResult();
  }

  private static Geometry roundPoints(Geometry points) {
    Geometry copy = points.copy();
    copy.apply(
        (CoordinateFilter)
            c -> {
              c.x = Math.round(c.x);
              c.y = Math.round(c.y);
            });
    copy.geometryChanged();
    return copy;
  }

  private static Map<String, Object> tagsOf(Feature f, List<String> attributes) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (attributes.isEmpty()) {
      f.properties().forEach((k, v) -> putTag(out, k, v));
    } else {
      for (String a : attributes) {
        putTag(out, a, f.get(a));
      }
    }
    return out;
  }

  private static void putTag(Map<String, Object> out, String key, Object value) {
    Object tag = value;
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      tag = ((Number) value).longValue();
    } else if (value instanceof Number n && !(value instanceof Long)) {
      tag = Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
    } else if (value != null
        && !(value instanceof String || value instanceof Boolean || value instanceof Long)) {
      tag = value.toString();
    }
    if (tag != null) {
      out.put(key, tag);
    }
  }

  private static String fieldType(Object tag) {
    if (tag instanceof Number) {
      return "Number";
    }
    return tag instanceof Boolean ? "Boolean" : "String";
  }
}
