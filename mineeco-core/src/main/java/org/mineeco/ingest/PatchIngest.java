package org.mineeco.ingest;

import java.nio.file.Path;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;

/**
 * Reads a patch layer into {@link org.mineeco.model.MinePatch} values, one {@link PatchOutcome} per
 * input feature in input order. Geometries stay in the layer's CRS; areas in reports are
 * ellipsoidal on GRS80 (m²).
 *
 * <p>Rules, in the order they are applied to a feature:
 *
 * <ol>
 *   <li>a missing or blank id field is rejected, naming the field;
 *   <li>a missing geometry is rejected ({@code no geometry}, or the reader's reason); an empty one
 *       is rejected; a point or line is rejected naming the type found; a geometry collection keeps
 *       its polygons and drops the rest, as a repair;
 *   <li>a vertex that is not a finite number, or outside [-180, 180] x [-90, 90] in a geographic
 *       CRS, is rejected naming the vertex;
 *   <li>an invalid polygon (self-intersection, bow-tie, too few distinct points, overlapping or
 *       wrongly nested rings) is repaired with JTS {@code GeometryFixer} (collapsed parts dropped),
 *       the reason being JTS's validation error and its location; a repair that leaves no area is
 *       rejected; a ring the reader had to close counts as a repair with the reader's reason;
 *   <li>an id already given to an earlier accepted or repaired patch is rejected, naming the index
 *       of the first. All such ids are kept in memory (roughly 100 bytes each).
 * </ol>
 *
 * Consecutive repeated vertices are valid in JTS and are kept as read. Unknown or missing survey
 * codes are {@code UNKNOWN}, never a reason to reject. When {@code TBMJ} is present the patch's
 * ellipsoidal area is computed and compared with it ({@link DeclaredAreaCheck}).
 */
public final class PatchIngest {
  private PatchIngest() {}

  /**
   * Opens the layer at {@code file} with {@code options.read()}.
   *
   * @throws org.mineeco.io.BadInputException naming the file when it cannot be opened
   */
  public static PatchStream open(Path file, IngestOptions options) {
    return open(Layers.open(file, options.read()), options);
  }

  /** Ingests the features of an open reader, which the returned stream closes. */
  public static PatchStream open(FeatureReader reader, IngestOptions options) {
    return new IngestingStream(reader, options);
  }
}
