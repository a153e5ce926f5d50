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
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.RingClipper;
import org.locationtech.jts.operation.valid.IsValidOp;
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

  /** Geometries with at most this many vertices are cut for each tile without halving. */
  private static final int DIRECT_VERTICES = 64;

  /** How far outside the tiles' buffers a pre-cut runs, in tile units. */
  private static final double PRECLIP_UNITS = TileOptions.BUFFER + 16;

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
   * buffer and snapped to whole units as valid polygons; user data is a {@link TileFeature}. Level
   * 0 is the normal encoding; each higher level simplifies 4 times harder (up to level 3) and from
   * level 4 on keeps only every 2^(level-3)-th feature.
   */
  List<Geometry> tileGeometries(TileId id, int level) {
    double unit = WebMercator.tileSize(id.z()) / TileOptions.EXTENT;
    List<Integer> hits = hits(id.z(), id.x(), id.y(), id.x(), id.y());
    int stride = level < 4 ? 1 : 1 << Math.min(level - 3, 30);
    List<Geometry> out = new ArrayList<>();
    for (int k = 0; k < hits.size(); k += stride) {
      int i = hits.get(k);
      cutTile(displayGeometry(i, id.z(), unit, level), id, i, (x, y, g) -> out.add(g));
    }
    return out;
  }

  /** Receives the geometry of one feature in tile (x, y) of the zoom being sliced. */
  interface TileSink {
    void accept(int x, int y, Geometry geometry);
  }

  /**
   * The level-0 geometries of every tile of columns {@code x0..x1} and rows {@code y0..y1} at zoom
   * {@code z}, as {@link #tileGeometries} gives them one tile at a time, handed to {@code sink} in
   * feature order. Each feature is simplified once and cut by halving the tile range (each half's
   * piece cut by {@link #preclip}, with a margin outside every tile's buffer), so a feature over
   * many tiles costs about its vertices times the depth of the halving, not times its tiles.
   */
  void slice(int z, int x0, int y0, int x1, int y1, TileSink sink) {
    double unit = WebMercator.tileSize(z) / TileOptions.EXTENT;
    for (int i : hits(z, x0, y0, x1, y1)) {
      // The tiles whose buffers the feature itself touches, as the index answers for one tile.
      Envelope e = geometries[i].getEnvelopeInternal();
      double margin = TileOptions.BUFFER * unit;
      double size = WebMercator.tileSize(z);
      int fx0 =
          Math.max(x0, (int) Math.floor((e.getMinX() - margin + WebMercator.HALF_WORLD) / size));
      int fx1 =
          Math.min(x1, (int) Math.floor((e.getMaxX() + margin + WebMercator.HALF_WORLD) / size));
      int fy0 =
          Math.max(y0, (int) Math.floor((WebMercator.HALF_WORLD - e.getMaxY() - margin) / size));
      int fy1 =
          Math.min(y1, (int) Math.floor((WebMercator.HALF_WORLD - e.getMinY() + margin) / size));
      if (fx0 <= fx1 && fy0 <= fy1) {
        cut(displayGeometry(i, z, unit, 0), z, fx0, fy0, fx1, fy1, i, sink);
      }
    }
  }

  /** Feature indexes whose envelopes touch the buffered tiles of the range, in order. */
  private List<Integer> hits(int z, int x0, int y0, int x1, int y1) {
    List<Integer> hits = new ArrayList<>();
    index.query(
        rangeEnvelope(z, x0, y0, x1, y1, TileOptions.BUFFER), item -> hits.add((Integer) item));
    Collections.sort(hits);
    return hits;
  }

  /** The Web Mercator envelope of the tiles of the range, grown by {@code units} tile units. */
  private static Envelope rangeEnvelope(int z, int x0, int y0, int x1, int y1, double units) {
    Envelope first = WebMercator.envelope(new TileId(z, x0, y0));
    Envelope last = WebMercator.envelope(new TileId(z, x1, y1));
    Envelope range = new Envelope(first);
    range.expandToInclude(last);
    range.expandBy(units * WebMercator.tileSize(z) / TileOptions.EXTENT);
    return range;
  }

  private void cut(Geometry g, int z, int x0, int y0, int x1, int y1, int i, TileSink sink) {
    if ((x0 == x1 && y0 == y1) || g.getNumPoints() <= DIRECT_VERTICES) {
      for (int x = x0; x <= x1; x++) {
        for (int y = y0; y <= y1; y++) {
          cutTile(g, new TileId(z, x, y), i, sink);
        }
      }
      return;
    }
    boolean columns = x1 - x0 >= y1 - y0;
    int mid = columns ? (x0 + x1) >>> 1 : (y0 + y1) >>> 1;
    for (int half = 0; half < 2; half++) {
      int hx0 = columns && half == 1 ? mid + 1 : x0;
      int hx1 = columns && half == 0 ? mid : x1;
      int hy0 = !columns && half == 1 ? mid + 1 : y0;
      int hy1 = !columns && half == 0 ? mid : y1;
      Geometry piece = preclip(g, rangeEnvelope(z, hx0, hy0, hx1, hy1, PRECLIP_UNITS));
      if (piece != null) {
        cut(piece, z, hx0, hy0, hx1, hy1, i, sink);
      }
    }
  }

  /**
   * One feature's geometry in one tile: transformed, clipped, snapped; nothing when it vanishes.
   */
  private void cutTile(Geometry display, TileId id, int i, TileSink sink) {
    Envelope tile = WebMercator.envelope(id);
    double unit = WebMercator.tileSize(id.z()) / TileOptions.EXTENT;
    AffineTransformation toTile = new AffineTransformation();
    toTile.translate(-tile.getMinX(), -tile.getMaxY());
    toTile.scale(1 / unit, -1 / unit);
    Geometry clipped = clip(toTile.transform(display));
    if (clipped != null && !clipped.isEmpty()) {
      clipped.setUserData(new TileFeature(i, tags.get(i)));
      sink.accept(id.x(), id.y(), clipped);
    }
  }

  /**
   * {@code g} (Web Mercator) cut down to {@code box} before the exact clip of each tile: polygons
   * by {@link OverlayNGRobust} (the cut edges run along the box, which lies outside the tiles'
   * buffers; an input it cannot cut goes on whole); null when nothing is left. Lines and points are
   * left whole, so that a line keeps the parts it has in a tile cut alone.
   */
  private static Geometry preclip(Geometry g, Envelope box) {
    if (box.contains(g.getEnvelopeInternal())) {
      return g;
    }
    if (!box.intersects(g.getEnvelopeInternal())) {
      return null;
    }
    if (g instanceof Polygonal) {
      Geometry piece;
      try {
        piece = OverlayNGRobust.overlay(g, g.getFactory().toGeometry(box), OverlayNG.INTERSECTION);
      } catch (TopologyException e) {
        return g;
      }
      return piece.isEmpty() ? null : piece;
    }
    return g;
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
   * {@code g} (tile units) cut to the buffered tile and snapped to whole units. Polygons come out
   * valid (OGC, as MVT 2.1 §4.3.4.4 asks): each is first cut ring by ring and rounded, and kept
   * when that leaves it valid (most are: wholly inside, or convex where they cross the edge); any
   * other is intersected with the buffered tile as a polygon by {@link OverlayNG} with
   * snap-rounding to whole units (after {@link GeometryFixer} when it is invalid), which drops what
   * collapses. Lines crossing the edge are cut by the overlay; points are kept when inside.
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
    Geometry cut =
        roundPolygons(
            g, CLIP_BOX.contains(g.getEnvelopeInternal()) ? null : new RingClipper(CLIP_BOX));
    if (cut == null || IsValidOp.isValid(cut)) {
      return cut;
    }
    Geometry clipped;
    try {
      clipped = overlay(g, CLIP);
    } catch (TopologyException e) {
      clipped = null;
    }
    if (clipped == null || !IsValidOp.isValid(clipped)) {
      clipped = overlay(GeometryFixer.fix(g), CLIP);
    }
    return clipped.isEmpty() || !IsValidOp.isValid(clipped) ? null : clipped;
  }

  /**
   * The polygons cut ring by ring by {@code clipper} (none: wholly inside) and rounded, without
   * repeated points; rings without area dropped, null when no shell is left. A ring cut by a
   * rectangle is the ring's part of it exactly (the result is then checked for validity: a concave
   * ring may leave edges running along the rectangle's side, which the overlay handles).
   */
  private static Geometry roundPolygons(Geometry g, RingClipper clipper) {
    List<Polygon> parts = new ArrayList<>();
    for (int p = 0; p < g.getNumGeometries(); p++) {
      Polygon polygon = (Polygon) g.getGeometryN(p);
      LinearRing shell = roundRing(polygon.getExteriorRing(), clipper);
      if (shell == null) {
        continue;
      }
      List<LinearRing> holes = new ArrayList<>();
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        LinearRing hole = roundRing(polygon.getInteriorRingN(h), clipper);
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

  /** The ring (cut by {@code clipper} when there is one) rounded; null without area. */
  private static LinearRing roundRing(LinearRing ring, RingClipper clipper) {
    Coordinate[] in = clipper == null ? ring.getCoordinates() : clipper.clip(ring.getCoordinates());
    List<Coordinate> out = new ArrayList<>(in.length + 1);
    for (Coordinate c : in) {
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
