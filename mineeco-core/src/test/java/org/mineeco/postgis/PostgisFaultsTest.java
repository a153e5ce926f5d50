package org.mineeco.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineeco.io.ReadOptions;

/**
 * Database faults without a database (issue 22): a port that accepts and never answers ends in one
 * line within the connect timeout, for writing and reading; timeouts are URL parameters with
 * documented defaults; redaction replaces the password only where it stands as itself.
 */
class PostgisFaultsTest {
  /** A TCP port that accepts connections and never sends a byte. */
  private static final class Silent implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> accepted = new ArrayList<>();

    Silent() throws IOException {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread.ofVirtual()
          .start(
              () -> {
                try {
                  while (true) {
                    accepted.add(server.accept());
                  }
                } catch (IOException e) {
                  // closed
                }
              });
    }

    int port() {
      return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  @Test
  void aPortThatNeverAnswersFailsWithinTheConnectTimeout() throws IOException {
    try (Silent silent = new Silent()) {
      String base = "postgresql://127.0.0.1:" + silent.port() + "/db?";
      long start = System.nanoTime();
      PostgisException write =
          assertThrows(
              PostgisException.class,
              () -> PostgisOutput.open(PostgisUrl.parse(base + "schema=s&connect_timeout=2")));
      PostgisException read =
          assertThrows(
              PostgisException.class,
              () ->
                  Postgis.open(
                      PostgisUrl.parse(base + "table=t&connect_timeout=2"), ReadOptions.DEFAULTS));
      double seconds = (System.nanoTime() - start) / 1e9;
      assertTrue(seconds < 15, "two attempts of 2 s each took " + seconds + " s");
      for (PostgisException e : List.of(write, read)) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot connect: "), e.getMessage());
      }
    }
  }

  @Test
  void timeoutsAreUrlParametersWithDefaults() {
    PostgisUrl plain = PostgisUrl.parse("postgresql://h/db?schema=s");
    assertEquals(new PostgisTimeouts(10, 600, 630), plain.timeouts());
    assertEquals("postgresql://h:5432/db?schema=s", plain.toString());
    PostgisUrl set =
        PostgisUrl.parse(
            "postgresql://h/db?table=t&connect_timeout=3&statement_timeout=60&socket_timeout=0");
    assertEquals(new PostgisTimeouts(3, 60, 0), set.timeouts());
    assertEquals(set, PostgisUrl.parse(set.toString()));
    assertEquals(set.timeouts(), set.withTable("u").timeouts());
    assertEquals(new PostgisTimeouts(10, 0, 0), PostgisTimeouts.of(null, 0, null));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PostgisUrl.parse("postgresql://h/db?schema=s&connect_timeout=soon"));
    assertEquals("connect_timeout is whole seconds, was 'soon'", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> PostgisUrl.parse("postgresql://h/db?schema=s&connect_timeout=0"));
  }

  /** The probe's password "e" turned "authentication failed" into "auth***ntication fail***d". */
  @Test
  void redactionReplacesOnlyThePasswordItself() {
    String message = "FATAL: password authentication failed for user \"e\"";
    assertEquals(
        "FATAL: password authentication failed for user \"***\"", Connections.redact(message, "e"));
    assertEquals(
        "password=*** rejected; s3cretive stays",
        Connections.redact("password=s3cret rejected; s3cretive stays", "s3cret"));
    assertEquals("no password here", Connections.redact("no password here", "hunter2"));
    assertEquals("kept", Connections.redact("kept", ""));
  }
}
