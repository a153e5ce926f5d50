package org.mineeco.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;

/**
 * Generates the demo dataset: a fictional province on the middle Yangtze (荆江省, code 49, about
 * 108.7-113.3°E, 28.8-31.6°N) with counties, rivers, zone layers, basic farmland and two annual
 * surveys of mine patches, as GeoJSON in CGCS2000 lon/lat (EPSG:4490) with coordinates rounded to 7
 * decimals. Deterministic: the same {@link DemoOptions} give byte-identical files. Patches and
 * farmland are streamed to the writers, so benchmark sizes need little memory. See data/README.md
 * for every layer and field.
 */
public final class DemoData {
  static final String COUNTIES = "counties.geojson";
  static final String RIVERS = "rivers.geojson";
  static final String LAKES = "lakes.geojson";
  static final String TOWNS = "towns.geojson";
  static final String ROADS = "roads.geojson";
  static final String RESERVES = "reserves.geojson";
  static final String SCENIC = "scenic.geojson";
  static final String RED_LINES = "redline.geojson";
  static final String FARMLAND = "farmland.geojson";
  static final String PATCHES = "patches.geojson";
  static final String PATCHES_2024 = "patches_2024.geojson";
  static final String CHANGES = "changes_2024.geojson";

  private DemoData() {}

  /**
   * Writes the demo layers into {@code directory}, creating it if needed, and the register's demo
   * ledger and progress files ({@code ledger.csv}, {@code progress.csv}, see {@link DemoRegister});
   * existing files of the same names are replaced.
   *
   * @throws UncheckedIOException when the folder cannot be created
   */
  public static DemoResult generate(DemoOptions options, Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + directory, e);
    }
    DemoResult layers =
        generate(
            options,
            directory,
            (name, fields) ->
                Layers.create(
                    directory.resolve(name),
                    new WriteOptions(Crs.CGCS2000, name.replace(".geojson", ""), fields)));
    Map<String, Long> counts = new LinkedHashMap<>(layers.featureCounts());
    counts.putAll(DemoRegister.write(directory));
    return new DemoResult(directory, counts, layers.defects(), layers.changes());
  }

  static DemoResult generate(DemoOptions options, Path directory, LayerSink sink) {
    SplittableRandom root = new SplittableRandom(options.seed());
    World world = World.build(root.split());
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(COUNTIES, layer(sink, COUNTIES, countyFields(), w -> counties(world, w)));
    SplittableRandom pieces = root.split();
    counts.put(RIVERS, layer(sink, RIVERS, riverFields(), w -> rivers(world, pieces, w)));
    zones(sink, LAKES, world.lakes, counts);
    zones(sink, TOWNS, world.towns, counts);
    zones(sink, ROADS, world.roads, counts);
    zones(sink, RESERVES, world.reserves, counts);
    zones(sink, SCENIC, world.scenic, counts);
    zones(sink, RED_LINES, world.redLines, counts);
    SplittableRandom farm = root.split();
    counts.put(
        FARMLAND,
        layer(
            sink,
            FARMLAND,
            Farmland.FIELDS,
            w -> Farmland.write(farm, world, options.farmlandParcels(), w)));
    Surveys surveys =
        new Surveys(options, new Patches(root.split(), mines(options), world, options.patches()));
    SplittableRandom changes = root.split();
    counts.put(
        PATCHES,
        layer(
            sink,
            PATCHES,
            Patches.FIELDS,
            w23 -> {
              long n =
                  layer(
                      sink,
                      PATCHES_2024,
                      Patches.FIELDS,
                      w24 -> surveys.write(w23, new Snapshot(changes, surveys.patches, w24)));
              counts.put(PATCHES_2024, n);
              return surveys.written23;
            }));
    DemoResult.SnapshotChanges recorded = surveys.snapshot.changes();
    counts.put(CHANGES, layer(sink, CHANGES, changeFields(), w -> changeKey(recorded, w)));
    return new DemoResult(directory, counts, surveys.defects(), recorded);
  }

  /**
   * The mine ids, from a random stream seeded apart from the root (the seed xor "KSBH"), so that
   * they shift none of the other layers' streams.
   */
  private static Mines mines(DemoOptions options) {
    return new Mines(new SplittableRandom(options.seed() ^ 0x4b534248L));
  }

  /** Writes a layer, aborting the writer if anything fails; returns the feature count. */
  private static long layer(
      LayerSink sink, String name, List<Field> fields, ToLongFunction<FeatureWriter> body) {
    FeatureWriter w = sink.open(name, fields);
    try {
      long n = body.applyAsLong(w);
      w.commit();
      return n;
    } catch (RuntimeException | Error e) {
      w.abort();
      throw e;
    }
  }

  private static List<Field> strings(String... names) {
    List<Field> f = new ArrayList<>();
    for (String n : names) {
      f.add(new Field(n, FieldType.STRING));
    }
    return f;
  }

  private static List<Field> countyFields() {
    return strings("XZQDM", "NAME", "CITY", "CITY_CODE", "PROVINCE");
  }

  private static List<Field> riverFields() {
    List<Field> f = strings("NAME", "CLASS");
    f.add(new Field("PIECE", FieldType.INTEGER));
    return f;
  }

  private static List<Field> changeFields() {
    return strings("TBBH", "TBBH_2024", "CHANGE");
  }

  private static long counties(World world, FeatureWriter w) {
    long i = 0;
    for (County c : world.counties.all()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("XZQDM", c.code());
      p.put("NAME", c.name());
      p.put("CITY", c.cityName());
      p.put("CITY_CODE", c.cityCode());
      p.put("PROVINCE", Counties.PROVINCE);
      w.write(new Feature(i++, c.lonLat(), p));
    }
    return i;
  }

  private static long rivers(World world, SplittableRandom r, FeatureWriter w) {
    long i = 0;
    for (River river : world.rivers.all()) {
      long piece = 0;
      for (var line : Rivers.pieces(r, river.line())) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("NAME", river.name());
        p.put("CLASS", river.riverClass());
        p.put("PIECE", ++piece);
        w.write(new Feature(i++, LocalFrame.toLonLat(line), p));
      }
    }
    return i;
  }

  private static void zones(
      LayerSink sink, String name, List<PlaneFeature> features, Map<String, Long> counts) {
    List<Field> fields = strings(features.get(0).properties().keySet().toArray(new String[0]));
    counts.put(
        name,
        layer(
            sink,
            name,
            fields,
            w -> {
              long i = 0;
              for (PlaneFeature f : features) {
                w.write(new Feature(i++, LocalFrame.toLonLat(f.plane()), f.properties()));
              }
              return i;
            }));
  }

  private static long changeKey(DemoResult.SnapshotChanges c, FeatureWriter w) {
    List<String[]> rows = new ArrayList<>();
    c.newlyRestored().forEach(id -> rows.add(new String[] {id, id, "newly_restored"}));
    c.reDamaged().forEach(id -> rows.add(new String[] {id, id, "re_damaged"}));
    c.delistedFlagged().forEach(id -> rows.add(new String[] {id, id, "delisted_flagged"}));
    c.delistedRemoved().forEach(id -> rows.add(new String[] {id, null, "delisted_removed"}));
    c.newlyDamaged().forEach(id -> rows.add(new String[] {null, id, "newly_damaged"}));
    c.renamed().forEach((from, to) -> rows.add(new String[] {from, to, "renamed"}));
    long i = 0;
    for (String[] row : rows) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("TBBH", row[0]);
      p.put("TBBH_2024", row[1]);
      p.put("CHANGE", row[2]);
      w.write(new Feature(i++, null, p));
    }
    return i;
  }

  /**
   * Both surveys, written together: each 2023 patch is carried into 2024 as it is written, the
   * reject features are slipped into 2023 only, and new patches are appended to 2024.
   */
  private static final class Surveys {
    final DemoOptions options;
    final Patches patches;
    Snapshot snapshot;
    long written23;
    int bowTies;
    int swapped;
    int spikes;
    int duplicatePoints;
    int holes;
    int multipart;
    int areaOff;
    int nullGeometries;
    int duplicateIds;
    int lineStrings;

    Surveys(DemoOptions options, Patches patches) {
      this.options = options;
      this.patches = patches;
    }

    long write(FeatureWriter w23, Snapshot s) {
      snapshot = s;
      int n = options.patches();
      for (int i = 0; i < n; i++) {
        Patch p = patches.next(2023, true);
        emit(w23, p.geometry(), p.properties());
        count(p);
        s.carry(p);
        rejects(w23, i, n, p);
      }
      int fresh = n * 3 / 100;
      for (int i = 0; i < fresh; i++) {
        s.addNew(patches.next(2024, false));
      }
      return s.written();
    }

    /** After patch {@code i}: null geometries at 1/4, 1/2, 3/4; duplicates at 1/3, 2/3; a line. */
    private void rejects(FeatureWriter w, int i, int n, Patch previous) {
      if (i == n / 4 || i == n / 2 || i == 3 * n / 4) {
        emit(w, null, patches.next(2023, false).properties());
        nullGeometries++;
      }
      if (i == n / 3 || i == 2 * n / 3) {
        Patch twin = patches.next(2023, false).with(Map.of("TBBH", previous.tbbh()));
        emit(w, twin.geometry(), twin.properties());
        duplicateIds++;
      }
      if (i == n / 5) {
        Patch p = patches.next(2023, false);
        emit(w, ((Polygon) p.geometry().getGeometryN(0)).getExteriorRing(), p.properties());
        lineStrings++;
      }
    }

    private void emit(FeatureWriter w, Geometry g, Map<String, Object> p) {
      w.write(new Feature(written23++, g, p));
    }

    private void count(Patch p) {
      switch (p.defect()) {
        case BOW_TIE -> bowTies++;
        case SWAPPED_VERTICES -> swapped++;
        case SPIKE -> spikes++;
        case DUPLICATE_POINT -> duplicatePoints++;
        case NONE -> {}
      }
      if (p.geometry() instanceof Polygon poly && poly.getNumInteriorRing() > 0) {
        holes++;
      }
      if (p.geometry().getNumGeometries() > 1) {
        multipart++;
      }
      if (p.declaredAreaOff()) {
        areaOff++;
      }
    }

    DemoResult.PatchDefects defects() {
      return new DemoResult.PatchDefects(
          bowTies,
          swapped,
          spikes,
          duplicatePoints,
          holes,
          multipart,
          nullGeometries,
          duplicateIds,
          lineStrings,
          areaOff);
    }
  }
}
