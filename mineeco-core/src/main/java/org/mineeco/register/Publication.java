package org.mineeco.register;

import java.util.List;
import org.mineeco.io.Feature;
import org.mineeco.table.Table;

/**
 * A public list (公示) of one survey year.
 *
 * @param table the disclosure table
 * @param features the same rows with each patch's polygon (CGCS2000 lon/lat), for GeoJSON
 */
public record Publication(Table table, List<Feature> features) {
  public Publication {
    features = List.copyOf(features);
  }
}
