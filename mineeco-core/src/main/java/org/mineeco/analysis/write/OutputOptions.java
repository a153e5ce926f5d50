package org.mineeco.analysis.write;

/**
 * Options of {@link AnalysisWriter#write(Analysis, java.nio.file.Path, OutputOptions)}.
 *
 * @param declaredAreaTolerance the relative difference between a patch's declared area {@code TBMJ}
 *     and its computed ellipsoidal area above which it is listed in {@code declared_area.csv}, e.g.
 *     0.05 for 5%
 * @param bom whether the CSV files start with a UTF-8 byte-order mark
 */
public record OutputOptions(double declaredAreaTolerance, boolean bom) {
  /** 5% tolerance, CSV files with a byte-order mark. */
  public static final OutputOptions DEFAULTS = new OutputOptions(0.05, true);

  public OutputOptions {
    if (!(declaredAreaTolerance >= 0) || Double.isInfinite(declaredAreaTolerance)) {
      throw new IllegalArgumentException(
          "declared-area tolerance must be a finite fraction >= 0 (0.05 = 5%), was "
              + declaredAreaTolerance);
    }
  }
}
