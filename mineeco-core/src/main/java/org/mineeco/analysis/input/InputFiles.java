package org.mineeco.analysis.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mineeco.io.BadInputException;
import org.mineeco.io.Digests;
import org.mineeco.io.IoErrors;
import org.mineeco.io.OutputSet;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.LayerRef;
import org.mineeco.spec.ZoneSpec;

/**
 * The files an analysis reads (every layer file of its spec, a Shapefile's {@code .shx}, {@code
 * .dbf}, {@code .prj} and {@code .cpg} included) with the SHA-256 of their bytes, taken before the
 * analysis reads them. The same digests key the analysis cache, and {@link #requireUnchanged()}
 * takes them again when the analysis is done: a file written while it was read (rows from two
 * versions of it) fails the run before anything is stored or published. A folder holding an output
 * set that a killed run left half placed is settled first ({@link OutputSet#settleFoldersOf}).
 * Database tables are not files and are not listed. Immutable, thread-safe.
 */
public final class InputFiles {
  private static final List<String> SHAPEFILE_PARTS = List.of(".shx", ".dbf", ".prj", ".cpg");

  private final Map<Path, String> digests;

  private InputFiles(Map<Path, String> digests) {
    this.digests = digests;
  }

  /** The layer files of {@code spec}, each read once now for its digest. */
  public static InputFiles of(AnalysisSpec spec) {
    List<Path> files = files(spec);
    // A set of outputs that a killed run left half placed is completed before it is read.
    OutputSet.settleFoldersOf(files);
    Map<Path, String> digests = new LinkedHashMap<>();
    for (Path file : files) {
      digests.put(file, digest(file));
    }
    return new InputFiles(Collections.unmodifiableMap(digests));
  }

  /** Each file with the hex SHA-256 of its bytes, in spec order. */
  public Map<Path, String> digests() {
    return digests;
  }

  /**
   * Takes every digest again.
   *
   * @throws BadInputException naming the first file whose bytes are no longer those analysed
   */
  public void requireUnchanged() {
    for (Map.Entry<Path, String> e : digests.entrySet()) {
      if (!Files.exists(e.getKey()) || !digest(e.getKey()).equals(e.getValue())) {
        throw new BadInputException(
            e.getKey(),
            "changed while it was analysed (written or replaced during the run): nothing was"
                + " stored or written; run again once it is complete");
      }
    }
  }

  private static List<Path> files(AnalysisSpec spec) {
    List<LayerRef> layers = new ArrayList<>();
    layers.add(spec.patches());
    spec.zones().stream().map(ZoneSpec::source).forEach(layers::add);
    if (spec.regions() != null) {
      layers.add(spec.regions().source());
    }
    List<Path> files = new ArrayList<>();
    for (LayerRef layer : layers) {
      if (!layer.isFile() || files.contains(layer.path())) {
        continue;
      }
      Path path = layer.path();
      files.add(path);
      String name = path.getFileName().toString();
      if (name.toLowerCase(Locale.ROOT).endsWith(".shp")) {
        String base = name.substring(0, name.length() - 4);
        for (String part : SHAPEFILE_PARTS) {
          for (String variant : List.of(part, part.toUpperCase(Locale.ROOT))) {
            Path sidecar = path.resolveSibling(base + variant);
            if (Files.isRegularFile(sidecar) && !files.contains(sidecar)) {
              files.add(sidecar);
            }
          }
        }
      }
    }
    return files;
  }

  private static String digest(Path file) {
    try {
      return Digests.sha256(file);
    } catch (IOException e) {
      throw new BadInputException(file, "cannot read: " + IoErrors.reason(e, file), e);
    }
  }
}
