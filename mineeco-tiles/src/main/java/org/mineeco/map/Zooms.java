package org.mineeco.map;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.mineeco.io.Feature;

/**
 * The zoom ranges of the map's layers (Web Mercator, 512-pixel tiles as MapLibre draws them). Every
 * layer is tiled up to {@link #MAX}; clients overzoom beyond it.
 *
 * <ul>
 *   <li>regions, rivers and corridors from 0: few, large features that are the base map;
 *   <li>patches from {@link #PATCHES}: patches are a few hectares, so they are drawn as
 *       minimum-size squares at low zoom to show where they are; below zoom 5 a province is under
 *       100 pixels wide and the squares would merge;
 *   <li>polygon and buffer zones from the zoom at which their median feature is {@link #MIN_PIXELS}
 *       pixels wide (at most {@link #LATEST}): red-line areas of kilometres appear early, 20,000
 *       farmland parcels of a few hundred metres only once they are more than specks.
 * </ul>
 */
final class Zooms {
  static final int MAX = 14;
  static final int BASE = 0;
  static final int PATCHES = 5;
  static final int LATEST = 12;
  static final double MIN_PIXELS = 2;

  private static final double EQUATOR_METRES = 40_075_016.686;
  private static final double METRES_PER_DEGREE = EQUATOR_METRES / 360;
  private static final int TILE_PIXELS = 512;

  private Zooms() {}

  /** The first zoom at which the median feature of {@code features} is two pixels wide. */
  static int firstReadable(List<Feature> features) {
    if (features.isEmpty()) {
      return BASE;
    }
    double[] sizes = new double[features.size()];
    double latitude = 0;
    for (int i = 0; i < sizes.length; i++) {
      Envelope e = features.get(i).geometry().getEnvelopeInternal();
      double cos = Math.cos(Math.toRadians(e.centre().getY()));
      sizes[i] = Math.max(e.getWidth() * cos, e.getHeight()) * METRES_PER_DEGREE;
      latitude += e.centre().getY() / sizes.length;
    }
    Arrays.sort(sizes);
    double median = Math.max(sizes[sizes.length / 2], 1e-3);
    double pixelsAtZero =
        median * TILE_PIXELS / (EQUATOR_METRES * Math.cos(Math.toRadians(latitude)));
    int zoom = (int) Math.ceil(Math.log(MIN_PIXELS / pixelsAtZero) / Math.log(2));
    return Math.max(BASE, Math.min(LATEST, zoom));
  }
}
