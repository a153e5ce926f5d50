package org.mineeco.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.IoErrors;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.io.TempFiles;
import org.mineeco.io.WriteOptions;

/**
 * The inventory in one GeoPackage file (its folder created when needed). The surveys' table is a
 * feature layer: a replacement writes a new file beside it, copies the register's plain SQLite
 * tables ({@code register_…}) into it and renames it into place. A register table is replaced in
 * place in one SQLite transaction. Every write holds a lock on {@code FILE.lock} (between
 * processes; the empty lock file stays) and a lock of this JVM (between threads).
 */
final class GeoPackageStore implements InventoryStore {
  static {
    TempFiles.forSqlite();
  }

  private static final String REGISTER = "register_";
  private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private final Path file;

  GeoPackageStore(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  @Override
  public List<Feature> read(String table) {
    List<Feature> rows = new ArrayList<>();
    if (!Files.exists(file)) {
      return rows;
    }
    if (table.equals(TABLE)) {
      try (FeatureReader reader = Layers.open(file, new ReadOptions(Crs.CGCS2000, TABLE, null))) {
        reader.forEachRemaining(rows::add);
      }
      return rows;
    }
    try (Connection c = connect(file)) {
      return readPlain(c, table);
    } catch (SQLException e) {
      throw failure("cannot read table " + table + " of", e);
    }
  }

  @Override
  public void replace(String table, List<Field> fields, UnaryOperator<List<Feature>> change) {
    if (!table.equals(TABLE) && !table.startsWith(REGISTER)) {
      throw new IllegalArgumentException(
          "expected the table " + TABLE + " or register_…, was '" + table + "'");
    }
    ReentrantLock local = LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
    local.lock();
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        if (table.equals(TABLE)) {
          replaceSurveys(fields, change);
        } else {
          replacePlain(table, fields, change);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the inventory " + file + ": " + IoErrors.reason(e), e);
    } finally {
      local.unlock();
    }
  }

  private void replaceSurveys(List<Field> fields, UnaryOperator<List<Feature>> change)
      throws IOException {
    List<Feature> rows = change.apply(read(TABLE));
    Path fresh = file.resolveSibling(file.getFileName() + ".new.gpkg");
    try (FeatureWriter writer =
        Layers.create(fresh, new WriteOptions(Crs.CGCS2000, TABLE, fields))) {
      rows.forEach(writer::write);
      writer.commit();
    }
    if (Files.exists(file)) {
      try (Connection c = connect(fresh)) {
        copyRegister(c);
      } catch (SQLException e) {
        Files.deleteIfExists(fresh);
        throw failure("cannot keep the register tables of", e);
      }
    }
    Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Copies every {@code register_…} table of {@link #file} into the database of {@code c}. */
  private void copyRegister(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("ATTACH DATABASE '" + file.toString().replace("'", "''") + "' AS old");
      List<String[]> tables = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "SELECT name, sql FROM old.sqlite_master WHERE type = 'table'"
                  + " AND substr(name, 1, 9) = 'register_'")) {
        while (r.next()) {
          tables.add(new String[] {r.getString(1), r.getString(2)});
        }
      }
      c.setAutoCommit(false);
      for (String[] t : tables) {
        s.execute(t[1]);
        s.execute("INSERT INTO main." + quote(t[0]) + " SELECT * FROM old." + quote(t[0]));
      }
      c.commit();
      c.setAutoCommit(true);
      s.execute("DETACH DATABASE old");
    }
  }

  private void replacePlain(String table, List<Field> fields, UnaryOperator<List<Feature>> change) {
    if (!Files.exists(file)) {
      throw new IllegalStateException(
          "the inventory " + file + " holds no survey yet: record one with inventory add first");
    }
    try (Connection c = connect(file)) {
      c.setAutoCommit(false);
      StringBuilder create = new StringBuilder("CREATE TABLE IF NOT EXISTS " + quote(table) + " (");
      StringBuilder insert = new StringBuilder("INSERT INTO " + quote(table) + " VALUES (");
      for (int i = 0; i < fields.size(); i++) {
        Field f = fields.get(i);
        create.append(i == 0 ? "" : ", ").append(quote(f.name())).append(' ').append(type(f));
        insert.append(i == 0 ? "?" : ", ?");
      }
      try (Statement s = c.createStatement()) {
        s.execute(create.append(')').toString());
      }
      List<Feature> rows = change.apply(readPlain(c, table));
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM " + quote(table));
      }
      try (PreparedStatement p = c.prepareStatement(insert.append(')').toString())) {
        for (Feature row : rows) {
          for (int i = 0; i < fields.size(); i++) {
            Object v = row.get(fields.get(i).name());
            p.setObject(i + 1, v instanceof Boolean b ? (b ? 1 : 0) : v);
          }
          p.addBatch();
        }
        p.executeBatch();
      }
      c.commit();
    } catch (SQLException e) {
      throw failure("cannot write table " + table + " of", e);
    }
  }

  private static List<Feature> readPlain(Connection c, String table) throws SQLException {
    List<Feature> rows = new ArrayList<>();
    try (PreparedStatement exists =
        c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      exists.setString(1, table);
      try (ResultSet r = exists.executeQuery()) {
        if (!r.next()) {
          return rows;
        }
      }
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM " + quote(table) + " ORDER BY rowid")) {
      ResultSetMetaData meta = r.getMetaData();
      while (r.next()) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          values.put(meta.getColumnName(i), r.getObject(i));
        }
        rows.add(new Feature(rows.size(), null, values));
      }
    }
    return rows;
  }

  private static String type(Field field) {
    return switch (field.type()) {
      case INTEGER, BOOLEAN -> "INTEGER";
      case REAL -> "REAL";
      default -> "TEXT";
    };
  }

  private static Connection connect(Path database) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + database);
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private UncheckedIOException failure(String what, SQLException e) {
    return new UncheckedIOException(
        what + " the inventory " + file + ": " + e.getMessage(), new IOException(e));
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
