package org.mineeco.demo;

import java.util.List;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;

/** Where the generator writes each layer: files, or memory in tests. */
interface LayerSink {
  /** A writer for the layer stored as {@code fileName}, whose attributes are {@code fields}. */
  FeatureWriter open(String fileName, List<Field> fields);
}
