package org.mineeco.ingest;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;

/** An in-memory layer. */
final class ListReader implements FeatureReader {
  private final Crs crs;
  private final Iterator<Feature> features;
  boolean closed;

  ListReader(Crs crs, List<Feature> features) {
    this.crs = crs;
    this.features = features.iterator();
  }

  @Override
  public Path path() {
    return Path.of("memory.geojson");
  }

  @Override
  public Crs crs() {
    return crs;
  }

  @Override
  public List<String> fieldNames() {
    return List.of();
  }

  @Override
  public boolean hasNext() {
    return features.hasNext();
  }

  @Override
  public Feature next() {
    return features.next();
  }

  @Override
  public void close() {
    closed = true;
  }
}
