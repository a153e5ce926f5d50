package org.mineeco.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.WriteOptions;

/**
 * Database faults against a real PostgreSQL (issue 22): a commit whose answer is lost is checked on
 * a new connection and reported as committed or rolled back; a failed batch is one line; any column
 * name is a column of that name.
 */
class PostgisFaultsDatabaseTest {
  /**
   * A TCP proxy to the database that, once the client sends COMMIT, either forwards it and then
   * cuts both connections before the answer comes back, or cuts them without forwarding it; the
   * connections after that one are proxied faithfully.
   */
  private static final class CommitCutter implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> sockets = new ArrayList<>();
    private volatile boolean cut;

    CommitCutter(PostgisUrl target, boolean forwardCommit) throws IOException {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread.ofVirtual()
          .start(
              () -> {
                try {
                  while (true) {
                    Socket client = server.accept();
                    Socket upstream = new Socket(target.host(), target.port());
                    synchronized (sockets) {
                      sockets.add(client);
                      sockets.add(upstream);
                    }
                    boolean watch = !cut;
                    pipe(client, upstream, watch, forwardCommit);
                    pipe(upstream, client, false, false);
                  }
                } catch (IOException e) {
                  // closed
                }
              });
    }

    private void pipe(Socket from, Socket to, boolean watch, boolean forwardCommit) {
      Thread.ofVirtual()
          .start(
              () -> {
                byte[] buffer = new byte[1 << 16];
                try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                  for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    boolean commit =
                        watch
                            && !cut
                            && new String(buffer, 0, n, StandardCharsets.ISO_8859_1)
                                .contains("COMMIT");
                    if (commit) {
                      cut = true;
                      if (forwardCommit) {
                        out.write(buffer, 0, n);
                        out.flush();
                        Thread.sleep(1000);
                      }
                      from.close();
                      to.close();
                      return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                  }
                } catch (IOException | InterruptedException e) {
                  // one side closed
                }
              });
    }

    PostgisUrl url(PostgisUrl schema) {
      return new PostgisUrl(
          schema.user(),
          "127.0.0.1",
          server.getLocalPort(),
          schema.database(),
          schema.schema(),
          null,
          null,
          PostgisTimeouts.of(5, null, null));
    }

    @Override
    public void close() throws IOException {
      server.close();
      synchronized (sockets) {
        for (Socket s : sockets) {
          s.close();
        }
      }
    }
  }

  private static void writeTable(PostgisOutput output, String name) {
    FeatureWriter writer =
        output.create(
            new WriteOptions(Crs.CGCS2000, name, List.of(new Field("TBBH", FieldType.STRING))));
    writer.write(
        new Feature(
            0, new GeometryFactory().createPoint(new Coordinate(114, 30)), Map.of("TBBH", "P0")));
    writer.commit();
  }

  @Test
  void aCommitWhoseAnswerIsLostIsCheckedAndReportedAsCommitted() throws IOException {
    PostgisUrl schema = TestDatabase.freshSchema("indoubt");
    try (CommitCutter cutter = new CommitCutter(schema, true);
        PostgisOutput output = PostgisOutput.open(cutter.url(schema))) {
      writeTable(output, "patches");
      output.commit();
    }
    assertEquals(
        1L,
        TestDatabase.value(
            schema, "SELECT count(*) FROM " + schema.withTable("patches").quotedTable()));
    assertEquals(
        1L,
        TestDatabase.value(
            schema, "SELECT count(*) FROM " + schema.withTable(PostgisOutput.RUNS).quotedTable()));
  }

  @Test
  void aCommitThatNeverReachedTheServerIsReportedAsRolledBack() throws IOException {
    PostgisUrl schema = TestDatabase.freshSchema("lost");
    PostgisException e;
    try (CommitCutter cutter = new CommitCutter(schema, false);
        PostgisOutput output = PostgisOutput.open(cutter.url(schema))) {
      writeTable(output, "patches");
      e = assertThrows(PostgisException.class, output::commit);
    }
    assertTrue(e.getMessage().contains("the server rolled the transaction back"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertEquals(
        Boolean.FALSE,
        TestDatabase.value(
            schema,
            "SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = '"
                + schema.schema()
                + "' AND table_name = 'patches')"));
  }

  /** A failed batch said its whole SQL with every value (626 KB); now the server's first line. */
  @Test
  void aFailedBatchIsOneLine() {
    PostgisUrl schema = TestDatabase.freshSchema("batch");
    try (PostgisOutput output = PostgisOutput.open(schema)) {
      FeatureWriter writer =
          output.create(
              new WriteOptions(
                  Crs.CGCS2000, "t", List.of(new Field("text", FieldType.STRING)), false));
      PostgisException e =
          assertThrows(
              PostgisException.class,
              () -> {
                for (int i = 0; i < 5000; i++) {
                  String value = i == 1234 ? "nul \u0000 here" : "x".repeat(200);
                  writer.write(new Feature(i, null, Map.of("text", value)));
                }
                writer.commit();
              });
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      assertTrue(e.getMessage().length() < 500, e.getMessage());
      assertFalse(e.getMessage().contains("xxxxxxxx"), e.getMessage());
    }
  }

  /** A name holding quotes is a column of that name; geom and id are an attribute's too. */
  @Test
  void anyNameIsAColumnOfThatName() {
    PostgisUrl schema = TestDatabase.freshSchema("names");
    String evil = "a\" TEXT, \"x";
    List<Field> fields =
        List.of(
            new Field(evil, FieldType.STRING),
            new Field("id", FieldType.REAL),
            new Field("geom", FieldType.BOOLEAN));
    try (PostgisOutput output = PostgisOutput.open(schema)) {
      FeatureWriter writer = output.create(new WriteOptions(Crs.CGCS2000, "t", fields));
      Map<String, Object> values = new LinkedHashMap<>();
      values.put(evil, "evil");
      values.put("id", -0.0);
      values.put("geom", true);
      writer.write(
          new Feature(0, new GeometryFactory().createPoint(new Coordinate(114, 30)), values));
      writer.commit();
      output.commit();
    }
    PostgisUrl table = schema.withTable("t");
    assertEquals(
        "evil",
        TestDatabase.value(
            schema, "SELECT " + PostgisUrl.quote(evil) + " FROM " + table.quotedTable()));
    assertEquals(
        "-0", TestDatabase.value(schema, "SELECT \"id\"::text FROM " + table.quotedTable()));
    assertEquals(
        "geometry",
        TestDatabase.value(
            schema,
            "SELECT f_geometry_column FROM geometry_columns WHERE f_table_schema = '"
                + schema.schema()
                + "'"));
  }
}
