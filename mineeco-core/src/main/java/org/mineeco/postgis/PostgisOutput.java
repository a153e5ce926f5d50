package org.mineeco.postgis;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.mineeco.crs.Crs;
import org.mineeco.crs.Reprojection;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.WriteOptions;

/**
 * Tables written into one PostGIS schema in one transaction: each {@link #create} replaces a table
 * (drop and create), and the tables appear together on {@link #commit()} or not at all; a failed or
 * killed run leaves the previous tables as they were (PostgreSQL's DDL is transactional); a commit
 * whose answer is lost is checked after reconnecting ({@link #commit()}). Tables get a {@code fid
 * bigserial} key in write order, one column per {@link Field} (text, bigint, double precision,
 * boolean; names as given, quoted) and, when written with geometries, a {@code geom
 * geometry(Geometry, SRID)} column with a GiST index: SRID 4490 (CGCS2000), or 4326 for WGS84
 * input; other systems are transformed to CGCS2000. Not thread-safe: one writer at a time.
 */
public final class PostgisOutput implements AutoCloseable {
  private static final int BATCH = 1000;

  private final PostgisUrl url;
  private final Connection connection;
  private final List<TableWriter> writers = new ArrayList<>();
  private boolean settled;

  private PostgisOutput(PostgisUrl url, Connection connection) {
    this.url = url;
    this.connection = connection;
  }

  /**
   * Opens a transaction on the schema {@code url} names, creating the schema if needed.
   *
   * @throws PostgisException when the database cannot be reached or the schema not created
   */
  public static PostgisOutput open(PostgisUrl url) {
    Connection connection = Connections.open(url);
    try {
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE SCHEMA IF NOT EXISTS " + PostgisUrl.quote(url.schema()));
      }
      return new PostgisOutput(url, connection);
    } catch (SQLException e) {
      Connections.rollbackAndClose(connection);
      throw new PostgisException(
          url, "cannot open schema " + url.schema() + ": " + Connections.message(e), e);
    }
  }

  /** The schema written into. */
  public PostgisUrl url() {
    return url;
  }

  /**
   * Waits for and takes the transaction-scoped advisory lock {@code name}: outputs that take the
   * same lock on the same database run one after the other, the second seeing what the first
   * committed.
   */
  public void lock(String name) {
    requireOpen();
    try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      s.setLong(1, lockKey(name));
      s.execute();
    } catch (SQLException e) {
      throw failure("cannot take the lock " + name, e);
    }
  }

  private static long lockKey(String name) {
    long h = 1125899906842597L;
    for (int i = 0; i < name.length(); i++) {
      h = 31 * h + name.charAt(i);
    }
    return h;
  }

  /**
   * Replaces the table {@code options.layer()} within this transaction and returns its writer; the
   * writer's {@link FeatureWriter#commit()} completes the table (index), this output's {@link
   * #commit()} publishes it.
   */
  public FeatureWriter create(WriteOptions options) {
    requireOpen();
    try {
      TableWriter writer = new TableWriter(url.withTable(options.layer()), options);
      writers.add(writer);
      return writer;
    } catch (SQLException e) {
      throw failure("cannot create table " + options.layer(), e);
    }
  }

  /**
   * Commits the transaction: every table created appears at once. The transaction also records a
   * row of its own in the schema's table {@value #RUNS} (run id, tables, time): when the connection
   * breaks during the commit, whether the commit took place is read there after reconnecting, so a
   * committed run is never reported as failed.
   *
   * @throws IllegalStateException when a table's writer was not committed
   * @throws PostgisException when the commit failed (nothing changed) or its outcome cannot be
   *     known (the message says which, with the run id)
   */
  public void commit() {
    requireOpen();
    for (TableWriter w : writers) {
      if (!w.committed) {
        throw new IllegalStateException(
            "table " + w.table.table() + " was not completed: nothing is committed");
      }
    }
    UUID run = UUID.randomUUID();
    try {
      recordRun(run);
    } catch (SQLException e) {
      throw failure("cannot record the run in " + RUNS, e);
    }
    try {
      connection.commit();
      settled = true;
      connection.close();
    } catch (SQLException e) {
      settled = true;
      Connections.rollbackAndClose(connection);
      switch (outcome(run)) {
        case COMMITTED -> {
          return;
        }
        case ROLLED_BACK ->
            throw new PostgisException(
                url,
                "cannot commit ("
                    + Connections.message(e)
                    + "): the server rolled the transaction back, nothing changed",
                e);
        default ->
            throw new PostgisException(
                url,
                "the commit's outcome is unknown ("
                    + Connections.message(e)
                    + ") and the server cannot be asked now: the tables are the new ones if "
                    + RUNS
                    + " holds the run "
                    + run,
                e);
      }
    }
  }

  /** The table of the runs committed into a schema. */
  public static final String RUNS = "mineeco_runs";

  private enum Outcome {
    COMMITTED,
    ROLLED_BACK,
    UNKNOWN
  }

  private void recordRun(UUID run) throws SQLException {
    String table = PostgisUrl.quote(url.schema()) + "." + PostgisUrl.quote(RUNS);
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS "
              + table
              + " (run uuid PRIMARY KEY, tables text NOT NULL,"
              + " committed timestamptz NOT NULL DEFAULT now())");
      s.execute("DELETE FROM " + table + " WHERE committed < now() - interval '90 days'");
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO " + table + " (run, tables) VALUES (?, ?)")) {
      insert.setObject(1, run);
      insert.setString(2, String.join(", ", writers.stream().map(w -> w.table.table()).toList()));
      insert.execute();
    }
  }

  /**
   * Whether the run's row is in the schema, asked on a new connection, tried for as long as the
   * connect timeout allows.
   */
  private Outcome outcome(UUID run) {
    long deadline = System.nanoTime() + url.timeouts().connect() * 1_000_000_000L;
    do {
      try (Connection c = Connections.open(url);
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT 1 FROM "
                      + PostgisUrl.quote(url.schema())
                      + "."
                      + PostgisUrl.quote(RUNS)
                      + " WHERE run = ?")) {
        s.setObject(1, run);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Outcome.COMMITTED : Outcome.ROLLED_BACK;
        }
      } catch (SQLException e) {
        // An absent table: never committed here.
        if ("42P01".equals(e.getSQLState())) {
          return Outcome.ROLLED_BACK;
        }
      } catch (PostgisException e) {
        // Not reachable yet: try again until the deadline.
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Outcome.UNKNOWN;
      }
    } while (System.nanoTime() < deadline);
    return Outcome.UNKNOWN;
  }

  /** Rolls back unless committed: the schema is left as it was. */
  @Override
  public void close() {
    if (!settled) {
      settled = true;
      Connections.rollbackAndClose(connection);
    }
  }

  private void requireOpen() {
    if (settled) {
      throw new IllegalStateException("output to " + url + " is already committed or closed");
    }
  }

  private PostgisException failure(String what, SQLException e) {
    return new PostgisException(url, what + ": " + Connections.message(e), e);
  }

  /** The SRID geometries in {@code crs} are written with. */
  static int srid(Crs crs) {
    return crs.equals(Crs.WGS84) ? 4326 : 4490;
  }

  private final class TableWriter implements FeatureWriter {
    private final PostgisUrl table;
    private final List<Field> fields;
    private final boolean geometry;
    private final Reprojection reprojection;
    private final int srid;
    private final PreparedStatement insert;
    private final WKBWriter wkbWriter = new WKBWriter(2);
    private final String geometryColumn;
    private int pending;
    private boolean committed;
    private boolean aborted;

    TableWriter(PostgisUrl table, WriteOptions options) throws SQLException {
      this.table = table;
      this.fields = options.fields();
      this.geometry = options.geometry();
      this.srid = srid(options.crs());
      this.reprojection =
          Reprojection.between(options.crs(), srid == 4326 ? Crs.WGS84 : Crs.CGCS2000);
      String key = options.unusedName("fid", "mineeco_fid", "mineeco_fid_");
      String geom = options.unusedName("geom", "geometry", "mineeco_geom");
      this.geometryColumn = geom;
      StringBuilder create =
          new StringBuilder("CREATE TABLE ")
              .append(table.quotedTable())
              .append(" (")
              .append(PostgisUrl.quote(key))
              .append(" bigserial PRIMARY KEY");
      StringBuilder columns = new StringBuilder();
      StringBuilder values = new StringBuilder();
      for (Field f : fields) {
        create.append(", ").append(PostgisUrl.quote(f.name())).append(' ').append(sqlType(f));
        columns.append(columns.isEmpty() ? "" : ", ").append(PostgisUrl.quote(f.name()));
        values.append(values.isEmpty() ? "?" : ", ?");
      }
      if (geometry) {
        create
            .append(", ")
            .append(PostgisUrl.quote(geom))
            .append(" geometry(Geometry, ")
            .append(srid)
            .append(')');
        columns.append(columns.isEmpty() ? "" : ", ").append(PostgisUrl.quote(geom));
        values
            .append(values.isEmpty() ? "" : ", ")
            .append("ST_GeomFromWKB(?, ")
            .append(srid)
            .append(')');
      }
      create.append(')');
      try (Statement s = connection.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + table.quotedTable());
        s.execute(create.toString());
      }
      this.insert =
          connection.prepareStatement(
              "INSERT INTO " + table.quotedTable() + " (" + columns + ") VALUES (" + values + ")");
    }

    private static String sqlType(Field f) {
      return switch (f.type()) {
        case STRING -> "text";
        case INTEGER -> "bigint";
        case REAL -> "double precision";
        case BOOLEAN -> "boolean";
      };
    }

    @Override
    public Path path() {
      return Path.of(table.toString());
    }

    @Override
    public void write(Feature feature) {
      if (committed || aborted) {
        throw new IllegalStateException("table " + table.table() + " is already closed");
      }
      try {
        int i = 1;
        for (Field f : fields) {
          bind(i++, f, value(feature, f));
        }
        if (geometry) {
          Geometry g = feature.geometry();
          insert.setBytes(i, g == null ? null : wkbWriter.write(reprojection.apply(g)));
        }
        insert.addBatch();
        if (++pending == BATCH) {
          flush();
        }
      } catch (SQLException e) {
        throw failure("cannot write feature " + feature.index() + " to " + table.table(), e);
      }
    }

    private Object value(Feature feature, Field f) {
      try {
        return feature.valueAs(f);
      } catch (IllegalArgumentException e) {
        throw new PostgisException(
            table, "cannot write feature " + feature.index() + ": " + e.getMessage(), e);
      }
    }

    private void bind(int i, Field f, Object value) throws SQLException {
      switch (f.type()) {
        case STRING -> insert.setString(i, value == null ? null : value.toString());
        case INTEGER -> {
          if (value instanceof Number n) {
            insert.setLong(i, n.longValue());
          } else {
            insert.setNull(i, Types.BIGINT);
          }
        }
        case REAL -> {
          if (value instanceof Number n) {
            insert.setDouble(i, n.doubleValue());
          } else {
            insert.setNull(i, Types.DOUBLE);
          }
        }
        case BOOLEAN -> {
          if (value instanceof Boolean b) {
            insert.setBoolean(i, b);
          } else {
            insert.setNull(i, Types.BOOLEAN);
          }
        }
      }
    }

    private void flush() throws SQLException {
      if (pending > 0) {
        insert.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void commit() {
      if (committed) {
        return;
      }
      try {
        flush();
        insert.close();
        if (geometry) {
          try (Statement s = connection.createStatement()) {
            s.execute(
                "CREATE INDEX "
                    + PostgisUrl.quote((table.table() + "_geom_gist").toLowerCase(Locale.ROOT))
                    + " ON "
                    + table.quotedTable()
                    + " USING GIST ("
                    + PostgisUrl.quote(geometryColumn)
                    + ")");
          }
        }
        committed = true;
      } catch (SQLException e) {
        throw failure("cannot complete table " + table.table(), e);
      }
    }

    @Override
    public void abort() {
      if (!committed) {
        aborted = true;
      }
    }
  }
}
