package org.mineeco.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mineeco.crs.Crs;
import org.mineeco.units.Area;

/** Counts outcomes and collects repairs, rejects and declared-area differences. */
final class ReportBuilder {
  private final Path file;
  private final Crs crs;
  private final double tolerance;
  private final int maxExamples;
  private final List<Repair> repairs = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private final List<Filtered> filtered = new ArrayList<>();
  private final List<AreaDifference> examples = new ArrayList<>();
  private long read;
  private long accepted;
  private long compared;
  private long differing;
  private long unreadable;

  ReportBuilder(Path file, Crs crs, double tolerance, int maxExamples) {
    this.file = file;
    this.crs = crs;
    this.tolerance = tolerance;
    this.maxExamples = maxExamples;
  }

  void read() {
    read++;
  }

  void accepted() {
    accepted++;
  }

  void repaired(Repair repair) {
    repairs.add(repair);
  }

  void rejected(Reject reject) {
    rejects.add(reject);
  }

  void filtered(Filtered feature) {
    filtered.add(feature);
  }

  void unreadableDeclaredArea() {
    unreadable++;
  }

  /** Compares a declared area with the computed one. */
  void declaredArea(long index, String id, Area declared, Area computed) {
    compared++;
    AreaDifference difference = new AreaDifference(index, id, declared, computed);
    if (difference.relativeDifference() > tolerance) {
      differing++;
      if (examples.size() < maxExamples) {
        examples.add(difference);
      }
    }
  }

  IngestReport build() {
    return new IngestReport(
        file,
        crs,
        read,
        accepted,
        repairs,
        rejects,
        filtered,
        new DeclaredAreaCheck(tolerance, compared, differing, unreadable, examples));
  }
}
