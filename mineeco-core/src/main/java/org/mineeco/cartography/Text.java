package org.mineeco.cartography;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Text set in the sheet's font, sized in millimetres and measured the same for every output
 * (fractional metrics, no hinting): the text itself is drawn as text (a PDF keeps it searchable), a
 * halo as the stroked outline of its glyphs beneath it.
 */
final class Text {
  static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final Font base;

  Text(Font base) {
    this.base = base;
  }

  Font font(double size) {
    return base.deriveFont((float) size);
  }

  double width(String text, double size) {
    return font(size).getStringBounds(text, FRC).getWidth();
  }

  /** Ascent of the font at {@code size}: where the top of a CJK glyph is above the baseline. */
  double ascent(double size) {
    return font(size).getLineMetrics("图", FRC).getAscent() * 0.88;
  }

  /** Draws {@code text} with its baseline starting at (x, y). */
  void draw(Graphics2D g, String text, double x, double y, double size, Color colour) {
    g.setFont(font(size));
    g.setColor(colour);
    g.drawString(text, (float) x, (float) y);
  }

  /** Draws {@code text} centred on x, baseline y. */
  void centred(Graphics2D g, String text, double x, double y, double size, Color colour) {
    draw(g, text, x - width(text, size) / 2, y, size, colour);
  }

  /** Draws {@code text} ending at x, baseline y. */
  void right(Graphics2D g, String text, double x, double y, double size, Color colour) {
    draw(g, text, x - width(text, size), y, size, colour);
  }

  /** Draws {@code text} over a white halo {@code halo} mm wide. */
  void haloed(
      Graphics2D g, String text, double x, double y, double size, Color colour, double halo) {
    Shape outline = font(size).createGlyphVector(FRC, text).getOutline((float) x, (float) y);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke((float) halo, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(outline);
    draw(g, text, x, y, size, colour);
  }

  /** Draws {@code text} centred on (x, y) and turned by {@code angle} radians, with a halo. */
  void turned(
      Graphics2D g,
      String text,
      double x,
      double y,
      double angle,
      double size,
      Color colour,
      double halo) {
    AffineTransform saved = g.getTransform();
    g.translate(x, y);
    g.rotate(angle);
    double w = width(text, size);
    double baseline = ascent(size) / 2;
    if (halo > 0) {
      haloed(g, text, -w / 2, baseline, size, colour, halo);
    } else {
      draw(g, text, -w / 2, baseline, size, colour);
    }
    g.setTransform(saved);
  }

  /** The box of {@code text} centred on (x, y), unturned. */
  Rectangle2D box(String text, double x, double y, double size) {
    double w = width(text, size);
    double h = ascent(size) * 1.2;
    return new Rectangle2D.Double(x - w / 2, y - h / 2, w, h);
  }
}
