package org.mineeco.demo;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link DemoData#generate} wrote.
 *
 * @param directory the folder holding the files
 * @param featureCounts features (rows of a CSV file) written per file name, in writing order
 * @param defects the deliberate defects in {@code patches.geojson}
 * @param changes the changes from {@code patches.geojson} (2023) to {@code patches_2024.geojson}
 */
public record DemoResult(
    Path directory,
    Map<String, Long> featureCounts,
    PatchDefects defects,
    SnapshotChanges changes) {
  public DemoResult {
    featureCounts = Collections.unmodifiableMap(new LinkedHashMap<>(featureCounts));
  }

  /**
   * Deliberate problems in {@code patches.geojson}, counted as written.
   *
   * @param bowTies figure-eight rings (invalid)
   * @param swappedVertices rings with two neighbouring vertices swapped (invalid)
   * @param spikes rings with a zero-width spike (invalid)
   * @param duplicatePoints rings with a repeated vertex (valid by OGC rules)
   * @param withHoles polygons with a hole (valid)
   * @param multipart multipolygons (valid)
   * @param nullGeometries features whose geometry is null (rejects)
   * @param duplicateIds features repeating the TBBH of the feature just before them (rejects)
   * @param lineStrings features with a LineString geometry (rejects)
   * @param declaredAreaOff patches whose TBMJ is off the true area by more than 10%
   */
  public record PatchDefects(
      int bowTies,
      int swappedVertices,
      int spikes,
      int duplicatePoints,
      int withHoles,
      int multipart,
      int nullGeometries,
      int duplicateIds,
      int lineStrings,
      int declaredAreaOff) {
    /** The features that are not valid polygons by OGC rules (not counting the rejects). */
    public int invalidGeometries() {
      return bowTies + swappedVertices + spikes;
    }

    /** The features a reader should reject. */
    public int rejects() {
      return nullGeometries + duplicateIds + lineStrings;
    }
  }

  /**
   * The changes between the two surveys, by TBBH. Every 2023 patch not listed here is in 2024
   * unchanged (same TBBH, fields and geometry); the reject features are in neither accounting.
   *
   * @param newlyRestored HFZLQK A in 2023, B in 2024 (ZLND 2024)
   * @param reDamaged HFZLQK B in 2023, A in 2024 (ZLND a planned year)
   * @param delistedFlagged restored patches kept in 2024 with XH = 1 (销号)
   * @param delistedRemoved restored patches absent from 2024 (delisted and dropped)
   * @param newlyDamaged TBBH of 2024 patches that did not exist in 2023 (HFZLQK A)
   * @param renamed 2023 TBBH to the new 2024 TBBH of patches otherwise unchanged, same geometry
   * @param unchanged count of 2023 patches present and identical in 2024
   */
  public record SnapshotChanges(
      List<String> newlyRestored,
      List<String> reDamaged,
      List<String> delistedFlagged,
      List<String> delistedRemoved,
      List<String> newlyDamaged,
      Map<String, String> renamed,
      int unchanged) {
    public SnapshotChanges {
      newlyRestored = List.copyOf(newlyRestored);
      reDamaged = List.copyOf(reDamaged);
      delistedFlagged = List.copyOf(delistedFlagged);
      delistedRemoved = List.copyOf(delistedRemoved);
      newlyDamaged = List.copyOf(newlyDamaged);
      renamed = Collections.unmodifiableMap(new LinkedHashMap<>(renamed));
    }
  }
}
