package org.mineeco.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.mineeco.crs.AreaOfUse;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;

/**
 * Checks a spec against the layers it names before any analysis, so that a spec that would run but
 * be silently wrong fails in one line naming the spec file and key: a {@code where} field the layer
 * lacks or a {@code where} matching no feature, a zone type the layer's geometries cannot be (a
 * corridor needs lines, a polygons zone polygons), an id or name field the layer lacks, and data
 * outside its CRS's area of use (a wrong CRS). Zone and region layers are read whole; the patch
 * layer's first {@value #PATCH_SAMPLE} features are read. Stateless.
 */
public final class SpecCheck {
  static final int PATCH_SAMPLE = 1000;

  private SpecCheck() {}

  /**
   * Checks {@code spec} against its layers.
   *
   * @throws SpecException naming the spec file and the key at fault
   * @throws org.mineeco.io.BadInputException when a layer cannot be read
   */
  public static void againstData(AnalysisSpec spec) {
    againstData(spec, source -> source.open(spec.crs()));
  }

  /**
   * Checks {@code spec} against its layers, reading the zone and region layers through {@code
   * layers} (e.g. from layers already read into memory); the patch layer is opened from its file.
   *
   * @throws SpecException naming the spec file and the key at fault
   * @throws org.mineeco.io.BadInputException when a layer cannot be read
   */
  public static void againstData(AnalysisSpec spec, Function<LayerRef, FeatureReader> layers) {
    List<LayerRef> sources = new ArrayList<>();
    sources.add(spec.patches());
    spec.zones().forEach(zone -> sources.add(zone.source()));
    if (spec.regions() != null) {
      sources.add(spec.regions().source());
    }
    // The layers are read at once; the checks below run in spec order.
    List<Survey> surveys =
        IntStream.range(0, sources.size())
            .parallel()
            .mapToObj(
                i ->
                    i == 0
                        ? Survey.of(spec.patches().open(spec.crs()), sources.get(i), PATCH_SAMPLE)
                        : Survey.of(layers.apply(sources.get(i)), sources.get(i), Long.MAX_VALUE))
            .toList();
    Survey patches = surveys.get(0);
    patches.requireField(spec, "patches.id", spec.idField());
    patches.requireFeatures(spec, "patches.path");
    patches.requireInAreaOfUse(spec, "patches.path");
    for (int i = 0; i < spec.zones().size(); i++) {
      ZoneSpec zone = spec.zones().get(i);
      String key = "zones[" + i + "]";
      Survey survey = surveys.get(i + 1);
      survey.requireWhere(spec, key, zone.source());
      survey.requireKind(spec, key, zone.type());
      survey.requireInAreaOfUse(spec, key + ".path");
    }
    if (spec.regions() != null) {
      RegionSpec regions = spec.regions();
      Survey survey = surveys.get(surveys.size() - 1);
      survey.requireWhere(spec, "regions", regions.source());
      survey.requireField(spec, "regions.id", regions.idField());
      survey.requireField(spec, "regions.name", regions.nameField());
      survey.requireKind(spec, "regions", ZoneType.POLYGONS);
      survey.requireInAreaOfUse(spec, "regions.path");
    }
  }

  /** What one pass over (the start of) a layer saw. */
  private static final class Survey {
    private final Path path;
    private final Crs crs;
    private final Set<String> fields = new LinkedHashSet<>();
    private final Map<String, Set<String>> whereValues = new LinkedHashMap<>();
    private final Envelope extent = new Envelope();
    private final Set<String> kinds = new TreeSet<>();
    private long read;
    private long matched;
    private long lines;
    private long polygons;
    private long withGeometry;
    private Feature firstBroken;

    private Survey(Path path, Crs crs) {
      this.path = path;
      this.crs = crs;
    }

    static Survey of(FeatureReader layer, LayerRef source, long limit) {
      try (FeatureReader reader = layer) {
        Survey s = new Survey(source.path(), reader.crs());
        s.fields.addAll(reader.fieldNames());
        source.where().keySet().forEach(k -> s.whereValues.put(k, new TreeSet<>()));
        while (reader.hasNext() && s.read < limit) {
          s.add(reader.next(), source);
        }
        return s;
      }
    }

    private void add(Feature feature, LayerRef source) {
      read++;
      fields.addAll(feature.properties().keySet());
      for (Map.Entry<String, Set<String>> e : whereValues.entrySet()) {
        String value = feature.getString(e.getKey());
        if (value != null && e.getValue().size() < 12) {
          e.getValue().add(value);
        }
      }
      if (!source.accepts(feature)) {
        return;
      }
      matched++;
      Geometry g = feature.geometry();
      if (g == null || g.isEmpty()) {
        if (firstBroken == null && feature.geometryIssue() != null) {
          firstBroken = feature;
        }
        return;
      }
      withGeometry++;
      extent.expandToInclude(g.getEnvelopeInternal());
      countKinds(g);
    }

    private void countKinds(Geometry g) {
      if (g instanceof GeometryCollection && !(g instanceof Lineal) && !(g instanceof Polygonal)) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
          countKinds(g.getGeometryN(i));
        }
        return;
      }
      kinds.add(g.getGeometryType());
      if (g instanceof Lineal) {
        lines++;
      } else if (g instanceof Polygonal) {
        polygons++;
      }
    }

    private boolean hasField(String name) {
      return fields.stream().anyMatch(f -> f.equalsIgnoreCase(name));
    }

    /** A layer without a feature has nothing to analyse: an error, not an empty success. */
    void requireFeatures(AnalysisSpec spec, String key) {
      if (read == 0) {
        throw new SpecException(
            spec.file(), key, path.getFileName() + " has no features: there is nothing to analyse");
      }
    }

    void requireField(AnalysisSpec spec, String key, String field) {
      if ((read > 0 || !fields.isEmpty()) && !hasField(field)) {
        throw new SpecException(
            spec.file(),
            key,
            "field '"
                + field
                + "' is not in "
                + path.getFileName()
                + Keys.hint(field, fields).replace("expected one of", "its fields are"));
      }
    }

    void requireWhere(AnalysisSpec spec, String key, LayerRef source) {
      for (String field : source.where().keySet()) {
        requireField(spec, key + ".where." + field, field);
      }
      if (matched == 0) {
        String detail =
            source.where().isEmpty()
                ? path.getFileName() + " has no features"
                : "matches none of the "
                    + read
                    + " features of "
                    + path.getFileName()
                    + "; values there: "
                    + whereValues;
        throw new SpecException(
            spec.file(), source.where().isEmpty() ? key + ".path" : key + ".where", detail);
      }
    }

    void requireKind(AnalysisSpec spec, String key, ZoneType type) {
      boolean ok =
          switch (type) {
            case CORRIDOR -> lines > 0;
            case POLYGONS -> polygons > 0;
            case BUFFER -> true;
          };
      if (!ok && !kinds.isEmpty()) {
        String wanted =
            type == ZoneType.CORRIDOR
                ? "river lines (LineString, MultiLineString)"
                : "polygons (Polygon, MultiPolygon)";
        String instead =
            type == ZoneType.CORRIDOR
                ? "use type polygons or buffer for these"
                : "use type corridor or buffer for these";
        throw new SpecException(
            spec.file(),
            key.startsWith("zones") ? key + ".type" : key + ".path",
            (key.startsWith("zones")
                    ? "a " + type.name().toLowerCase(Locale.ROOT) + " zone"
                    : "regions")
                + " needs "
                + wanted
                + ", but "
                + path.getFileName()
                + " has "
                + String.join(", ", kinds)
                + (key.startsWith("zones") ? ": " + instead : ""));
      }
    }

    void requireInAreaOfUse(AnalysisSpec spec, String key) {
      if (withGeometry == 0 && firstBroken != null) {
        throw new SpecException(
            spec.file(),
            key,
            "no feature of "
                + path.getFileName()
                + (read < Long.MAX_VALUE && read == PATCH_SAMPLE
                    ? " (of the first " + read + ")"
                    : "")
                + " read as "
                + crs
                + " has a usable geometry, e.g. feature "
                + firstBroken.index()
                + ": "
                + firstBroken.geometryIssue()
                + (firstBroken.geometryIssue().contains(" outside [")
                    ? ". The CRS is wrong: fix the file's CRS (.prj, GeoPackage, GeoJSON crs member)"
                        + " or, for a file that names none, the spec's crs: key"
                    : ""));
      }
      AreaOfUse.problem(crs, extent)
          .ifPresent(
              problem -> {
                throw new SpecException(
                    spec.file(),
                    key,
                    path.getFileName()
                        + " read as "
                        + crs
                        + ": "
                        + problem
                        + ". The CRS is wrong: fix the file's CRS (.prj, GeoPackage, GeoJSON crs"
                        + " member) or, for a file that names none, the spec's crs: key"
                        + (spec.crs() == null ? "" : " (now " + spec.crs() + ")"));
              });
    }
  }
}
