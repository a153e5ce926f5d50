package org.mineeco.cartography;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.mineeco.zone.RegionPolygon;

/**
 * Region and river names placed without overlap, in paper millimetres. Region names first, each
 * once, at the centre of the largest circle inside the region's visible part (the focus's own
 * regions dark, neighbours grey), moved up or down when that spot is taken and left out when the
 * region shows too little; then each named river once, its characters spaced along its longest
 * visible stretch, beside the line, turned with it and upright (stacked upright where the river
 * runs steeply), at the first of a few places along it where no character meets another label or
 * leaves the frame, and left out where none is free or the line bends too sharply under the name.
 */
final class NamePlacement {
  private static final GeometryFactory PAPER = new GeometryFactory();
  private static final Color REGION = new Color(0x3d3a35);
  private static final Color NEIGHBOUR = new Color(0x8c8c8c);
  private static final Color RIVER = new Color(0x1f5f99);
  private static final double[] ALONG = {0.5, 0.35, 0.65, 0.2, 0.8};
  private static final double MAX_BEND = Math.toRadians(35);

  private record Glyph(String text, double x, double y, double angle, double size, Color colour) {}

  private final Text text;
  private final double u;
  private final Rectangle2D frame;
  private final List<Rectangle2D> taken = new ArrayList<>();
  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<String> placed = new ArrayList<>();

  NamePlacement(Text text, double u, Rectangle2D frame) {
    this.text = text;
    this.u = u;
    this.frame = frame;
  }

  /** Places the name of each region that shows in the frame. */
  void regions(SheetPlan plan) {
    Geometry frameBox = box(Layout.inset(frame, 1.5 * u));
    for (RegionPolygon r : plan.data.regions().values()) {
      if (!r.geometry().getEnvelopeInternal().intersects(plan.lonLatView)) {
        continue;
      }
      Geometry paper = plan.projection.paperGeometry(r.geometry());
      Geometry visible =
          paper.getEnvelopeInternal().intersects(frameBox.getEnvelopeInternal())
              ? OverlayNGRobust.overlay(paper, frameBox, OverlayNG.INTERSECTION)
              : null;
      if (visible == null || visible.isEmpty()) {
        continue;
      }
      Geometry largest = largestPart(visible);
      MaximumInscribedCircle circle = new MaximumInscribedCircle(largest, 0.3 * u);
      Point centre = circle.getCenter();
      boolean own = plan.focus.contains(r.id());
      double size = (own ? 3.0 : 2.5) * u;
      double radius = circle.getRadiusLine().getLength();
      if (radius < size * 0.8) {
        continue;
      }
      double step = text.ascent(size) * 1.4;
      for (double dy : new double[] {0, -step, step, -2 * step, 2 * step}) {
        Rectangle2D box = text.box(r.name(), centre.getX(), centre.getY() + dy, size);
        if (fits(box) && largest.contains(box(box))) {
          take(box);
          placed.add(r.name());
          glyphs.add(
              new Glyph(
                  r.name(), centre.getX(), centre.getY() + dy, 0, size, own ? REGION : NEIGHBOUR));
          break;
        }
      }
    }
  }

  /** Places each named river once along its longest visible stretch. */
  void rivers(SheetPlan plan) {
    Map<String, List<Geometry>> byName = new LinkedHashMap<>();
    for (Geometry line : plan.data.rivers()) {
      String name = plan.data.riverName(line);
      if (name != null && line.getEnvelopeInternal().intersects(plan.lonLatView)) {
        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(line);
      }
    }
    Geometry frameBox = box(Layout.inset(frame, 1.5 * u));
    double size = 2.3 * u;
    for (Map.Entry<String, List<Geometry>> river : byName.entrySet()) {
      LineMerger merger = new LineMerger();
      for (Geometry line : river.getValue()) {
        Geometry paper = plan.projection.paperGeometry(line);
        merger.add(OverlayNGRobust.overlay(paper, frameBox, OverlayNG.INTERSECTION));
      }
      List<LineString> merged = new ArrayList<>();
      for (Object line : merger.getMergedLineStrings()) {
        // Bends under a millimetre are noise at the size of a name.
        Geometry smooth = DouglasPeuckerSimplifier.simplify((Geometry) line, 0.5 * u);
        if (smooth instanceof LineString l && !l.isEmpty()) {
          merged.add(l);
        }
      }
      merged.sort(Comparator.comparingDouble(LineString::getLength).reversed());
      for (LineString line : merged.subList(0, Math.min(3, merged.size()))) {
        if (along(river.getKey(), line, size)) {
          placed.add(river.getKey());
          break;
        }
      }
    }
  }

  private boolean along(String name, LineString line, double size) {
    int n = name.codePointCount(0, name.length());
    double spacing = size * 0.7;
    double length = n * size + (n - 1) * spacing;
    if (line.getLength() < length * 1.3) {
      return false;
    }
    LengthIndexedLine indexed = new LengthIndexedLine(line);
    for (double t : ALONG) {
      double start = t * line.getLength() - length / 2;
      if (start < 0 || start + length > line.getLength()) {
        continue;
      }
      Coordinate a = indexed.extractPoint(start);
      Coordinate b = indexed.extractPoint(start + length);
      boolean steep = Math.abs(b.y - a.y) > Math.abs(b.x - a.x);
      boolean reverse = steep ? b.y < a.y : b.x < a.x;
      List<Glyph> candidate = new ArrayList<>();
      List<Rectangle2D> boxes = new ArrayList<>();
      double previous = Double.NaN;
      boolean ok = true;
      int[] codePoints = name.codePoints().toArray();
      for (int i = 0; i < n && ok; i++) {
        double s = start + size / 2 + i * (size + spacing);
        double at = reverse ? 2 * start + length - s : s;
        Coordinate p = indexed.extractPoint(at);
        Coordinate p0 = indexed.extractPoint(Math.max(0, at - size));
        Coordinate p1 = indexed.extractPoint(Math.min(line.getLength(), at + size));
        double angle = Math.atan2(p1.y - p0.y, p1.x - p0.x);
        if (reverse) {
          angle += Math.PI;
        }
        angle = Math.atan2(Math.sin(angle), Math.cos(angle));
        if (!Double.isNaN(previous)) {
          double bend =
              Math.abs(Math.atan2(Math.sin(angle - previous), Math.cos(angle - previous)));
          ok = bend <= MAX_BEND;
        }
        previous = angle;
        // Beside the line, on its left (above it when it runs left to right).
        double offset = size * 0.5 + 0.6 * u;
        double x = p.x + Math.sin(angle) * offset;
        double y = p.y - Math.cos(angle) * offset;
        double turn = steep ? 0 : angle;
        Rectangle2D box =
            new Rectangle2D.Double(x - size * 0.6, y - size * 0.6, size * 1.2, size * 1.2);
        ok &= fits(box);
        boxes.add(box);
        candidate.add(new Glyph(new String(codePoints, i, 1), x, y, turn, size, RIVER));
      }
      if (ok) {
        boxes.forEach(this::take);
        glyphs.addAll(candidate);
        return true;
      }
    }
    return false;
  }

  /** The names placed, regions first, each once. */
  List<String> placed() {
    return placed;
  }

  /** The boxes the placed labels take (one per region name, one per river character). */
  List<Rectangle2D> boxes() {
    return taken;
  }

  /** Draws every placed label over a white halo. */
  void draw(Graphics2D g) {
    for (Glyph glyph : glyphs) {
      text.turned(g, glyph.text, glyph.x, glyph.y, glyph.angle, glyph.size, glyph.colour, 0.45 * u);
    }
  }

  private boolean fits(Rectangle2D box) {
    if (!frame.contains(box)) {
      return false;
    }
    for (Rectangle2D t : taken) {
      if (t.intersects(box)) {
        return false;
      }
    }
    return true;
  }

  private void take(Rectangle2D box) {
    taken.add(box);
  }

  private static Geometry largestPart(Geometry g) {
    Geometry best = g.getGeometryN(0);
    for (int i = 1; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i).getArea() > best.getArea()) {
        best = g.getGeometryN(i);
      }
    }
    return best;
  }

  private static Geometry box(Rectangle2D r) {
    return PAPER.toGeometry(
        new org.locationtech.jts.geom.Envelope(r.getMinX(), r.getMaxX(), r.getMinY(), r.getMaxY()));
  }
}
