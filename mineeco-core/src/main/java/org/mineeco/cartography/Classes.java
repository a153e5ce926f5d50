package org.mineeco.cartography;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.analysis.ZoneColumns;
import org.mineeco.model.PlannedPeriod;
import org.mineeco.model.RestorationState;
import org.mineeco.vocabulary.Language;
import org.mineeco.zone.Corridor;

/**
 * The classes a theme sorts patches into, with their colours (as on the web map: restoration states
 * from the Okabe-Ito palette, priority from viridis, corridor bands in blues, nearest darkest; all
 * safe for colour-blind readers) and the function that classifies a patch. Every patch falls in
 * exactly one class.
 */
final class Classes {
  static final Color[] BAND_COLOURS = {
    new Color(0x08519c),
    new Color(0x3182bd),
    new Color(0x6baed6),
    new Color(0x9ecae1),
    new Color(0xc6dbef)
  };
  static final Color[] ZONE_COLOURS = {
    new Color(0xe3342f), new Color(0xe6c229), new Color(0xa05195)
  };
  static final Color[] ZONE_LINES = {new Color(0xb0201c), new Color(0xa88a10), new Color(0x7a3a71)};
  static final Color BUFFER_COLOUR = new Color(0xb07cc6);
  static final Color BUFFER_LINE = new Color(0x7d4f94);
  private static final Color GREY = new Color(0x8c8c8c);
  private static final Color[] PRIORITY = {
    new Color(0x440154),
    new Color(0x3b528b),
    new Color(0x21918c),
    new Color(0x5ec962),
    new Color(0xfde725)
  };

  /** One class: its label and colour. */
  record Cls(String label, Color colour) {}

  final List<Cls> classes;
  private final ToIntFunction<PatchEntry> classify;

  private Classes(List<Cls> classes, ToIntFunction<PatchEntry> classify) {
    this.classes = List.copyOf(classes);
    this.classify = classify;
  }

  /** The index of the patch's class. */
  int of(PatchEntry patch) {
    return classify.applyAsInt(patch);
  }

  static Classes of(Theme theme, SheetData data, Corridor corridor, Language language) {
    return switch (theme) {
      case STATE ->
          new Classes(
              List.of(
                  new Cls(
                      SheetWords.code(RestorationState.NOT_RESTORED, language),
                      new Color(0xd55e00)),
                  new Cls(
                      SheetWords.code(RestorationState.RESTORED, language), new Color(0x009e73)),
                  new Cls(SheetWords.code(RestorationState.UNKNOWN, language), GREY)),
              p -> p.survey().state().ordinal());
      case PERIOD ->
          new Classes(
              List.of(
                  new Cls(
                      SheetWords.code(PlannedPeriod.WITHIN_14TH_FYP, language),
                      new Color(0x0072b2)),
                  new Cls(SheetWords.code(PlannedPeriod.LATER, language), new Color(0xe69f00)),
                  new Cls(SheetWords.code(PlannedPeriod.UNKNOWN, language), GREY)),
              p -> p.survey().period().ordinal());
      case PRIORITY -> priority(data.lastRank(), language);
      case ZONES -> zones(data, corridor, language);
    };
  }

  /** Five classes of equal rank ranges, 1 first (as on the web map). */
  private static Classes priority(int last, Language language) {
    int size = (last + PRIORITY.length - 1) / PRIORITY.length;
    List<Cls> classes = new ArrayList<>();
    for (int i = 0; i < PRIORITY.length && i * size + 1 <= last; i++) {
      int from = i * size + 1;
      int to = Math.min(last, (i + 1) * size);
      String label =
          language == Language.ZH
              ? String.format(Locale.ROOT, "第 %d–%d 位", from, to)
              : String.format(Locale.ROOT, "rank %d–%d", from, to);
      classes.add(new Cls(label, PRIORITY[i]));
    }
    int count = classes.size();
    return new Classes(classes, p -> Math.min(count - 1, (p.row().rank() - 1) / size));
  }

  /**
   * Must-clear zones (red line, farmland) in spec order, then "three zones, two lines" (any of its
   * zones), then the corridor's bands (the band holding most of the patch, the tables' rule), then
   * none of these.
   */
  private static Classes zones(SheetData data, Corridor corridor, Language language) {
    List<Cls> classes = new ArrayList<>();
    List<String> mustClear = new ArrayList<>();
    List<ZoneColumns> zones = data.analysis().columns().zones();
    int polygon = 0;
    for (ZoneColumns z : zones) {
      if (data.rules().mustClear().contains(z.zone())) {
        mustClear.add(z.zone());
        classes.add(
            new Cls(
                SheetWords.zone(data, z.zone(), language),
                ZONE_LINES[Math.min(polygon++, ZONE_LINES.length - 1)]));
      }
    }
    List<String> three =
        zones.stream()
            .map(ZoneColumns::zone)
            .filter(data.rules().threeZonesTwoLines()::contains)
            .toList();
    int threeClass = three.isEmpty() ? -1 : classes.size();
    if (!three.isEmpty()) {
      classes.add(new Cls(SheetWords.threeZonesTwoLines(language), BUFFER_LINE));
    }
    List<ResultColumn> bands =
        corridor == null ? List.of() : data.analysis().columns().zone(corridor.name()).areas();
    int firstBand = classes.size();
    for (int i = 0; i < bands.size(); i++) {
      ResultColumn.Band band = bands.get(i).band().orElseThrow();
      classes.add(
          new Cls(
              SheetWords.zone(data, corridor.name(), language)
                  + " "
                  + SheetWords.band(band.from(), band.to(), language),
              BAND_COLOURS[Math.min(i, BAND_COLOURS.length - 1)]));
    }
    int none = classes.size();
    classes.add(new Cls(language == Language.ZH ? "不在以上区域" : "none of these", GREY));
    return new Classes(
        classes,
        p -> {
          for (int i = 0; i < mustClear.size(); i++) {
            if (p.row().area(mustClear.get(i)).squareMetres() > 0) {
              return i;
            }
          }
          for (String zone : three) {
            if (p.row().area(zone).squareMetres() > 0) {
              return threeClass;
            }
          }
          int largest = -1;
          double most = 0;
          for (int i = 0; i < bands.size(); i++) {
            double a = p.row().area(bands.get(i)).squareMetres();
            if (a > most) {
              most = a;
              largest = i;
            }
          }
          return largest >= 0 ? firstBand + largest : none;
        });
  }
}
