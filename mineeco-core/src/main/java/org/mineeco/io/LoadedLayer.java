package org.mineeco.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.mineeco.crs.Crs;

/**
 * A layer read whole into memory, to be read several times (a spec's checks, then each zone built
 * from it) with one pass over the file. Immutable and thread-safe; each {@link #reader()} is a
 * fresh, not thread-safe reader.
 */
public final class LoadedLayer {
  private final Path path;
  private final Crs crs;
  private final List<String> fieldNames;
  private final List<Feature> features;

  private LoadedLayer(Path path, Crs crs, List<String> fieldNames, List<Feature> features) {
    this.path = path;
    this.crs = crs;
    this.fieldNames = List.copyOf(fieldNames);
    this.features = features;
  }

  /**
   * Reads every feature of {@code reader} and closes it.
   *
   * @throws BadInputException as the reader does
   */
  public static LoadedLayer of(FeatureReader reader) {
    Objects.requireNonNull(reader, "reader");
    try (reader) {
      List<Feature> features = new ArrayList<>();
      reader.forEachRemaining(features::add);
      return new LoadedLayer(
          reader.path(), reader.crs(), reader.fieldNames(), List.copyOf(features));
    }
  }

  /** The CRS of the features' geometries. */
  public Crs crs() {
    return crs;
  }

  /** The features in source order; unmodifiable. */
  public List<Feature> features() {
    return features;
  }

  /** A reader over the features from the first, as the file's reader gave them. */
  public FeatureReader reader() {
    Iterator<Feature> it = features.iterator();
    return new AbstractFeatureReader(path, crs) {
      @Override
      public List<String> fieldNames() {
        return fieldNames;
      }

      @Override
      protected Feature readNext() {
        return it.hasNext() ? it.next() : null;
      }

      @Override
      protected void closeSource() {}
    };
  }
}
