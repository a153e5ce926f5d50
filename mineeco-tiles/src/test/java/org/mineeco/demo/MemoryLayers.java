package org.mineeco.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;

/** A {@link LayerSink} keeping every closed layer in memory, by file name. */
final class MemoryLayers implements LayerSink {
  final Map<String, List<Feature>> layers = new LinkedHashMap<>();
  final Map<String, List<Field>> fields = new LinkedHashMap<>();

  @Override
  public FeatureWriter open(String fileName, List<Field> layerFields) {
    List<Feature> features = new ArrayList<>();
    return new FeatureWriter() {
      @Override
      public Path path() {
        return Path.of(fileName);
      }

      @Override
      public void write(Feature feature) {
        features.add(feature);
      }

      @Override
      public void commit() {
        layers.put(fileName, features);
        fields.put(fileName, layerFields);
      }

      @Override
      public void abort() {
        features.clear();
      }
    };
  }

  List<Feature> get(String fileName) {
    return layers.get(fileName);
  }
}
