package org.mineeco.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Tells before a long analysis whether the server will be able to listen. */
final class PortCheck {
  private PortCheck() {}

  /**
   * Binds and releases {@code host:port} (0 always passes).
   *
   * @throws CommandFailure naming the port and suggesting {@code --port} when it is taken
   */
  static void requireFree(String host, int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new CommandFailure(
          "cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "): another program uses it; choose another port with --port, e.g. --port "
              + (port == 65535 ? 8081 : port + 1));
    }
  }
}
