package org.mineeco.cartography;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.zone.PolygonZone;
import org.mineeco.zone.RegionPolygon;

/**
 * Draws a planned sheet on a Graphics2D whose user space is millimetres of paper (y down): the one
 * drawing for PDF and PNG. Inside the frame, bottom to top: regions, the corridor's bands, polygon
 * zones, "three zones, two lines" buffers, rivers, region boundaries, the theme's patches, a white
 * veil over what lies outside the place, its outline, the graticule and the names; then the frame,
 * the graticule's labels, the title, the legend panel and the source line. Line widths and symbol
 * sizes are multiples of the layout's {@code u} (a millimetre of A4).
 */
final class SheetPainter {
  private static final Color LAND = new Color(0xf7f4ee);
  private static final Color BOUNDARY = new Color(0x8f877a);
  private static final Color RIVER = new Color(0x1f78b4);
  private static final Color OUTLINE = new Color(0x3d3a35);
  private static final GeometryFactory BOX = new GeometryFactory();
  private static final float[] COUNTY_DASH = {2.0f, 0.6f, 0.4f, 0.6f};
  private static final float[] BUFFER_DASH = {1.2f, 0.6f};

  /** A patch smaller than this (mm, its larger side) is drawn as a square of the same side. */
  private static final double SMALL = 1.0;

  private final SheetPlan plan;
  private final Text text;
  private final double u;
  private final Rectangle2D frame;

  SheetPainter(SheetPlan plan, Text text) {
    this.plan = plan;
    this.text = text;
    this.u = plan.layout.u();
    this.frame = plan.layout.frame();
  }

  static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
  }

  void paint(Graphics2D g) {
    hints(g);
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, plan.layout.width(), plan.layout.height()));
    Graticule graticule = new Graticule(plan);
    Shape clip = g.getClip();
    g.clip(frame);
    map(g, graticule);
    g.setClip(clip);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke((float) (0.25 * u)));
    g.draw(frame);
    g.setStroke(new BasicStroke((float) (0.8 * u)));
    g.draw(plan.layout.border());
    graticule.drawLabels(g, text);
    Panel panel = new Panel(plan, text, graticule);
    panel.drawTitle(g);
    panel.drawPanel(g);
    panel.drawFooter(g);
  }

  private void map(Graphics2D g, Graticule graticule) {
    double step = 0.15 * u;
    Envelope view = plan.lonLatView;
    for (RegionPolygon r : plan.data.regions().values()) {
      if (r.geometry().getEnvelopeInternal().intersects(view)) {
        g.setColor(LAND);
        g.fill(plan.projection.path(r.geometry(), step));
      }
    }
    if (plan.corridor != null) {
      List<DisplayZones.Band> bands = plan.data.bands(plan.corridor);
      for (int i = bands.size() - 1; i >= 0; i--) {
        Geometry band = bands.get(i).lonLat();
        if (band.getEnvelopeInternal().intersects(view)) {
          fill(g, plan.projection.path(band, step), bandColour(i), 0.35f);
        }
      }
    }
    List<PolygonZone> zones = plan.data.polygonZones();
    for (int z = 0; z < zones.size(); z++) {
      Color colour = Classes.ZONE_COLOURS[Math.min(z, Classes.ZONE_COLOURS.length - 1)];
      Color line = Classes.ZONE_LINES[Math.min(z, Classes.ZONE_LINES.length - 1)];
      Path2D all = new Path2D.Double(Path2D.WIND_NON_ZERO);
      for (Geometry polygon : zones.get(z).geometries()) {
        if (polygon.getEnvelopeInternal().intersects(view)) {
          all.append(plan.projection.path(polygon, step), false);
        }
      }
      fill(g, all, colour, 0.35f);
      g.setColor(line);
      g.setStroke(new BasicStroke((float) (0.1 * u)));
      g.draw(all);
    }
    Path2D buffers = new Path2D.Double(Path2D.WIND_NON_ZERO);
    for (Geometry buffer : plan.data.buffers()) {
      if (buffer.getEnvelopeInternal().intersects(view)) {
        buffers.append(plan.projection.path(buffer, step), false);
      }
    }
    fill(g, buffers, Classes.BUFFER_COLOUR, 0.25f);
    g.setColor(Classes.BUFFER_LINE);
    g.setStroke(stroke(0.15 * u, BUFFER_DASH, u));
    g.draw(buffers);
    Set<Geometry> main = plan.corridor == null ? Set.of() : Set.copyOf(plan.corridor.geometries());
    g.setColor(RIVER);
    for (Geometry river : plan.data.rivers()) {
      if (river.getEnvelopeInternal().intersects(view)) {
        g.setStroke(
            new BasicStroke(
                (float) ((main.contains(river) ? 0.6 : 0.3) * u),
                BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(plan.projection.path(river, step));
      }
    }
    g.setColor(BOUNDARY);
    g.setStroke(stroke(0.25 * u, COUNTY_DASH, u));
    for (RegionPolygon r : plan.data.regions().values()) {
      if (r.geometry().getEnvelopeInternal().intersects(view)) {
        g.draw(plan.projection.path(r.geometry(), step));
      }
    }
    patches(g);
    Path2D focus = plan.projection.path(plan.focus.lonLat, step);
    Path2D outside = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    outside.append(frame, false);
    outside.append(focus, false);
    fill(g, outside, Color.WHITE, 0.6f);
    g.setColor(OUTLINE);
    g.setStroke(new BasicStroke((float) (0.5 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(focus);
    graticule.drawLines(g);
    NamePlacement labels = new NamePlacement(text, u, frame);
    labels.regions(plan);
    labels.rivers(plan);
    labels.draw(g);
  }

  /** The theme's patches: polygons where they are large enough to see, else squares. */
  private void patches(Graphics2D g) {
    double side = SMALL * u;
    Stroke outline = new BasicStroke((float) (0.06 * u));
    Color edge = new Color(0x333333);
    for (int i = 0; i < plan.patches.size(); i++) {
      PatchEntry p = plan.patches.get(i);
      Color colour = plan.classes.classes.get(plan.patchClasses.get(i)).colour();
      Path2D path = plan.projection.path(p.lonLat(), 0.05 * u);
      Rectangle2D bounds = path.getBounds2D();
      Shape shape = path;
      if (Math.max(bounds.getWidth(), bounds.getHeight()) < side) {
        shape =
            new Rectangle2D.Double(
                bounds.getCenterX() - side / 2, bounds.getCenterY() - side / 2, side, side);
      }
      g.setColor(colour);
      g.fill(shape);
      g.setColor(edge);
      g.setStroke(outline);
      g.draw(shape);
    }
  }

  private static void fill(Graphics2D g, Shape shape, Color colour, float alpha) {
    Composite saved = g.getComposite();
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
    g.setColor(colour);
    g.fill(shape);
    g.setComposite(saved);
  }

  private static Color bandColour(int i) {
    return Classes.BAND_COLOURS[Math.min(i, Classes.BAND_COLOURS.length - 1)];
  }

  /** A stroke {@code width} mm wide, dashed in multiples of {@code u} when {@code dash} is set. */
  static Stroke stroke(double width, float[] dash, double u) {
    if (dash == null) {
      return new BasicStroke((float) width);
    }
    float[] scaled = new float[dash.length];
    for (int i = 0; i < dash.length; i++) {
      scaled[i] = (float) (dash[i] * u);
    }
    return new BasicStroke(
        (float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, scaled, 0);
  }

  /** The legend's symbols of what is drawn under the patches, in drawing order. */
  static List<Panel.Symbol> symbols(SheetPlan plan, boolean zh) {
    List<Panel.Symbol> out = new ArrayList<>();
    List<PolygonZone> zones = plan.data.polygonZones();
    Envelope view = plan.lonLatView;
    for (int z = 0; z < zones.size(); z++) {
      if (!shows(zones.get(z).geometries(), view)) {
        continue;
      }
      Color colour = Classes.ZONE_COLOURS[Math.min(z, Classes.ZONE_COLOURS.length - 1)];
      out.add(
          new Panel.Symbol(
              SheetWords.zone(plan.data, zones.get(z).name(), plan.language),
              translucent(colour, 0.35f),
              Classes.ZONE_LINES[Math.min(z, Classes.ZONE_LINES.length - 1)],
              null,
              0.1,
              false));
    }
    if (shows(plan.data.buffers(), view)) {
      out.add(
          new Panel.Symbol(
              SheetWords.threeZonesTwoLines(plan.language),
              translucent(Classes.BUFFER_COLOUR, 0.25f),
              Classes.BUFFER_LINE,
              BUFFER_DASH,
              0.15,
              false));
    }
    if (plan.corridor != null) {
      List<DisplayZones.Band> bands = plan.data.bands(plan.corridor);
      for (int i = 0; i < bands.size(); i++) {
        DisplayZones.Band b = bands.get(i);
        if (!shows(List.of(b.lonLat()), view)) {
          continue;
        }
        out.add(
            new Panel.Symbol(
                SheetWords.zone(plan.data, b.corridor(), plan.language)
                    + " "
                    + SheetWords.band(b.from(), b.to(), plan.language),
                translucent(bandColour(i), 0.35f),
                null,
                null,
                0,
                false));
      }
    }
    if (shows(plan.data.rivers(), view)) {
      out.add(new Panel.Symbol(zh ? "河流" : "river", null, RIVER, null, 0.45, true));
    }
    if (!plan.data.regions().isEmpty()) {
      out.add(
          new Panel.Symbol(
              zh ? "行政区界线" : "region boundary", null, BOUNDARY, COUNTY_DASH, 0.25, true));
    }
    out.add(
        new Panel.Symbol(
            plan.focus.name.isEmpty()
                ? (zh ? "图幅范围" : "sheet extent")
                : plan.focus.name + (zh ? "范围" : " outline"),
            null,
            OUTLINE,
            null,
            0.5,
            true));
    return out;
  }

  private static boolean shows(List<Geometry> geometries, Envelope view) {
    for (Geometry g : geometries) {
      if (g.getEnvelopeInternal().intersects(view) && g.intersects(BOX.toGeometry(view))) {
        return true;
      }
    }
    return false;
  }

  /** A colour as it looks at {@code alpha} over white, for legend swatches. */
  private static Color translucent(Color c, float alpha) {
    return new Color(
        Math.round(c.getRed() * alpha + 255 * (1 - alpha)),
        Math.round(c.getGreen() * alpha + 255 * (1 - alpha)),
        Math.round(c.getBlue() * alpha + 255 * (1 - alpha)));
  }
}
