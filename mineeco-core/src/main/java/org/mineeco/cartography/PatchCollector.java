package org.mineeco.cartography;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.crs.Crs;
import org.mineeco.crs.Reprojection;
import org.mineeco.model.MinePatch;
import org.mineeco.model.SurveyAttributes;
import org.mineeco.overlay.PatchOverlay;

/**
 * Collects each analysed patch's geometry and survey attributes while an analysis runs (pass it to
 * {@link AnalysisOptions#alsoOnPatch}), then joins them with the analysis rows: what maps draw
 * patches from, without reading the patch layer a second time. Not thread-safe while collecting
 * (the analysis calls it on one thread).
 */
public final class PatchCollector implements BiConsumer<MinePatch, PatchOverlay> {
  private final List<Collected> collected = new ArrayList<>();

  private record Collected(long index, Geometry geometry, SurveyAttributes survey) {}

  @Override
  public void accept(MinePatch patch, PatchOverlay overlay) {
    collected.add(new Collected(patch.index(), patch.geometry(), patch.survey()));
  }

  /** Every analysed patch of {@code analysis} in input order, geometries in CGCS2000 lon/lat. */
  public List<PatchEntry> entries(Analysis analysis) {
    Reprojection toLonLat = Reprojection.between(analysis.ingest().crs(), Crs.CGCS2000);
    List<PatchEntry> entries = new ArrayList<>(collected.size());
    for (Collected c : collected) {
      entries.add(
          new PatchEntry(
              analysis.rows().get((int) c.index()), c.survey(), toLonLat.apply(c.geometry())));
    }
    return entries;
  }
}
