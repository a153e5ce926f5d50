package org.mineeco.ingest;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.mineeco.crs.Crs;
import org.mineeco.io.AbstractFeatureReader;
import org.mineeco.io.Feature;

/** An in-memory layer. */
final class ListReader extends AbstractFeatureReader {
  private final Iterator<Feature> features;
  boolean closed;

  ListReader(Crs crs, List<Feature> features) {
    super(Path.of("memory.geojson"), crs);
    this.features = features.iterator();
  }

  @Override
  public List<String> fieldNames() {
    return List.of();
  }

  @Override
  protected Feature readNext() {
    return features.hasNext() ? features.next() : null;
  }

  @Override
  protected void closeSource() {
    closed = true;
  }
}
