package org.mineeco.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;

/**
 * Derives the 2024 survey from the 2023 patches as they stream past, and records every change: 1%
 * renamed (new TBBH, same geometry and fields); of unrestored patches 12% newly restored; of
 * restored patches 5% re-damaged, 6% delisted and flagged XH = 1, 4% delisted and removed; the rest
 * unchanged. Newly damaged patches are appended at the end.
 */
final class Snapshot {
  private final SplittableRandom r;
  private final Patches ids;
  private final FeatureWriter out;
  private final List<String> newlyRestored = new ArrayList<>();
  private final List<String> reDamaged = new ArrayList<>();
  private final List<String> flagged = new ArrayList<>();
  private final List<String> removed = new ArrayList<>();
  private final List<String> newlyDamaged = new ArrayList<>();
  private final Map<String, String> renamed = new LinkedHashMap<>();
  private int unchanged;
  private long written;

  Snapshot(SplittableRandom r, Patches ids, FeatureWriter out) {
    this.r = r;
    this.ids = ids;
    this.out = out;
  }

  /** Carries one 2023 patch into 2024, changed or not. */
  void carry(Patch p) {
    double u = r.nextDouble();
    boolean restored = "B".equals(p.properties().get("HFZLQK"));
    if (u < 0.01) {
      String id = ids.newId(p.county(), 2024);
      renamed.put(p.tbbh(), id);
      write(p.with(Map.of("TBBH", id)));
    } else if (!restored && u < 0.13) {
      newlyRestored.add(p.tbbh());
      write(p.with(Map.of("HFZLQK", "B", "ZLND", 2024L)));
    } else if (restored && u < 0.06) {
      reDamaged.add(p.tbbh());
      write(p.with(Map.of("HFZLQK", "A", "ZLND", SurveyCodes.plannedYear(r, 2024, true))));
    } else if (restored && u < 0.12) {
      flagged.add(p.tbbh());
      write(p.with(Map.of("XH", 1L)));
    } else if (restored && u < 0.16) {
      removed.add(p.tbbh());
    } else {
      unchanged++;
      write(p);
    }
  }

  /** Appends a patch first seen in 2024. */
  void addNew(Patch p) {
    newlyDamaged.add(p.tbbh());
    write(p);
  }

  long written() {
    return written;
  }

  DemoResult.SnapshotChanges changes() {
    return new DemoResult.SnapshotChanges(
        newlyRestored, reDamaged, flagged, removed, newlyDamaged, renamed, unchanged);
  }

  private void write(Patch p) {
    out.write(new Feature(written++, p.geometry(), p.properties()));
  }
}
