package org.mineeco.spec;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mineeco.units.Length;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;
import org.mineeco.zone.Corridor;

/**
 * One zone layer of an analysis: a river corridor with distance bands, a set of polygons, or
 * polygons and lines grown by a distance. Distances are metres on the ground.
 *
 * @param name column prefix in the outputs: lower case letters, digits and underscores
 * @param type the kind of zone
 * @param source the layer file and filter
 * @param bandEdges for {@link ZoneType#CORRIDOR}: strictly increasing band edges starting at 0;
 *     empty otherwise
 * @param distance for {@link ZoneType#BUFFER}: the growth distance (&gt; 0); {@code null} otherwise
 * @param label what readers see: the spec's {@code label} and {@code label_en}, else the {@link
 *     Vocabulary}'s words for the name
 */
public record ZoneSpec(
    String name,
    ZoneType type,
    LayerRef source,
    List<Length> bandEdges,
    Length distance,
    Bilingual label) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public ZoneSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "zone name must match [a-z][a-z0-9_]* (it prefixes output columns), was '" + name + "'");
    }
    Objects.requireNonNull(type, "type of zone " + name);
    Objects.requireNonNull(source, "source of zone " + name);
    Objects.requireNonNull(label, "label of zone " + name);
    bandEdges = List.copyOf(bandEdges);
    switch (type) {
      case CORRIDOR -> requireBands(name, bandEdges);
      case BUFFER -> {
        if (distance == null || distance.metres() <= 0) {
          throw new IllegalArgumentException(
              "buffer zone " + name + " needs distance_m > 0, was " + distance);
        }
      }
      case POLYGONS -> {}
    }
  }

  /**
   * The words of a zone called {@code name} whose spec gives {@code zh} and {@code en} (either may
   * be null): the given words, else the {@link Vocabulary}'s {@code zone.<name>}, the Chinese for a
   * missing English label and the reverse.
   *
   * @throws IllegalArgumentException when neither a Chinese label nor the dictionary names it
   */
  static Bilingual label(String name, String zh, String en) {
    Bilingual known = Vocabulary.find("zone." + name).orElse(null);
    String chinese = zh != null ? zh : known != null ? known.zh() : null;
    if (chinese == null) {
      throw new IllegalArgumentException(
          "zone "
              + name
              + " needs a label: the Chinese name readers see in tables and on the map"
              + " (label: 辽河干流 and, optionally, label_en: Liao River main stream)");
    }
    String english = en != null ? en : known != null ? known.en() : chinese;
    return new Bilingual(english, chinese);
  }

  /** The output columns of this zone, as the overlay names them (see {@code Zone#columnNames}). */
  public List<String> columnNames() {
    return type == ZoneType.CORRIDOR
        ? Corridor.columnNames(name, bandEdges)
        : List.of(name + "_m2");
  }

  private static void requireBands(String name, List<Length> edges) {
    if (edges.size() < 2 || edges.get(0).metres() != 0) {
      throw new IllegalArgumentException(
          "corridor " + name + " needs bands_m: at least two edges starting at 0, was " + edges);
    }
    for (int i = 1; i < edges.size(); i++) {
      if (edges.get(i).compareTo(edges.get(i - 1)) <= 0) {
        throw new IllegalArgumentException(
            "corridor " + name + " needs strictly increasing bands_m, was " + edges);
      }
    }
  }
}
