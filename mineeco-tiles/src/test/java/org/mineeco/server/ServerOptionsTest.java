package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerOptionsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://t0.tianditu.gov.cn/img_w/wmts?tk=KEY&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}",
        "http://10.1.2.3/style.json"
      })
  void basemapTakesHttpUrls(String url) {
    assertEquals(url, ServerOptions.DEFAULT.withBasemap(url).basemap());
    assertNull(ServerOptions.DEFAULT.basemap(), "offline by default");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "ftp://host/x", "javascript:alert(1)", "https://a b/c", "http://x/\"y"})
  void basemapRefusesOtherText(String url) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.DEFAULT.withBasemap(url));
    assertTrue(
        e.getMessage().contains("basemap must be an http:// or https:// URL"), e.getMessage());
  }
}
