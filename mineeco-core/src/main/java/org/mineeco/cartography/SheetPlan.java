package org.mineeco.cartography;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Language;
import org.mineeco.zone.Corridor;

/**
 * One sheet worked out before drawing: its place, page layout, projection and scale, the patches it
 * draws with their classes, the legend's counts and areas, and its title.
 */
final class SheetPlan {
  final SheetData data;
  final SheetOptions options;
  final Language language;
  final Focus focus;
  final Layout layout;
  final PaperProjection projection;
  final Corridor corridor;
  final Classes classes;
  final List<PatchEntry> patches = new ArrayList<>();
  final List<Integer> patchClasses = new ArrayList<>();
  final long[] counts;
  final double[] squareMetres;
  final String title;

  /** The lon/lat box the frame shows (a little larger: the frame's corners are not a box). */
  final Envelope lonLatView;

  SheetPlan(SheetData data, SheetOptions options) {
    this.data = data;
    this.options = options;
    this.language = options.language();
    this.focus = Focus.of(data, options.extent());
    this.corridor = data.corridor(options.corridor());
    this.classes = Classes.of(options.theme(), data, corridor, language);
    double meridian = PaperProjection.meridianOf(focus.lonLat);
    Envelope extent = PaperProjection.planeExtent(focus.lonLat, meridian);
    boolean note = options.filterNote() != null;
    Layout landscape = Layout.of(options.paper(), true, note, 0);
    Layout portrait = Layout.of(options.paper(), false, note, panelHeight());
    this.layout =
        switch (options.orientation()) {
          case LANDSCAPE -> landscape;
          case PORTRAIT -> portrait;
          case AUTO ->
              PaperProjection.scaleFor(extent, landscape.frame())
                      <= PaperProjection.scaleFor(extent, portrait.frame())
                  ? landscape
                  : portrait;
        };
    long scale = PaperProjection.scaleFor(extent, layout.frame());
    this.projection = PaperProjection.of(meridian, scale, extent, layout.frame());
    this.lonLatView = lonLatOf(layout.frame());
    this.counts = new long[classes.classes.size()];
    this.squareMetres = new double[classes.classes.size()];
    for (PatchEntry p : data.patchesNear(focus.lonLat.getEnvelopeInternal())) {
      if (focus.holds(p) && options.patches().test(p)) {
        int c = classes.of(p);
        patches.add(p);
        patchClasses.add(c);
        counts[c]++;
        squareMetres[c] += p.row().area().squareMetres();
      }
    }
    String place = focus.name;
    String theme = options.theme().title().in(language);
    this.title =
        options.title() != null
            ? options.title()
            : place.isEmpty()
                ? theme
                : language == Language.ZH ? place + theme : theme + ", " + place;
  }

  /**
   * The height (in A4 millimetres) a portrait legend panel needs: the tallest of its three columns
   * (the classes; the symbols, at most one per zone, band and base layer; north arrow, scale and
   * coordinate system), as {@link Panel} draws them.
   */
  private double panelHeight() {
    double classRows = 6 + 4.4 * (classes.classes.size() + 2) + 1.5 + 7 + 2;
    int symbols =
        data.polygonZones().size() + 1 + (corridor == null ? 0 : corridor.bandCount()) + 3;
    double symbolRows = 6 + 4.0 * symbols;
    double frameColumn = 15 + 13 + 3 * 3.2 + 4;
    return Math.max(classRows, Math.max(symbolRows, frameColumn)) + 2;
  }

  /** The legend rows: each class, then the total. */
  List<SheetInfo.Legend> legend() {
    List<SheetInfo.Legend> rows = new ArrayList<>();
    long allPatches = 0;
    double all = 0;
    for (int i = 0; i < counts.length; i++) {
      rows.add(
          new SheetInfo.Legend(classes.classes.get(i).label(), counts[i], mu(squareMetres[i])));
      allPatches += counts[i];
      all += squareMetres[i];
    }
    rows.add(new SheetInfo.Legend(language == Language.ZH ? "合计" : "total", allPatches, mu(all)));
    return rows;
  }

  SheetInfo info() {
    return new SheetInfo(null, focus.id, focus.name, title, projection.scale, legend());
  }

  private static double mu(double squareMetres) {
    return Area.squareMetres(squareMetres).in(AreaUnit.MU);
  }

  private Envelope lonLatOf(Rectangle2D frame) {
    Envelope e = new Envelope();
    int n = 16;
    for (int i = 0; i <= n; i++) {
      double t = (double) i / n;
      double x = frame.getX() + t * frame.getWidth();
      double y = frame.getY() + t * frame.getHeight();
      expand(e, projection.lonLat(x, frame.getY()));
      expand(e, projection.lonLat(x, frame.getMaxY()));
      expand(e, projection.lonLat(frame.getX(), y));
      expand(e, projection.lonLat(frame.getMaxX(), y));
    }
    return e;
  }

  private static void expand(Envelope e, double[] lonLat) {
    e.expandToInclude(lonLat[0], lonLat[1]);
  }
}
