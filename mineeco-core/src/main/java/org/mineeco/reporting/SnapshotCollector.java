package org.mineeco.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.mineeco.crs.Crs;
import org.mineeco.crs.Reprojection;
import org.mineeco.model.MinePatch;
import org.mineeco.model.RestorationState;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.overlay.RegionShare;
import org.mineeco.stats.SnapshotPatch;
import org.mineeco.units.Area;
import org.mineeco.vocabulary.Bilingual;

/**
 * Turns every analysed patch of one survey snapshot into a {@link SnapshotPatch}: geometry
 * reprojected to CGCS2000 lon/lat (EPSG:4490), restored when {@code HFZLQK} is B, delisted when the
 * delisted field holds 1 or {@code true}, the mine id, the ellipsoidal area and the region areas
 * from the overlay. Not thread-safe (the analysis calls it on one thread).
 */
public final class SnapshotCollector implements BiConsumer<MinePatch, PatchOverlay> {
  private final Reprojection toLonLat;
  private final String delistedField;
  private final String mineField;
  private final List<SnapshotPatch> patches = new ArrayList<>();
  private int flagged;
  private int withField;

  /**
   * A collector for patches in {@code crs}, reading the delisted flag from {@code delistedField}
   * and the mine id from {@code mineField} (a patch without one is its own mine).
   */
  public SnapshotCollector(Crs crs, String delistedField, String mineField) {
    this.toLonLat = Reprojection.between(crs, Crs.CGCS2000);
    this.delistedField = delistedField;
    this.mineField = mineField;
  }

  @Override
  public void accept(MinePatch patch, PatchOverlay overlay) {
    Object flag = field(patch.otherFields());
    withField += flag == null ? 0 : 1;
    boolean delisted = isSet(flag);
    flagged += delisted ? 1 : 0;
    patches.add(
        new SnapshotPatch(
            patch.id(),
            toLonLat.apply(patch.geometry()),
            patch.survey().state() == RestorationState.RESTORED,
            delisted,
            overlay.area(),
            overlay.mainRegion().map(RegionShare::id).orElse(null),
            regionAreas(overlay),
            FactsCollector.mineId(patch, mineField)));
  }

  private static Map<String, Area> regionAreas(PatchOverlay overlay) {
    Map<String, Area> areas = new java.util.TreeMap<>();
    for (RegionShare share : overlay.regions()) {
      areas.merge(share.id(), share.area(), Area::plus);
    }
    return areas;
  }

  /** The patches seen, in input order. */
  public List<SnapshotPatch> patches() {
    return List.copyOf(patches);
  }

  /** What was read, e.g. {@code 5000 patches, 75 delisted (XH = 1)}. */
  public Bilingual describe() {
    return withField == 0
        ? Bilingual.format(
            "%d patches, no patch has the delisted field %s",
            "图斑 %d 个，均无销号字段 %s", patches.size(), delistedField)
        : Bilingual.format(
            "%d patches, %d delisted (%s = 1)",
            "图斑 %d 个，已销号 %d 个（%s = 1）", patches.size(), flagged, delistedField);
  }

  private Object field(Map<String, Object> fields) {
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      if (e.getKey().equalsIgnoreCase(delistedField)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean isSet(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      return n.doubleValue() == 1;
    }
    String text = value == null ? "" : value.toString().strip().toLowerCase(Locale.ROOT);
    return text.equals("1") || text.equals("true");
  }
}
