package org.mineeco.cartography;

import java.awt.geom.Rectangle2D;

/**
 * Where things go on the page, in millimetres from its top-left corner (y down). Every size is a
 * multiple of {@link #u}, a millimetre of A4 paper scaled with the paper's short side, so an A0
 * sheet is an A4 sheet enlarged. Landscape: the legend panel stands right of the map; portrait: it
 * lies below it.
 *
 * @param width page width
 * @param height page height
 * @param u one millimetre of A4
 * @param landscape whether the page lies on its long side
 * @param border the outer neat line
 * @param title the title box
 * @param frame the map frame (graticule labels go in the gutter around it)
 * @param panel the legend panel
 * @param footer the source and date line
 */
record Layout(
    double width,
    double height,
    double u,
    boolean landscape,
    Rectangle2D border,
    Rectangle2D title,
    Rectangle2D frame,
    Rectangle2D panel,
    Rectangle2D footer) {

  /**
   * The layout of a page.
   *
   * @param note whether a filter line goes under the title
   * @param panelHeight the height a portrait page's legend panel needs, in units of {@code u}
   */
  static Layout of(Paper paper, boolean landscape, boolean note, double panelHeight) {
    double w = landscape ? paper.longSide() : paper.shortSide();
    double h = landscape ? paper.shortSide() : paper.longSide();
    double u = paper.shortSide() / Paper.A4.shortSide();
    double m = 10 * u;
    Rectangle2D border = new Rectangle2D.Double(m, m, w - 2 * m, h - 2 * m);
    Rectangle2D inner = inset(border, 4 * u);
    double titleHeight = (note ? 17 : 13) * u;
    double footerHeight = 5 * u;
    Rectangle2D title =
        new Rectangle2D.Double(inner.getX(), inner.getY(), inner.getWidth(), titleHeight);
    Rectangle2D footer =
        new Rectangle2D.Double(
            inner.getX(), inner.getMaxY() - footerHeight, inner.getWidth(), footerHeight);
    double bodyTop = title.getMaxY();
    double bodyHeight = footer.getY() - 2 * u - bodyTop;
    Rectangle2D panel;
    Rectangle2D map;
    if (landscape) {
      double panelWidth = 66 * u;
      panel = new Rectangle2D.Double(inner.getMaxX() - panelWidth, bodyTop, panelWidth, bodyHeight);
      map =
          new Rectangle2D.Double(
              inner.getX(), bodyTop, inner.getWidth() - panelWidth - 4 * u, bodyHeight);
    } else {
      double panelMm = panelHeight * u;
      panel =
          new Rectangle2D.Double(
              inner.getX(), bodyTop + bodyHeight - panelMm, inner.getWidth(), panelMm);
      map =
          new Rectangle2D.Double(
              inner.getX(), bodyTop, inner.getWidth(), bodyHeight - panelMm - 3 * u);
    }
    return new Layout(w, h, u, landscape, border, title, inset(map, 6 * u), panel, footer);
  }

  static Rectangle2D inset(Rectangle2D r, double d) {
    return new Rectangle2D.Double(
        r.getX() + d, r.getY() + d, r.getWidth() - 2 * d, r.getHeight() - 2 * d);
  }
}
