package org.mineeco.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.ReadOptions;
import org.mineeco.io.WriteOptions;
import org.mineeco.postgis.Postgis;
import org.mineeco.postgis.PostgisOutput;
import org.mineeco.postgis.PostgisUrl;

/**
 * The inventory as tables of a PostGIS schema: a replacement takes an advisory lock (one for the
 * whole schema), reads the committed rows and replaces the table in the same transaction; the
 * register's tables carry an empty geometry column so that they read back as layers.
 */
final class PostgisStore implements InventoryStore {
  private final PostgisUrl schema;

  PostgisStore(PostgisUrl schema) {
    this.schema = schema;
  }

  @Override
  public List<Feature> read(String name) {
    PostgisUrl table = schema.withTable(name);
    List<Feature> rows = new ArrayList<>();
    if (Postgis.exists(table)) {
      try (FeatureReader reader = Postgis.open(table, ReadOptions.withCrs(Crs.CGCS2000))) {
        reader.forEachRemaining(rows::add);
      }
    }
    return rows;
  }

  @Override
  public void replace(String table, List<Field> fields, UnaryOperator<List<Feature>> change) {
    try (PostgisOutput output = PostgisOutput.open(schema)) {
      output.lock("mineeco inventory " + schema.schema());
      List<Feature> rows = change.apply(read(table));
      FeatureWriter writer = output.create(new WriteOptions(Crs.CGCS2000, table, fields));
      rows.forEach(writer::write);
      writer.commit();
      output.commit();
    }
  }

  @Override
  public String toString() {
    return schema.toString();
  }
}
