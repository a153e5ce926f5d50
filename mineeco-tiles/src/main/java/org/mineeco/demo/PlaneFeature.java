package org.mineeco.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A generated feature before output: geometry in the generator plane (metres) and attributes.
 *
 * @param plane the geometry in the plane
 * @param properties attribute values by field name, in field order
 */
record PlaneFeature(Geometry plane, Map<String, Object> properties) {
  PlaneFeature {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
