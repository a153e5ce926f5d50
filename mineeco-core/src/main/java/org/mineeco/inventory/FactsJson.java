package org.mineeco.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mineeco.stats.PatchFacts;
import org.mineeco.units.Area;

/**
 * {@link PatchFacts} as one JSON object, the {@code facts} column of an inventory: {@code {"mine":
 * id, "dimensions": {...}, "year": 2022, "regions": {id: m2}, "zones": {column: m2},
 * "region_zones": {region id: {column: m2}}}}; areas in m², written with every digit so that they
 * read back exactly.
 */
final class FactsJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private FactsJson() {}

  static String write(PatchFacts facts) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.writeStartObject();
      if (facts.mineId() != null) {
        g.writeStringField("mine", facts.mineId());
      }
      g.writeObjectFieldStart("dimensions");
      for (Map.Entry<String, String> e : facts.dimensions().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      if (facts.restorationYear() != null) {
        g.writeNumberField("year", facts.restorationYear());
      }
      areas(g, "regions", facts.regionAreas());
      areas(g, "zones", facts.zoneAreas());
      g.writeObjectFieldStart("region_zones");
      for (Map.Entry<String, Map<String, Area>> e : facts.regionZoneAreas().entrySet()) {
        areas(g, e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void areas(JsonGenerator g, String name, Map<String, Area> areas)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Area> e : areas.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue().squareMetres());
    }
    g.writeEndObject();
  }

  /**
   * The facts of patch {@code id} with area {@code area} from {@code json}.
   *
   * @throws IllegalArgumentException when the text is not such an object
   */
  static PatchFacts read(String id, Area area, String json) {
    Map<String, String> dimensions = new LinkedHashMap<>();
    Map<String, Area> regions = new LinkedHashMap<>();
    Map<String, Area> zones = new LinkedHashMap<>();
    Map<String, Map<String, Area>> regionZones = new LinkedHashMap<>();
    String mine = null;
    Integer year = null;
    try (JsonParser p = FACTORY.createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT, id);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "dimensions" -> {
            expect(value, JsonToken.START_OBJECT, id);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              p.nextToken();
              dimensions.put(key, p.getText());
            }
          }
          case "mine" -> mine = p.getText();
          case "year" -> year = p.getIntValue();
          case "regions" -> readAreas(p, value, id, regions);
          case "zones" -> readAreas(p, value, id, zones);
          case "region_zones" -> {
            expect(value, JsonToken.START_OBJECT, id);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String region = p.currentName();
              Map<String, Area> areas = new LinkedHashMap<>();
              readAreas(p, p.nextToken(), id, areas);
              regionZones.put(region, areas);
            }
          }
          default ->
              throw new IllegalArgumentException(
                  "patch " + id + ": unknown facts member '" + name + "'");
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("patch " + id + ": facts are not JSON: " + e.getMessage());
    }
    return new PatchFacts(
        id, mine == null ? id : mine, area, dimensions, year, regions, zones, regionZones);
  }

  private static void readAreas(JsonParser p, JsonToken start, String id, Map<String, Area> into)
      throws IOException {
    expect(start, JsonToken.START_OBJECT, id);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      into.put(key, Area.squareMetres(p.getDoubleValue()));
    }
  }

  private static void expect(JsonToken token, JsonToken expected, String id) {
    if (token != expected) {
      throw new IllegalArgumentException(
          "patch " + id + ": expected " + expected + " in the facts, was " + token);
    }
  }
}
