package org.mineeco.cartography;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineeco.zone.RegionPolygon;

/**
 * The place a sheet shows, resolved from its {@link SheetExtent}: its id, name, outline (CGCS2000
 * lon/lat) and which patches belong to it: for a region, those whose main region (the one holding
 * most of the patch) is one of its regions; for a box, those that touch it.
 */
final class Focus {
  private static final Pattern CODE = Pattern.compile("\\d{6}");
  private static final GeometryFactory LON_LAT = new GeometryFactory();

  final String id;
  final String name;
  final Geometry lonLat;
  private final Set<String> regionIds;
  private final PreparedGeometry box;

  private Focus(String id, String name, Geometry lonLat, Set<String> regionIds) {
    this.id = id;
    this.name = name;
    this.lonLat = lonLat;
    this.regionIds = regionIds;
    this.box = regionIds == null ? PreparedGeometryFactory.prepare(lonLat) : null;
  }

  static Focus of(SheetData data, SheetExtent extent) {
    if (extent.bbox() != null) {
      Geometry box = LON_LAT.toGeometry(extent.bbox());
      return new Focus(null, boxName(data, box), box, null);
    }
    String code = extent.region();
    if (data.regions().isEmpty()) {
      throw new IllegalArgumentException(
          "region " + code + " needs the spec's region layer (regions:), which it lacks");
    }
    Set<String> ids = new LinkedHashSet<>();
    if (data.regions().containsKey(code)) {
      ids.add(code);
    } else if (CODE.matcher(code).matches() && code.endsWith("00")) {
      String prefix = code.endsWith("0000") ? code.substring(0, 2) : code.substring(0, 4);
      data.regions().keySet().stream()
          .filter(id -> CODE.matcher(id).matches() && id.startsWith(prefix))
          .forEach(ids::add);
    }
    if (ids.isEmpty()) {
      List<String> examples = data.regions().keySet().stream().limit(3).toList();
      throw new IllegalArgumentException(
          "no region '"
              + code
              + "' in the spec's region layer: expected a region id such as "
              + examples
              + ", or a city or province code (xxyy00, xx0000) covering some of them");
    }
    List<Geometry> parts = new ArrayList<>();
    ids.forEach(id -> parts.add(data.regions().get(id).geometry()));
    return new Focus(code, data.name(code), union(parts), ids);
  }

  /** Whether the patch belongs to the place. */
  boolean holds(PatchEntry patch) {
    if (regionIds != null) {
      return patch.row().regionId() != null && regionIds.contains(patch.row().regionId());
    }
    return box.intersects(patch.lonLat());
  }

  /** Whether {@code region} is one of the place's regions (always false for a box). */
  boolean contains(String region) {
    return regionIds != null && regionIds.contains(region);
  }

  private static Geometry union(List<Geometry> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    Geometry all = LON_LAT.buildGeometry(parts);
    try {
      // Regions tile their province: a coverage union is exact and fast.
      return CoverageUnion.union(all);
    } catch (RuntimeException notACoverage) {
      return OverlayNGRobust.union(all);
    }
  }

  /** The name of the smallest place (region, city, province) holding every region in the box. */
  private static String boxName(SheetData data, Geometry box) {
    Envelope e = box.getEnvelopeInternal();
    List<String> ids = new ArrayList<>();
    for (RegionPolygon r : data.regions().values()) {
      if (r.geometry().getEnvelopeInternal().intersects(e) && r.geometry().intersects(box)) {
        ids.add(r.id());
      }
    }
    if (ids.isEmpty()) {
      return "";
    }
    if (ids.size() == 1) {
      return data.name(ids.get(0));
    }
    if (ids.stream().allMatch(id -> CODE.matcher(id).matches())) {
      String city = ids.get(0).substring(0, 4);
      if (ids.stream().allMatch(id -> id.startsWith(city))) {
        return data.name(city + "00");
      }
      String province = ids.get(0).substring(0, 2);
      if (ids.stream().allMatch(id -> id.startsWith(province))) {
        return data.name(province + "0000");
      }
    }
    return "";
  }
}
