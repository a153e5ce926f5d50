package org.mineeco.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.analysis.ZoneColumns;
import org.mineeco.cartography.PatchCollector;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.cartography.RiverNames;
import org.mineeco.io.Feature;
import org.mineeco.server.ReportData;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.tile.TileLayer;

/**
 * The web map of one analysis: its tile layers in drawing order (regions, polygon zones, corridors,
 * three_zones_two_lines, rivers, patches; zoom ranges in {@link Zooms}) and the data of the
 * server's {@code /api} endpoints. Geometries are CGCS2000 lon/lat; areas ellipsoidal
 * (CGCS2000/GRS80). Displayed corridor bands and buffer zones are approximate (see {@link
 * MapOptions}); every per-patch number comes from the exact overlay.
 *
 * @param analysis the analysis the map shows
 * @param layers the tile layers, for {@link org.mineeco.tile.TileSource#of}
 * @param report the summary and patch lookup, for {@link org.mineeco.server.TileServer#create}
 */
public record WebMap(Analysis analysis, List<TileLayer> layers, ReportData report) {
  public WebMap {
    Objects.requireNonNull(analysis, "analysis");
    layers = List.copyOf(layers);
    Objects.requireNonNull(report, "report");
  }

  /**
   * Runs the analysis once, collecting the patch geometries as it streams them (the patch layer is
   * read once), and builds the map. {@code analysisOptions}' own listener still sees every patch.
   *
   * @throws org.mineeco.io.BadInputException naming the file and feature of unreadable input
   */
  public static WebMap build(
      AnalysisSpec spec, AnalysisOptions analysisOptions, MapOptions mapOptions) {
    Objects.requireNonNull(mapOptions, "mapOptions");
    PatchCollector patches = new PatchCollector();
    Analysis analysis =
        AnalysisJob.run(
            spec, analysisOptions.withListener(analysisOptions.onPatch().andThen(patches)));
    List<PatchEntry> entries = patches.entries(analysis);
    List<ZoneColumns> zones = analysis.columns().zones();
    List<Feature> patchFeatures =
        entries.stream().map(e -> PatchLayer.sparse(PatchLayer.feature(e, zones))).toList();
    Map<Geometry, String> riverNames = RiverNames.read(spec);
    List<TileLayer> layers =
        new ArrayList<>(
            ZoneLayers.build(analysis.zones(), analysis.regions(), riverNames, mapOptions));
    if (!patchFeatures.isEmpty()) {
      layers.add(new TileLayer(PatchLayer.NAME, patchFeatures, Zooms.PATCHES, Zooms.MAX));
    }
    return new WebMap(analysis, layers, MapReport.of(analysis, entries, riverNames));
  }
}
