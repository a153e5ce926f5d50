package org.mineeco.cartography;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * The CGCS2000 graticule: meridians and parallels at a round interval (1′ to 10°) giving two to six
 * lines across the frame, drawn as the projection curves them, with ticks and degree-minute labels
 * where they meet the frame (longitudes above and below it, latitudes turned along its sides).
 */
final class Graticule {
  private static final double[] STEPS = {
    1 / 60.0, 2 / 60.0, 5 / 60.0, 10 / 60.0, 15 / 60.0, 20 / 60.0, 0.5, 1, 2, 5, 10
  };
  private static final Color LINE = new Color(0x6f6f6f);
  private static final int POINTS = 64;

  private record Crossing(double at, String label) {}

  private final SheetPlan plan;
  private final Rectangle2D frame;
  private final double u;
  private final double step;
  private final List<Path2D> lines = new ArrayList<>();
  private final List<Crossing> top = new ArrayList<>();
  private final List<Crossing> bottom = new ArrayList<>();
  private final List<Crossing> left = new ArrayList<>();
  private final List<Crossing> right = new ArrayList<>();

  Graticule(SheetPlan plan) {
    this.plan = plan;
    this.frame = plan.layout.frame();
    this.u = plan.layout.u();
    Envelope view = plan.lonLatView;
    double span = Math.max(view.getWidth(), view.getHeight());
    double chosen = STEPS[STEPS.length - 1];
    for (double s : STEPS) {
      if (Math.min(view.getWidth(), view.getHeight()) / s <= 6 || span / s <= 8) {
        chosen = s;
        break;
      }
    }
    this.step = chosen;
    for (long k = (long) Math.ceil(view.getMinX() / step - 1e-9); k * step <= view.getMaxX(); k++) {
      line(true, k * step, view.getMinY(), view.getMaxY());
    }
    for (long k = (long) Math.ceil(view.getMinY() / step - 1e-9); k * step <= view.getMaxY(); k++) {
      line(false, k * step, view.getMinX(), view.getMaxX());
    }
  }

  /** The interval in degrees. */
  double step() {
    return step;
  }

  private void line(boolean meridian, double value, double from, double to) {
    Path2D.Double path = new Path2D.Double();
    Point2D previous = null;
    for (int i = 0; i <= POINTS; i++) {
      double t = from + (to - from) * i / POINTS;
      Point2D p = meridian ? plan.projection.paper(value, t) : plan.projection.paper(t, value);
      if (previous == null) {
        path.moveTo(p.getX(), p.getY());
      } else {
        path.lineTo(p.getX(), p.getY());
        String label = label(value, meridian);
        if (meridian) {
          cross(previous, p, frame.getMinY(), false, top, label);
          cross(previous, p, frame.getMaxY(), false, bottom, label);
        } else {
          cross(previous, p, frame.getMinX(), true, left, label);
          cross(previous, p, frame.getMaxX(), true, right, label);
        }
      }
      previous = p;
    }
    lines.add(path);
  }

  /** Records where segment a-b crosses the frame edge at {@code edge} (x when vertical, else y). */
  private void cross(
      Point2D a, Point2D b, double edge, boolean vertical, List<Crossing> out, String label) {
    double va = vertical ? a.getX() : a.getY();
    double vb = vertical ? b.getX() : b.getY();
    if ((va - edge) * (vb - edge) > 0 || va == vb) {
      return;
    }
    double t = (edge - va) / (vb - va);
    double at =
        vertical ? a.getY() + t * (b.getY() - a.getY()) : a.getX() + t * (b.getX() - a.getX());
    double low = vertical ? frame.getMinY() : frame.getMinX();
    double high = vertical ? frame.getMaxY() : frame.getMaxX();
    if (at > low + 2 * u && at < high - 2 * u) {
      out.add(new Crossing(at, label));
    }
  }

  /** The lines, thin and grey, inside the frame (the caller clips). */
  void drawLines(Graphics2D g) {
    g.setColor(LINE);
    g.setStroke(new BasicStroke((float) (0.12 * u)));
    lines.forEach(g::draw);
  }

  /** Ticks outside the frame and the degree labels in the gutter. */
  void drawLabels(Graphics2D g, Text text) {
    double tick = 1.2 * u;
    double size = 2.0 * u;
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke((float) (0.15 * u)));
    for (Crossing c : top) {
      g.draw(new Line2D.Double(c.at, frame.getMinY(), c.at, frame.getMinY() - tick));
      text.centred(g, c.label, c.at, frame.getMinY() - tick - 0.6 * u, size, Color.BLACK);
    }
    for (Crossing c : bottom) {
      g.draw(new Line2D.Double(c.at, frame.getMaxY(), c.at, frame.getMaxY() + tick));
      text.centred(
          g,
          c.label,
          c.at,
          frame.getMaxY() + tick + 0.6 * u + text.ascent(size),
          size,
          Color.BLACK);
    }
    for (Crossing c : left) {
      g.draw(new Line2D.Double(frame.getMinX(), c.at, frame.getMinX() - tick, c.at));
      double x = frame.getMinX() - tick - 0.6 * u - text.ascent(size) / 2;
      text.turned(g, c.label, x, c.at, -Math.PI / 2, size, Color.BLACK, 0);
    }
    for (Crossing c : right) {
      g.draw(new Line2D.Double(frame.getMaxX(), c.at, frame.getMaxX() + tick, c.at));
      double x = frame.getMaxX() + tick + 0.6 * u + text.ascent(size) / 2;
      text.turned(g, c.label, x, c.at, Math.PI / 2, size, Color.BLACK, 0);
    }
  }

  /** {@code 111°30′E}, {@code 30°N}: degrees and whole minutes. */
  static String label(double value, boolean longitude) {
    long minutes = Math.round(Math.abs(value) * 60);
    String hemisphere = longitude ? (value < 0 ? "W" : "E") : (value < 0 ? "S" : "N");
    return minutes % 60 == 0
        ? String.format(Locale.ROOT, "%d°%s", minutes / 60, hemisphere)
        : String.format(Locale.ROOT, "%d°%02d′%s", minutes / 60, minutes % 60, hemisphere);
  }
}
