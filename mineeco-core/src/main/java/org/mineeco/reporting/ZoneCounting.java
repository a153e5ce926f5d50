package org.mineeco.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.RegionSpec;
import org.mineeco.spec.ZoneSpec;
import org.mineeco.spec.ZoneType;
import org.mineeco.stats.Region;
import org.mineeco.stats.RegionLevel;
import org.mineeco.stats.ZoneArea;
import org.mineeco.stats.ZoneCounts;
import org.mineeco.stats.ZoneFeature;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
import org.mineeco.zone.FeatureAccount;
import org.mineeco.zone.ZoneInputs;

/**
 * The count table of a polygon zone layer of a spec by one field ({@link ZoneCounts}), e.g. seed
 * 003's impact-level zones per level: each feature is converted to CGCS2000 lon/lat and repaired as
 * the analysis does ({@link ZoneInputs}); the features of each value are unioned (overlaps once),
 * and so are all of them for the total; areas and areas in each region of the spec's region layer
 * (union ∩ region) are ellipsoidal. Features rejected or left out by the layer's filter are counted
 * in the notes. No patches are read. Stateless and thread-safe.
 */
public final class ZoneCounting {
  private ZoneCounting() {}

  /**
   * The table of the spec's polygon zone {@code zone} by its field {@code field}, by region at
   * {@code level} (null: none), area in {@code unit} with {@code decimals}; cities and provinces
   * named from the region layer's {@value ReportingOptions#DEFAULT_CITY_NAME_FIELD} and {@value
   * ReportingOptions#DEFAULT_PROVINCE_NAME_FIELD} fields when present.
   *
   * @throws IllegalArgumentException if the spec has no polygon zone {@code zone}, the layer has no
   *     field {@code field}, or a region level is asked for without a region layer
   */
  public static Table table(
      AnalysisSpec spec,
      String zone,
      String field,
      RegionLevel level,
      AreaUnit unit,
      int decimals) {
    ZoneSpec layer = polygonZone(spec, zone);
    if (level != null && spec.regions() == null) {
      throw new IllegalArgumentException(
          "--region-level " + level + " needs the spec's region layer (regions:), which it lacks");
    }
    List<Region> regions = Reporting.regions(spec);
    STRtree index = regionIndex(spec.regions(), spec);
    List<ZoneFeature> features = new ArrayList<>();
    Map<String, List<Geometry>> byValue = new TreeMap<>();
    int leftOut = 0;
    try (FeatureReader reader = layer.source().open(spec.crs())) {
      if (reader.fieldNames().stream().noneMatch(field::equalsIgnoreCase)) {
        throw new IllegalArgumentException(
            "zone "
                + zone
                + " ("
                + reader.path()
                + ") has no field '"
                + field
                + "': expected one of "
                + reader.fieldNames());
      }
      while (reader.hasNext()) {
        Feature f = reader.next();
        if (!layer.source().accepts(f)) {
          leftOut++;
          continue;
        }
        ZoneInputs.Prepared p = ZoneInputs.polygons(zone, null, f, reader.crs());
        if (p.lonLat() == null || p.account().status() == FeatureAccount.Status.REJECTED) {
          leftOut++;
          continue;
        }
        ZoneFeature feature =
            new ZoneFeature(
                f.index(),
                f.getString(field),
                EllipsoidalArea.ofLonLat(p.lonLat()),
                regionAreas(p.lonLat(), index));
        features.add(feature);
        byValue.computeIfAbsent(feature.value(), v -> new ArrayList<>()).add(p.lonLat());
      }
    }
    Map<String, ZoneArea> unions = new TreeMap<>();
    List<Geometry> all = new ArrayList<>();
    byValue.forEach(
        (value, shapes) -> {
          Geometry union = union(shapes);
          all.add(union);
          unions.put(
              value, new ZoneArea(EllipsoidalArea.ofLonLat(union), regionAreas(union, index)));
        });
    Geometry everything = union(all);
    ZoneCounts.Tally tally =
        new ZoneCounts.Tally(
            layer.label(),
            field,
            features,
            unions,
            new ZoneArea(EllipsoidalArea.ofLonLat(everything), regionAreas(everything, index)),
            leftOut);
    Map<String, Bilingual> levels = new TreeMap<>();
    if (spec.regions() != null) {
      spec.regions()
          .levels()
          .forEach((l, words) -> levels.put(l.name().toLowerCase(Locale.ROOT), words));
    }
    return ZoneCounts.table(
        tally, regions, level, unit, decimals, new Labels(Map.of(), levels, null));
  }

  /** The union of lon/lat polygons, overlaps once; empty for none. */
  private static Geometry union(List<Geometry> shapes) {
    GeometryFactory factory = new GeometryFactory();
    if (shapes.isEmpty()) {
      return factory.createPolygon();
    }
    return OverlayNGRobust.union(factory.buildGeometry(shapes));
  }

  private static ZoneSpec polygonZone(AnalysisSpec spec, String zone) {
    List<String> names = new ArrayList<>();
    for (ZoneSpec z : spec.zones()) {
      if (z.type() == ZoneType.POLYGONS) {
        names.add(z.name());
        if (z.name().equals(zone.strip().toLowerCase(Locale.ROOT))) {
          return z;
        }
      }
    }
    throw new IllegalArgumentException(
        "the spec has no polygons zone '" + zone + "': expected one of " + names);
  }

  /** Region id → prepared lon/lat polygon, indexed by envelope; empty without a region layer. */
  private static STRtree regionIndex(RegionSpec regions, AnalysisSpec spec) {
    STRtree index = new STRtree();
    if (regions == null) {
      return index;
    }
    try (FeatureReader reader = regions.source().open(spec.crs())) {
      while (reader.hasNext()) {
        Feature f = reader.next();
        String id = f.getString(regions.idField());
        if (id == null || !regions.source().accepts(f)) {
          continue;
        }
        Geometry g = ZoneInputs.polygons("regions", id, f, reader.crs()).lonLat();
        if (g != null) {
          index.insert(g.getEnvelopeInternal(), Map.entry(id, PreparedGeometryFactory.prepare(g)));
        }
      }
    }
    return index;
  }

  /** Region id → ellipsoidal area of {@code zone} ∩ region. */
  @SuppressWarnings("unchecked")
  private static Map<String, Area> regionAreas(Geometry zone, STRtree index) {
    Map<String, Area> areas = new TreeMap<>();
    for (Object item : index.query(zone.getEnvelopeInternal())) {
      Map.Entry<String, PreparedGeometry> region = (Map.Entry<String, PreparedGeometry>) item;
      PreparedGeometry shape = region.getValue();
      Area inside;
      if (shape.containsProperly(zone)) {
        inside = EllipsoidalArea.ofLonLat(zone);
      } else if (!shape.intersects(zone)) {
        continue;
      } else {
        inside =
            EllipsoidalArea.ofLonLat(
                OverlayNGRobust.overlay(zone, shape.getGeometry(), OverlayNG.INTERSECTION));
      }
      if (inside.squareMetres() > 0) {
        areas.merge(region.getKey(), inside, Area::plus);
      }
    }
    return areas;
  }
}
