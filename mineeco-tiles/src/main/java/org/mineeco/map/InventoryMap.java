package org.mineeco.map;

import java.util.ArrayList;
import java.util.List;
import org.mineeco.inventory.Inventory;
import org.mineeco.inventory.InventoryYear;
import org.mineeco.tile.TileLayer;

/**
 * The web map of a survey inventory: one patch layer per recorded year, {@code patches_<year>} (the
 * viewer shows the latest and switches between them), with the properties of {@link
 * Inventory#patches(int)}. Geometries CGCS2000 lon/lat. Stateless.
 */
public final class InventoryMap {
  /** The prefix of the year layers' names. */
  public static final String PREFIX = "patches_";

  private InventoryMap() {}

  /**
   * The layers of every recorded year, oldest first.
   *
   * @throws IllegalArgumentException when the inventory records no year
   */
  public static List<TileLayer> layers(Inventory inventory) {
    List<TileLayer> layers = new ArrayList<>();
    for (InventoryYear year : inventory.years()) {
      layers.add(
          new TileLayer(
              PREFIX + year.year(), inventory.patches(year.year()), Zooms.PATCHES, Zooms.MAX));
    }
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("the inventory records no year: add one first");
    }
    return layers;
  }
}
