package org.mineeco.inventory;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.units.Area;

/**
 * A patch as one recorded survey saw it.
 *
 * @param year the survey year
 * @param id the patch id that year
 * @param mine the mine id (the spec's mine id field, else the patch id)
 * @param region the region holding its largest part, or {@code null} outside every region
 * @param regionName that region's name, or {@code null}
 * @param restored whether restored ({@code HFZLQK} = B)
 * @param delisted whether the survey flagged it delisted
 * @param area its CGCS2000 ellipsoidal area
 * @param zones zone or band column → area inside, only those it touches, in column order
 * @param dimensions its survey attributes as the statistics read them ({@link
 *     org.mineeco.stats.PatchFacts#dimensions()}, e.g. {@code period → WITHIN_14TH_FYP})
 * @param rank its restoration priority in that year's analysis (1 first), or {@code null} in
 *     surveys recorded before the inventory kept it
 * @param previousId its id in the previous recorded year (by id or by overlap), or {@code null}
 *     when new or first recorded
 * @param geometry its polygon in CGCS2000 lon/lat
 */
public record SurveyedPatch(
    int year,
    String id,
    String mine,
    String region,
    String regionName,
    boolean restored,
    boolean delisted,
    Area area,
    Map<String, Area> zones,
    Map<String, String> dimensions,
    Integer rank,
    String previousId,
    Geometry geometry) {
  public SurveyedPatch {
    if (id == null || id.isBlank() || mine == null || mine.isBlank()) {
      throw new IllegalArgumentException(
          "a surveyed patch needs an id and a mine, was '" + id + "', '" + mine + "'");
    }
    Objects.requireNonNull(area, "area");
    zones = Collections.unmodifiableMap(new TreeMap<>(zones));
    dimensions = Map.copyOf(dimensions);
  }
}
