package org.mineeco.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineeco.analysis.PatchRow;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.analysis.ZoneColumns;
import org.mineeco.cartography.MapLabels;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.io.Feature;
import org.mineeco.model.SurveyAttributes;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;

/**
 * The {@code patches} layer's features (patches collected by {@link
 * org.mineeco.cartography.PatchCollector}). Attributes: {@code id}, {@code restoration_state}
 * ({@code restored}, {@code not_restored}, {@code unknown}), {@code status} (mine status key, e.g.
 * {@code policy_closed}), {@code damage}, {@code mode} and {@code period} (keys of the damage type,
 * restoration mode and planned period), {@code year} (restoration year, when known), {@code
 * priority} (rank, 1 first), {@code area_mu}, {@code region} (id), {@code region_name}, and per
 * zone {@code in_<zone>} (true when the patch has area in it) and its areas in mu ({@code
 * <zone>_mu}, or {@code <zone>_<d0>_<d1>_mu} per corridor band). Areas are ellipsoidal
 * (CGCS2000/GRS80) rounded to 0.01 mu; geometries CGCS2000 lon/lat. In tiles, false flags and zero
 * areas are left out (a missing value reads as false or 0), which halves the tags of a typical
 * patch and keeps a province's patches in a zoom-6 tile without thinning.
 */
final class PatchLayer {
  static final String NAME = "patches";

  private PatchLayer() {}

  /** The map feature of {@code entry}, with every tag. */
  static Feature feature(PatchEntry entry, List<ZoneColumns> zones) {
    return new Feature(
        entry.row().index(), entry.lonLat(), tags(entry.row(), entry.survey(), zones));
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
    tags.put("restoration_state", MapLabels.key(survey.state()));
    tags.put("status", MapLabels.key(survey.mineStatus()));
    tags.put("damage", MapLabels.key(survey.damageType()));
    tags.put("mode", MapLabels.key(survey.mode()));
    tags.put("period", MapLabels.key(survey.period()));
    if (survey.restorationYear() != null) {
      tags.put("year", (long) survey.restorationYear());
    }
    tags.put("priority", (long) row.rank());
    tags.put("area_mu", mu(row.area().squareMetres()));
    if (row.regionId() != null) {
      tags.put("region", row.regionId());
    }
    tags.put("region_name", row.regionName());
    for (ZoneColumns zone : zones) {
      tags.put("in_" + zone.zone(), row.area(zone.zone()).squareMetres() > 0);
      for (ResultColumn column : zone.areas()) {
        tags.put(column.key() + "_mu", mu(row.area(column).squareMetres()));
      }
    }
    return tags;
  }

  /**
   * Square metres in mu, rounded to 0.01 mu; a positive area under 0.005 mu keeps its digits, so
   * that "has area in this band" reads the same in tiles as in the tables.
   */
  static double mu(double squareMetres) {
    double mu = Area.squareMetres(squareMetres).in(AreaUnit.MU);
    double rounded = Math.round(mu * 100) / 100.0;
    return rounded == 0 && mu > 0 ? mu : rounded;
  }
}
