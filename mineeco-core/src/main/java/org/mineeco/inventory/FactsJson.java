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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mineeco.stats.Overlaps;
import org.mineeco.stats.PatchFacts;
import org.mineeco.units.Area;

/**
 * {@link PatchFacts} as one JSON object, the {@code facts} column of an inventory: {@code {"mine":
 * id, "dimensions": {...}, "year": 2022, "regions": {id: m2}, "zones": {column: m2},
 * "region_zones": {region id: {column: m2}}, "overlaps": {"zone+zone": m2}, "region_overlaps":
 * {region id: {"zone+zone": m2}}}} (overlaps only for patches in two or more polygons or buffer
 * zones); areas in m², written with every digit so that they read back exactly.
 */
final class FactsJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String JOIN = "+";

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
      if (!facts.overlaps().equals(Overlaps.NONE)) {
        areas(g, "overlaps", keyed(facts.overlaps().whole()));
        g.writeObjectFieldStart("region_overlaps");
        for (Map.Entry<String, Map<Set<String>, Area>> e : facts.overlaps().byRegion().entrySet()) {
          areas(g, e.getKey(), keyed(e.getValue()));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Overlap pieces keyed {@code zone+zone} (zone names hold no {@code +}). */
  private static Map<String, Area> keyed(Map<Set<String>, Area> pieces) {
    Map<String, Area> keyed = new TreeMap<>();
    pieces.forEach((zones, area) -> keyed.put(String.join(JOIN, new TreeSet<>(zones)), area));
    return keyed;
  }

  private static Map<Set<String>, Area> pieces(Map<String, Area> keyed) {
    Map<Set<String>, Area> pieces = new LinkedHashMap<>();
    keyed.forEach((key, area) -> pieces.put(Set.of(key.split("\\" + JOIN)), area));
    return pieces;
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
    Map<String, Area> overlaps = new LinkedHashMap<>();
    Map<String, Map<Set<String>, Area>> regionOverlaps = new LinkedHashMap<>();
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
          case "overlaps" -> readAreas(p, value, id, overlaps);
          case "region_overlaps" -> {
            expect(value, JsonToken.START_OBJECT, id);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String region = p.currentName();
              Map<String, Area> areas = new LinkedHashMap<>();
              readAreas(p, p.nextToken(), id, areas);
              regionOverlaps.put(region, pieces(areas));
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
        id,
        mine == null ? id : mine,
        area,
        dimensions,
        year,
        regions,
        zones,
        regionZones,
        overlaps.isEmpty() && regionOverlaps.isEmpty()
            ? Overlaps.NONE
            : new Overlaps(pieces(overlaps), regionOverlaps));
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
