package org.mineeco.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.analysis.ZoneColumns;
import org.mineeco.cartography.PatchCollector;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.cartography.RiverNames;
import org.mineeco.io.Feature;
import org.mineeco.server.CatalogMeta;
import org.mineeco.server.PatchCatalog;
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
  /** The member of an exported archive's metadata that holds the map's labels. */
  private static final String ARCHIVE_LABELS = "mineeco";

  private static final ObjectMapper ARCHIVE_JSON = new ObjectMapper();

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
    Analysis analysis = AnalysisJob.run(spec, analysisOptions.alsoOnPatch(patches));
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

  /**
   * The members an exported archive's JSON metadata carries so that a server of the archive labels
   * the map as this one: {@code {"mineeco": <the /api/meta document>}} (zones, bands, codes,
   * regions with their bounds, filter names, the last priority rank).
   */
  public Map<String, CatalogMeta> archiveMetadata() {
    return report.catalog().meta().map(m -> Map.of(ARCHIVE_LABELS, m)).orElse(Map.of());
  }

  /**
   * What a server of an exported archive ({@code serve --pmtiles}) can answer, from the archive's
   * metadata ({@link org.mineeco.tile.PmTilesArchive#metadata()}): the labels it carries (see
   * {@link #archiveMetadata()}), none for an archive made elsewhere, and no patches (no summary,
   * search, downloads or patch details).
   */
  public static ReportData archived(Map<String, Object> archiveMetadata) {
    Object labels = archiveMetadata.get(ARCHIVE_LABELS);
    if (!(labels instanceof Map<?, ?> members) || members.isEmpty()) {
      return ReportData.NONE;
    }
    try {
      return new ReportData(
          id -> Optional.empty(),
          PatchCatalog.labelsOnly(ARCHIVE_JSON.convertValue(labels, CatalogMeta.class)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the archive's '"
              + ARCHIVE_LABELS
              + "' metadata member is not the map labels this version writes: "
              + e.getMessage(),
          e);
    }
  }
}
