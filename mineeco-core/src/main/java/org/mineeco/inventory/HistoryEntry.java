package org.mineeco.inventory;

import java.util.Map;
import java.util.Objects;
import org.mineeco.model.RestorationState;
import org.mineeco.units.Area;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;

/**
 * A patch in one survey year of an inventory.
 *
 * @param year the survey year
 * @param id the patch id that year
 * @param mine its mine id that year (the spec's mine id field, else the patch id)
 * @param state {@code restored}, {@code damaged} or {@code delisted}
 * @param area its CGCS2000 ellipsoidal area
 * @param region the region holding its largest part, or {@code null}
 * @param zones zone or band column (as in {@code patches.csv}, without {@code _m2}) → area inside,
 *     only those it touches
 * @param matched how it was matched to the previous recorded year: {@code id}, {@code overlap
 *     <previous id>}, {@code new}, or {@code first} when no earlier year was recorded
 */
public record HistoryEntry(
    int year,
    String id,
    String mine,
    String state,
    Area area,
    String region,
    Map<String, Area> zones,
    String matched) {
  /** The state in words: 已销号, 已治理 or 未治理. */
  public Bilingual stateWords() {
    return switch (state) {
      case "delisted" -> Vocabulary.term("word.delisted");
      case "restored" -> RestorationState.RESTORED.words();
      default -> RestorationState.NOT_RESTORED.words();
    };
  }

  public HistoryEntry {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("history entry id must not be blank, was '" + id + "'");
    }
    Objects.requireNonNull(mine, "mine of " + id);
    Objects.requireNonNull(area, "area");
    zones = Map.copyOf(zones);
    Objects.requireNonNull(matched, "matched");
  }
}
