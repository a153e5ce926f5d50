package org.mineeco.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgisUrlTest {
  @Test
  void readsUserHostPortDatabaseAndTable() {
    PostgisUrl url =
        PostgisUrl.parse(
            "postgresql://gis@db.example:6543/survey?table=mines.patches&geometry=shape");
    assertEquals("gis", url.user());
    assertEquals("db.example", url.host());
    assertEquals(6543, url.port());
    assertEquals("survey", url.database());
    assertEquals("mines", url.schema());
    assertEquals("patches", url.table());
    assertEquals("shape", url.geometry());
    assertEquals("\"mines\".\"patches\"", url.quotedTable());
    assertEquals(
        "postgresql://gis@db.example:6543/survey?table=mines.patches&geometry=shape",
        url.toString());
  }

  @Test
  void defaultsPortSchemaAndUser() {
    PostgisUrl url = PostgisUrl.parse("postgres://localhost/db?table=patches");
    assertNull(url.user());
    assertEquals(5432, url.port());
    assertEquals("public", url.schema());
    assertEquals("jdbc:postgresql://localhost:5432/db?ApplicationName=mineeco", url.jdbcUrl());
  }

  @Test
  void namesASchemaToWrite() {
    PostgisUrl url = PostgisUrl.parse("postgresql://h:1/db?schema=out2024");
    assertEquals("out2024", url.schema());
    assertNull(url.table());
    assertEquals("postgresql://h:1/db?schema=out2024", url.toString());
    assertEquals("\"out2024\".\"summary\"", url.withTable("summary").quotedTable());
  }

  @Test
  void decodesPercentEncodingAndKeepsPlus() {
    PostgisUrl url = PostgisUrl.parse("postgresql://h/db?table=%E5%9B%BE%E6%96%91.a+b");
    assertEquals("图斑", url.schema());
    assertEquals("a+b", url.table());
  }

  @Test
  void quotesSqlInNamesAsOneIdentifier() {
    PostgisUrl url = PostgisUrl.parse("postgresql://h/db?table=x%22;DROP%20TABLE%20y;--");
    assertEquals("x\";DROP TABLE y;--", url.table());
    assertEquals("\"public\".\"x\"\";DROP TABLE y;--\"", url.quotedTable());
  }

  @Test
  void refusesAPasswordWithoutRepeatingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PostgisUrl.parse("postgresql://gis:s3cr3t-pw@h/db?table=t"));
    assertFalse(e.getMessage().contains("s3cr3t-pw"), e.getMessage());
    assertTrue(e.getMessage().contains("PGPASSWORD"), e.getMessage());
    IllegalArgumentException parameter =
        assertThrows(
            IllegalArgumentException.class,
            () -> PostgisUrl.parse("postgresql://h/db?table=t&password=s3cr3t-pw"));
    assertFalse(parameter.getMessage().contains("s3cr3t-pw"), parameter.getMessage());
    IllegalArgumentException scheme =
        assertThrows(
            IllegalArgumentException.class,
            () -> PostgisUrl.parse("jdbc:postgresql://u:s3cr3t-pw@h/db"));
    assertFalse(scheme.getMessage().contains("s3cr3t-pw"), scheme.getMessage());
  }

  @Test
  void refusesMalformedUrlsSayingWhatWasExpected() {
    Map<String, String> cases =
        Map.of(
            "postgresql://h", "database is missing",
            "postgresql://h:99999/db", "port",
            "postgresql://h:x/db", "port number",
            "postgresql://h/db?tabel=t", "unknown URL parameter 'tabel'",
            "postgresql://h/db?table=t&table=u", "given twice",
            "postgresql://h/db?table", "has no value",
            "postgresql://h/db?schema=s&table=a.b", "give the schema once",
            "postgresql://h/db?geometry=g", "needs a table",
            "postgresql://h/?table=t", "database name",
            "postgresql://h/db?table=%zz", "percent-encoding");
    cases.forEach(
        (url, expected) -> {
          IllegalArgumentException e =
              assertThrows(IllegalArgumentException.class, () -> PostgisUrl.parse(url), url);
          assertTrue(e.getMessage().contains(expected), url + ": " + e.getMessage());
        });
    assertThrows(
        IllegalArgumentException.class,
        () -> PostgisUrl.parse("postgresql://h/db?table=" + "t".repeat(64)));
    assertThrows(IllegalArgumentException.class, () -> PostgisUrl.parse(null));
    assertFalse(PostgisUrl.isUrl(null));
  }

  @Test
  void connectionErrorsNeverHoldThePassword() {
    PostgisUrl url = PostgisUrl.parse("postgresql://nobody@127.0.0.1:1/db?table=t");
    PostgisException e =
        assertThrows(
            PostgisException.class,
            () -> Connections.open(url, Map.of("PGPASSWORD", "pw-never-shown-42")));
    assertFalse(e.getMessage().contains("pw-never-shown-42"), e.getMessage());
    assertTrue(e.getMessage().startsWith(url.toString()), e.getMessage());
  }
}
