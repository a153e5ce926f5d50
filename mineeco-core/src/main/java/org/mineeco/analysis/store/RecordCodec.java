package org.mineeco.analysis.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.mineeco.ingest.PatchOutcome;
import org.mineeco.model.MinePatch;
import org.mineeco.model.MiningMethod;
import org.mineeco.model.PatchClass;
import org.mineeco.model.PatchSubclass;
import org.mineeco.model.PatchUse;
import org.mineeco.model.PlannedPeriod;
import org.mineeco.model.Problem;
import org.mineeco.model.RestorationMode;
import org.mineeco.model.RestorationState;
import org.mineeco.model.SurveyAttributes;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.overlay.RegionShare;
import org.mineeco.overlay.ZoneOverlap;
import org.mineeco.overlay.ZoneOverlay;
import org.mineeco.units.Area;
import org.mineeco.units.Length;

/**
 * Writes and reads one analysed feature (its outcome, patch and overlay) in a compact binary form:
 * geometry as WKB, survey codes by name, other fields as text, whole numbers, reals or booleans
 * (anything else as its text). Not thread-safe (one per stream).
 */
final class RecordCodec {
  private final List<String> zones;
  private final WKBWriter wkbWriter = new WKBWriter();
  private final WKBReader wkbReader = new WKBReader();

  /**
   * @param zones the zone names, in the order of the overlays' zones
   */
  RecordCodec(List<String> zones) {
    this.zones = List.copyOf(zones);
  }

  void write(DataOutput out, PatchOutcome outcome, PatchOverlay overlay) throws IOException {
    out.writeLong(outcome.index());
    out.writeByte(outcome.status().ordinal());
    text(out, outcome.id());
    text(out, outcome.reason());
    out.writeInt(outcome.attributes().size());
    for (Map.Entry<String, Object> field : outcome.attributes().entrySet()) {
      text(out, field.getKey());
      value(out, field.getValue());
    }
    if (outcome.patch() == null) {
      return;
    }
    MinePatch patch = outcome.patch();
    out.writeDouble(outcome.area().squareMetres());
    byte[] wkb = wkbWriter.write(patch.geometry());
    out.writeInt(wkb.length);
    out.write(wkb);
    survey(out, patch.survey());
    out.writeInt(patch.otherFields().size());
    for (Map.Entry<String, Object> field : patch.otherFields().entrySet()) {
      text(out, field.getKey());
      value(out, field.getValue());
    }
    for (ZoneOverlay zone : overlay.zones()) {
      out.writeInt(zone.areas().size());
      for (Area a : zone.areas()) {
        out.writeDouble(a.squareMetres());
      }
      out.writeBoolean(zone.inZone());
      out.writeDouble(zone.distance().map(Length::metres).orElse(Double.NaN));
    }
    out.writeInt(overlay.regions().size());
    for (RegionShare share : overlay.regions()) {
      text(out, share.id());
      text(out, share.name());
      out.writeDouble(share.area().squareMetres());
      out.writeInt(share.zones().size());
      for (ZoneOverlay zone : share.zones()) {
        out.writeInt(zone.areas().size());
        for (Area a : zone.areas()) {
          out.writeDouble(a.squareMetres());
        }
        out.writeBoolean(zone.inZone());
        out.writeDouble(zone.distance().map(Length::metres).orElse(Double.NaN));
      }
      overlaps(out, share.overlaps());
    }
    overlaps(out, overlay.overlaps());
  }

  private static void overlaps(DataOutput out, List<ZoneOverlap> overlaps) throws IOException {
    out.writeInt(overlaps.size());
    for (ZoneOverlap o : overlaps) {
      out.writeInt(o.zones().size());
      for (String zone : o.zones()) {
        out.writeUTF(zone);
      }
      out.writeDouble(o.area().squareMetres());
    }
  }

  private static List<ZoneOverlap> overlaps(DataInput in) throws IOException {
    int count = in.readInt();
    List<ZoneOverlap> overlaps = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int size = in.readInt();
      Set<String> zones = new HashSet<>();
      for (int z = 0; z < size; z++) {
        zones.add(in.readUTF());
      }
      overlaps.add(new ZoneOverlap(zones, Area.squareMetres(in.readDouble())));
    }
    return overlaps;
  }

  /** An analysed feature read back: its outcome and, unless rejected, its overlay. */
  record Analysed(PatchOutcome outcome, PatchOverlay overlay) {}

  Analysed read(DataInput in) throws IOException {
    long index = in.readLong();
    PatchOutcome.Status status = PatchOutcome.Status.values()[in.readByte()];
    String id = text(in);
    String reason = text(in);
    int attributeCount = in.readInt();
    Map<String, Object> attributes = presized(attributeCount);
    for (int i = 0; i < attributeCount; i++) {
      attributes.put(text(in), value(in));
    }
    if (!status.analysed()) {
      return new Analysed(
          new PatchOutcome(index, id, null, null, status, reason, attributes), null);
    }
    Area area = Area.squareMetres(in.readDouble());
    byte[] wkb = new byte[in.readInt()];
    in.readFully(wkb);
    Geometry geometry;
    try {
      geometry = wkbReader.read(wkb);
    } catch (ParseException e) {
      throw new IOException("stored geometry of feature " + index + " is unreadable", e);
    }
    SurveyAttributes survey = survey(in);
    int fields = in.readInt();
    Map<String, Object> other = presized(fields);
    for (int i = 0; i < fields; i++) {
      other.put(text(in), value(in));
    }
    MinePatch patch = new MinePatch(index, id, geometry, survey, other);
    List<ZoneOverlay> zoneResults = new ArrayList<>(zones.size());
    for (String zone : zones) {
      zoneResults.add(zoneOverlay(in, zone));
    }
    int regionCount = in.readInt();
    List<RegionShare> regions = new ArrayList<>(regionCount);
    for (int i = 0; i < regionCount; i++) {
      String regionId = text(in);
      String regionName = text(in);
      Area inRegion = Area.squareMetres(in.readDouble());
      int zoneCount = in.readInt();
      List<ZoneOverlay> byZone = new ArrayList<>(zoneCount);
      for (int z = 0; z < zoneCount; z++) {
        byZone.add(zoneOverlay(in, zones.get(z)));
      }
      regions.add(new RegionShare(regionId, regionName, inRegion, byZone, overlaps(in)));
    }
    return new Analysed(
        new PatchOutcome(index, id, patch, area, status, reason, attributes),
        new PatchOverlay(index, id, area, zoneResults, regions, overlaps(in)));
  }

  /** A map for {@code count} fields (at most a thousand ahead: the count is read from a file). */
  private static Map<String, Object> presized(int count) {
    return LinkedHashMap.newLinkedHashMap(Math.clamp(count, 0, 1024));
  }

  private static ZoneOverlay zoneOverlay(DataInput in, String zone) throws IOException {
    int bands = in.readInt();
    List<Area> areas = new ArrayList<>(bands);
    for (int b = 0; b < bands; b++) {
      areas.add(Area.squareMetres(in.readDouble()));
    }
    boolean inZone = in.readBoolean();
    double distance = in.readDouble();
    return new ZoneOverlay(
        zone,
        areas,
        inZone,
        Double.isNaN(distance) ? Optional.empty() : Optional.of(Length.metres(distance)));
  }

  private static void survey(DataOutput out, SurveyAttributes s) throws IOException {
    text(out, s.countyCode());
    text(out, s.province());
    text(out, s.city());
    text(out, s.county());
    out.writeUTF(s.patchClass().name());
    out.writeUTF(s.subclass().name());
    text(out, s.mineral());
    out.writeUTF(s.miningMethod().name());
    out.writeUTF(s.use().name());
    out.writeInt(s.problems().size());
    for (Problem p : s.problems()) {
      out.writeUTF(p.name());
    }
    out.writeUTF(s.mode().name());
    out.writeUTF(s.state().name());
    out.writeUTF(s.period().name());
    out.writeDouble(s.declaredArea() == null ? Double.NaN : s.declaredArea().squareMetres());
    out.writeBoolean(s.restorationYear() != null);
    out.writeInt(s.restorationYear() == null ? 0 : s.restorationYear());
  }

  private static SurveyAttributes survey(DataInput in) throws IOException {
    String countyCode = text(in);
    String province = text(in);
    String city = text(in);
    String county = text(in);
    PatchClass patchClass = PatchClass.valueOf(in.readUTF());
    PatchSubclass subclass = PatchSubclass.valueOf(in.readUTF());
    String mineral = text(in);
    MiningMethod method = MiningMethod.valueOf(in.readUTF());
    PatchUse use = PatchUse.valueOf(in.readUTF());
    int problemCount = in.readInt();
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    for (int i = 0; i < problemCount; i++) {
      problems.add(Problem.valueOf(in.readUTF()));
    }
    RestorationMode mode = RestorationMode.valueOf(in.readUTF());
    RestorationState state = RestorationState.valueOf(in.readUTF());
    PlannedPeriod period = PlannedPeriod.valueOf(in.readUTF());
    double declared = in.readDouble();
    boolean hasYear = in.readBoolean();
    int year = in.readInt();
    return new SurveyAttributes(
        countyCode,
        province,
        city,
        county,
        patchClass,
        subclass,
        mineral,
        method,
        use,
        problems,
        mode,
        state,
        period,
        Double.isNaN(declared) ? null : Area.squareMetres(declared),
        hasYear ? year : null);
  }

  private static void value(DataOutput out, Object value) throws IOException {
    if (value == null) {
      out.writeByte('0');
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      out.writeByte('L');
      out.writeLong(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      out.writeByte('D');
      out.writeDouble(((Number) value).doubleValue());
    } else if (value instanceof Boolean b) {
      out.writeByte('B');
      out.writeBoolean(b);
    } else {
      out.writeByte('S');
      text(out, value.toString());
    }
  }

  private static Object value(DataInput in) throws IOException {
    return switch (in.readByte()) {
      case '0' -> null;
      case 'L' -> in.readLong();
      case 'D' -> in.readDouble();
      case 'B' -> in.readBoolean();
      case 'S' -> text(in);
      default -> throw new IOException("stored field value has an unknown type");
    };
  }

  static void text(DataOutput out, String text) throws IOException {
    if (text == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String text(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
