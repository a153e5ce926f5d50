package org.mineeco.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.mineeco.crs.Crs;
import org.mineeco.crs.Reprojection;

/**
 * Writes a GeoJSON FeatureCollection in UTF-8, one feature per line. Coordinates are always
 * longitude, latitude in degrees: features in a projected {@link Crs} are transformed to CGCS2000
 * (EPSG:4490), and a legacy {@code crs} member names the geographic system used, so that reading
 * the file back gives the same {@link Crs}. Numbers are the shortest decimals that read back to the
 * same doubles. Properties follow {@link WriteOptions#fields()}, null where a feature has no value.
 * Not thread-safe.
 */
final class GeoJsonWriter extends StreamFeatureWriter {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int FEATURES_DEPTH = 2;

  private final WriteOptions options;
  private final Crs lonLat;
  private final Reprojection toLonLat;
  private JsonGenerator json;
  private long featureIndex;

  private GeoJsonWriter(Path path, WriteOptions options) {
    super(path);
    this.options = options;
    this.lonLat = options.crs().isGeographic() ? options.crs() : Crs.CGCS2000;
    this.toLonLat = Reprojection.between(options.crs(), lonLat);
  }

  static FeatureWriter create(Path path, WriteOptions options) {
    GeoJsonWriter writer = new GeoJsonWriter(path, options);
    writer.start();
    return writer;
  }

  /** The name of {@code crs} in a legacy {@code crs} member: CRS84 for WGS84, else an EPSG URN. */
  private static String crsName(Crs crs) {
    return crs.equals(Crs.WGS84)
        ? "urn:ogc:def:crs:OGC:1.3:CRS84"
        : "urn:ogc:def:crs:EPSG::" + crs.epsgCode();
  }

  @Override
  Closeable encoder(OutputStream out) throws IOException {
    json = JSON.createGenerator(out, JsonEncoding.UTF8);
    json.setPrettyPrinter(new FeaturePerLine());
    return json;
  }

  @Override
  void writeHeader() throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "FeatureCollection");
    json.writeStringField("name", options.layer());
    json.writeObjectFieldStart("crs");
    json.writeStringField("type", "name");
    json.writeObjectFieldStart("properties");
    json.writeStringField("name", crsName(lonLat));
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayFieldStart("features");
  }

  @Override
  void writeFeature(Feature feature) throws IOException {
    featureIndex = feature.index();
    json.writeStartObject();
    json.writeStringField("type", "Feature");
    json.writeObjectFieldStart("properties");
    for (Field field : options.fields()) {
      json.writeFieldName(field.name());
      value(FieldValues.coerce(feature, field), field.name());
    }
    json.writeEndObject();
    json.writeFieldName("geometry");
    if (feature.geometry() == null) {
      json.writeNull();
    } else {
      geometry(toLonLat.apply(feature.geometry()));
    }
    json.writeEndObject();
  }

  @Override
  void writeTrailer() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
  }

  private void value(Object value, String field) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Long l) {
      json.writeNumber(l);
    } else if (value instanceof Double d) {
      json.writeNumber(finite(d, "field " + field));
    } else {
      json.writeBoolean((Boolean) value);
    }
  }

  private String finite(double d, String what) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException(
          "feature " + featureIndex + ", " + what + ": " + d + " cannot be written to GeoJSON");
    }
    return FieldValues.decimal(d);
  }

  private void geometry(Geometry g) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", g instanceof LineString ? "LineString" : g.getGeometryType());
    if (g.getClass() == GeometryCollection.class) {
      json.writeArrayFieldStart("geometries");
      for (int i = 0; i < g.getNumGeometries(); i++) {
        geometry(g.getGeometryN(i));
      }
    } else {
      json.writeArrayFieldStart("coordinates");
      coordinates(g);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Writes the contents of the {@code coordinates} array of {@code g}. */
  private void coordinates(Geometry g) throws IOException {
    if (g instanceof Point p) {
      if (!p.isEmpty()) {
        position(p.getCoordinateSequence(), 0);
      }
    } else if (g instanceof LineString line) {
      CoordinateSequence seq = line.getCoordinateSequence();
      for (int i = 0; i < seq.size(); i++) {
        json.writeStartArray();
        position(seq, i);
        json.writeEndArray();
      }
    } else if (g instanceof Polygon polygon) {
      if (!polygon.isEmpty()) {
        part(polygon.getExteriorRing());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          part(polygon.getInteriorRingN(h));
        }
      }
    } else {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        part(g.getGeometryN(i));
      }
    }
  }

  private void part(Geometry g) throws IOException {
    json.writeStartArray();
    coordinates(g);
    json.writeEndArray();
  }

  private void position(CoordinateSequence seq, int i) throws IOException {
    json.writeNumber(finite(seq.getX(i), "coordinate x"));
    json.writeNumber(finite(seq.getY(i), "coordinate y"));
  }

  /** Compact JSON with a line break before each feature and before the end of the array. */
  private static final class FeaturePerLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      super.writeStartArray(g);
      lineBreak(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      super.writeArrayValueSeparator(g);
      lineBreak(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      lineBreak(g);
      super.writeEndArray(g, nrOfValues);
    }

    private static void lineBreak(JsonGenerator g) throws IOException {
      if (g.getOutputContext().getNestingDepth() == FEATURES_DEPTH) {
        g.writeRaw('\n');
      }
    }
  }
}
