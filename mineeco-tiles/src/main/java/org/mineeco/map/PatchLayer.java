package org.mineeco.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.PatchRow;
import org.mineeco.crs.Crs;
import org.mineeco.crs.Reprojection;
import org.mineeco.io.Feature;
import org.mineeco.model.MinePatch;
import org.mineeco.model.SurveyAttributes;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.zone.Zone;

/**
 * The {@code patches} layer: collects each analysed patch's geometry and survey attributes while
 * the analysis runs, then joins them with the analysis rows. Attributes: {@code id}, {@code
 * restoration_state} ({@code restored}, {@code not_restored}, {@code unknown}), {@code status}
 * (mine status label), {@code damage} (damage type label), {@code mode} (restoration mode label),
 * {@code priority} (rank, 1 first), {@code area_mu}, {@code region_name}, and per zone {@code
 * in_<zone>} (true when the patch has area in it) and its areas in mu ({@code <zone>_mu}, or {@code
 * <zone>_<d0>_<d1>_mu} per corridor band). Areas are ellipsoidal (CGCS2000/GRS80) rounded to 0.01
 * mu; geometries CGCS2000 lon/lat. In tiles, false flags and zero areas are left out (a missing
 * value reads as false or 0), which halves the tags of a typical patch and keeps a province's
 * patches in a zoom-6 tile without thinning. Not thread-safe while collecting.
 */
final class PatchLayer implements BiConsumer<MinePatch, PatchOverlay> {
  static final String NAME = "patches";

  private final List<Collected> collected = new ArrayList<>();

  private record Collected(long index, Geometry geometry, SurveyAttributes survey) {}

  @Override
  public void accept(MinePatch patch, PatchOverlay overlay) {
    collected.add(new Collected(patch.index(), patch.geometry(), patch.survey()));
  }

  /** One feature per analysed patch, in input order, with the figures of {@code analysis}. */
  List<Feature> features(Analysis analysis) {
    Reprojection toLonLat = Reprojection.between(analysis.ingest().crs(), Crs.CGCS2000);
    List<ZoneColumns> zones = analysis.zones().stream().map(z -> columns(z, analysis)).toList();
    List<Feature> features = new ArrayList<>(collected.size());
    for (Collected c : collected) {
      PatchRow row = analysis.rows().get((int) c.index());
      features.add(
          new Feature(c.index(), toLonLat.apply(c.geometry()), tags(row, c.survey(), zones)));
    }
    return features;
  }

  /** {@code patch} without its false zone flags and zero zone areas, for tiles. */
  static Feature sparse(Feature patch) {
    Map<String, Object> tags = new LinkedHashMap<>(patch.properties());
    tags.entrySet()
        .removeIf(
            e ->
                (e.getKey().startsWith("in_") && Boolean.FALSE.equals(e.getValue()))
                    || (e.getKey().endsWith("_mu")
                        && !e.getKey().equals("area_mu")
                        && Double.valueOf(0).equals(e.getValue())));
    return new Feature(patch.index(), patch.geometry(), tags);
  }

  private static Map<String, Object> tags(
      PatchRow row, SurveyAttributes survey, List<ZoneColumns> zones) {
    Map<String, Object> tags = new LinkedHashMap<>();
    tags.put("id", row.id());
    tags.put("restoration_state", survey.state().name().toLowerCase(Locale.ROOT));
    tags.put("status", survey.mineStatus().label());
    tags.put("damage", survey.damageType().label());
    tags.put("mode", survey.mode().label());
    tags.put("priority", (long) row.rank());
    tags.put("area_mu", mu(row.area().squareMetres()));
    tags.put("region_name", row.regionName());
    for (ZoneColumns zone : zones) {
      double total = 0;
      for (int column : zone.areaColumns()) {
        total += row.value(column);
      }
      tags.put("in_" + zone.name(), total > 0);
      for (int k = 0; k < zone.areaColumns().length; k++) {
        tags.put(zone.muNames().get(k), mu(row.value(zone.areaColumns()[k])));
      }
    }
    return tags;
  }

  /** A zone's area columns in {@link Analysis#columns()} and their names in mu. */
  private record ZoneColumns(String name, int[] areaColumns, List<String> muNames) {}

  private static ZoneColumns columns(Zone zone, Analysis analysis) {
    List<String> areaNames = zone.columnNames().stream().filter(n -> n.endsWith("_m2")).toList();
    int[] indices = new int[areaNames.size()];
    for (int k = 0; k < indices.length; k++) {
      indices[k] = analysis.columns().indexOf(areaNames.get(k));
      if (indices[k] < 0) {
        throw new IllegalStateException(
            "analysis has no column " + areaNames.get(k) + ": " + analysis.columns());
      }
    }
    List<String> muNames =
        areaNames.stream().map(n -> n.substring(0, n.length() - 3) + "_mu").toList();
    return new ZoneColumns(zone.name(), indices, muNames);
  }

  private static double mu(double squareMetres) {
    return Math.round(Area.squareMetres(squareMetres).in(AreaUnit.MU) * 100) / 100.0;
  }
}
