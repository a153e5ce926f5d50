package org.mineeco.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mineeco.crs.Crs;

/**
 * Streams the features of a GeoJSON file (a FeatureCollection, a single Feature or a bare geometry)
 * with a Jackson parser, holding only the current feature in memory.
 *
 * <p>CRS: the legacy {@code crs} member (e.g. {@code urn:ogc:def:crs:EPSG::4490}, {@code
 * EPSG:4527}) when present, wherever it is in the file, projected Gauss-Kruger systems included
 * (coordinates are then metres in that system); otherwise {@link ReadOptions#crs()} when given,
 * else WGS84 longitude, latitude as RFC 7946 says. When the {@code features} array comes before any
 * {@code crs} member, the file is first scanned once, token by token, for a {@code crs} member
 * after it.
 *
 * <p>Feature index is the 0-based position in the {@code features} array. A geometry that cannot be
 * read (unknown type, a coordinate that is not a finite number, a ring of fewer than 4 positions, a
 * longitude or latitude out of range in a geographic CRS) gives a feature without geometry and with
 * {@link Feature#geometryIssue()} saying why; an unclosed ring is closed and reported there too. A
 * Feature's own {@code "id"} member (RFC 7946 §3.2) is the property {@value Layers#FEATURE_ID}.
 * Property values: strings, integers as {@code Long} (as their digits in a {@code String} when
 * beyond 64 bits), other numbers as {@code Double}, booleans, null; nested objects and arrays as
 * their JSON text. Malformed JSON and a missing file throw {@link BadInputException} with the file,
 * the feature index reached and the line and column. Not thread-safe.
 */
final class GeoJsonReader extends AbstractFeatureReader {
  /** The property holding a Feature's own {@code "id"} member, when it has one. */
  static final String FEATURE_ID = Layers.FEATURE_ID;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .build();

  private static final Set<String> GEOMETRY_TYPES =
      Set.of(
          "Point",
          "MultiPoint",
          "LineString",
          "MultiLineString",
          "Polygon",
          "MultiPolygon",
          "GeometryCollection");

  private final JsonParser parser;
  private boolean inFeatures;
  private long index;
  private Feature single;
  private boolean done;
  private List<String> fieldNames;

  private GeoJsonReader(Path path, JsonParser parser) {
    super(path, null);
    this.parser = parser;
  }

  static FeatureReader open(Path path, ReadOptions options) {
    Objects.requireNonNull(options, "read options");
    GeoJsonReader reader = new GeoJsonReader(path, parser(path));
    try {
      reader.readHead(options);
      return reader;
    } catch (JsonProcessingException e) {
      reader.close();
      throw reader.malformed(-1, e);
    } catch (IOException e) {
      reader.close();
      throw new BadInputException(path, "cannot read: " + IoErrors.reason(e, path), e);
    } catch (RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private static JsonParser parser(Path path) {
    try {
      return JSON.createParser(Files.newInputStream(path));
    } catch (NoSuchFileException e) {
      throw new BadInputException(path, "file not found", e);
    } catch (IOException e) {
      throw new BadInputException(path, "cannot open: " + IoErrors.reason(e, path), e);
    }
  }

  /**
   * Reads the top-level members up to the {@code features} array, or the whole object when it is a
   * single Feature or geometry, and settles the CRS.
   */
  private void readHead(ReadOptions options) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new JsonParseException(parser, "expected a GeoJSON object");
    }
    FeatureParts top = new FeatureParts();
    Crs named = null;
    boolean crsSeen = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (name.equals("crs")) {
        named = crsMember(parser, path());
        crsSeen = true;
      } else if (name.equals("features")) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
          throw new JsonParseException(parser, "features must be an array");
        }
        settleCrs(resolve(crsSeen ? named : scanForCrs(path()), options));
        inFeatures = true;
        return;
      } else {
        top.member(name);
      }
    }
    settleCrs(resolve(named, options));
    expectEndOfInput();
    done = true;
    if ("Feature".equals(top.type)) {
      single = top.feature(0);
    } else if (top.type != null && GEOMETRY_TYPES.contains(top.type)) {
      single = top.bareGeometry(0);
    } else if (!"FeatureCollection".equals(top.type)) {
      throw new BadInputException(
          path(),
          "expected a FeatureCollection, Feature or geometry, found type '" + top.type + "'");
    }
  }

  private static Crs resolve(Crs named, ReadOptions options) {
    if (named != null) {
      return named;
    }
    return options.crs() != null ? options.crs() : Crs.WGS84;
  }

  /** The CRS named by the top-level {@code crs} member, found by skipping everything else. */
  private static Crs scanForCrs(Path path) {
    long featureCount = -1;
    try (JsonParser scan = parser(path)) {
      try {
        scan.nextToken();
        Crs found = null;
        while (scan.nextToken() == JsonToken.FIELD_NAME) {
          String name = scan.currentName();
          scan.nextToken();
          if (name.equals("crs")) {
            found = crsMember(scan, path);
          } else if (name.equals("features")) {
            featureCount = 0;
            while (GeoJsonGeometry.next(scan) != JsonToken.END_ARRAY) {
              scan.skipChildren();
              featureCount++;
            }
            featureCount = -1;
          } else {
            scan.skipChildren();
          }
        }
        return found;
      } catch (JsonProcessingException e) {
        throw malformed(path, featureCount, e);
      }
    } catch (IOException e) {
      throw new BadInputException(path, "cannot read: " + IoErrors.reason(e, path), e);
    }
  }

  /**
   * Parses a legacy {@code crs} member: {@code {"type":"name","properties":{"name":"EPSG:4490"}}}
   * (or a {@code code} property); {@code null} for {@code "crs": null}.
   */
  private static Crs crsMember(JsonParser p, Path path) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new JsonParseException(p, "crs must be an object");
    }
    String name = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      boolean properties = p.currentName().equals("properties");
      if (p.nextToken() == JsonToken.START_OBJECT && properties) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          if (key.equals("name") || key.equals("code")) {
            name = key.equals("code") ? "EPSG:" + p.getText() : p.getText();
          }
          p.skipChildren();
        }
      }
      p.skipChildren();
    }
    if (name == null) {
      throw new BadInputException(
          path,
          "the crs member names no CRS: expected"
              + " {\"type\":\"name\",\"properties\":{\"name\":\"EPSG:<code>\"}}");
    }
    try {
      return Crs.parse(name);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(path, "crs member: " + e.getMessage(), e);
    }
  }

  /**
   * The property names of the first feature, in its order: a streaming reader cannot know the union
   * over all features up front. Empty when there are no features.
   */
  @Override
  public List<String> fieldNames() {
    if (fieldNames == null) {
      hasNext();
    }
    return fieldNames == null ? List.of() : fieldNames;
  }

  @Override
  protected Feature readNext() {
    Feature feature = single;
    single = null;
    if (feature == null && !done) {
      feature = readFeature();
    }
    if (feature != null && fieldNames == null) {
      fieldNames = List.copyOf(feature.properties().keySet());
    }
    return feature;
  }

  @Override
  protected void closeSource() {
    done = true;
    single = null;
    try {
      parser.close();
    } catch (IOException e) {
      throw new BadInputException(path(), "cannot close: " + IoErrors.reason(e, path()), e);
    }
  }

  private Feature readFeature() {
    try {
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY) {
        readTail();
        return null;
      }
      if (t != JsonToken.START_OBJECT) {
        throw new JsonParseException(parser, "expected a Feature object");
      }
      FeatureParts parts = new FeatureParts();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        parts.member(name);
      }
      return parts.feature(index++);
    } catch (JsonProcessingException e) {
      done = true;
      throw malformed(index, e);
    } catch (IOException e) {
      done = true;
      throw new BadInputException(
          path(), index, null, "cannot read: " + IoErrors.reason(e, path()), e);
    }
  }

  /** Checks the syntax of the members after the {@code features} array. */
  private void readTail() throws IOException {
    done = true;
    inFeatures = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      parser.nextToken();
      parser.skipChildren();
    }
    expectEndOfInput();
  }

  private void expectEndOfInput() throws IOException {
    if (parser.nextToken() != null) {
      throw new JsonParseException(parser, "content after the end of the GeoJSON object");
    }
  }

  private BadInputException malformed(long featureIndex, JsonProcessingException e) {
    return malformed(path(), inFeatures ? featureIndex : -1, e);
  }

  private static BadInputException malformed(
      Path path, long featureIndex, JsonProcessingException e) {
    return new BadInputException(
        path,
        featureIndex,
        null,
        "malformed JSON" + GeoJsonGeometry.at(e.getLocation()) + ": " + e.getOriginalMessage(),
        e);
  }

  /** The members of one Feature (or of a top-level object) as they are read. */
  private final class FeatureParts {
    private final GeoJsonGeometry geometry = new GeoJsonGeometry();
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private String type;
    private GeoJsonGeometry.Raw raw;
    private boolean hasGeometry;
    private Object coordinates;
    private List<GeoJsonGeometry.Raw> geometries;
    private Object id;

    /** Consumes the value of member {@code name}; the parser is on its first token. */
    void member(String name) throws IOException {
      switch (name) {
        case "type" ->
            type = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
        case "geometry" -> {
          hasGeometry = parser.currentToken() != JsonToken.VALUE_NULL;
          raw = hasGeometry ? geometry.read(parser) : null;
        }
        case "properties" -> properties();
        case "coordinates" -> coordinates = geometry.coordinates(parser);
        case "geometries" -> geometries = geometry.geometries(parser);
        case "id" -> id = value();
        default -> {}
      }
      parser.skipChildren();
    }

    Feature feature(long featureIndex) {
      if (id != null) {
        properties.putIfAbsent(FEATURE_ID, id);
      }
      return hasGeometry
          ? new Feature(
              featureIndex, geometry.build(raw, crs().isGeographic()), properties, geometry.issue())
          : new Feature(featureIndex, null, properties);
    }

    Feature bareGeometry(long featureIndex) {
      raw = new GeoJsonGeometry.Raw(type, coordinates, geometries);
      hasGeometry = true;
      return feature(featureIndex);
    }

    private void properties() throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw new JsonParseException(parser, "properties must be an object or null");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        properties.put(name, value());
      }
    }

    private Object value() throws IOException {
      return switch (parser.currentToken()) {
        case VALUE_STRING -> parser.getText();
        case VALUE_NUMBER_INT ->
            parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? parser.getText()
                : (Object) parser.getLongValue();
        case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
        case VALUE_TRUE -> Boolean.TRUE;
        case VALUE_FALSE -> Boolean.FALSE;
        case START_OBJECT, START_ARRAY -> jsonText();
        default -> null;
      };
    }

    private String jsonText() throws IOException {
      StringWriter text = new StringWriter();
      try (JsonGenerator copy = JSON.createGenerator(text)) {
        copy.copyCurrentStructure(parser);
      }
      return text.toString();
    }
  }
}
