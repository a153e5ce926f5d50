package org.mineeco.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoOptionsTest {
  @Test
  void rejectsSizesOutOfRangeNamingTheValue() {
    var e = assertThrows(IllegalArgumentException.class, () -> new DemoOptions(1, 999, 20_000));
    assertTrue(e.getMessage().contains("patches") && e.getMessage().contains("999"));
    e = assertThrows(IllegalArgumentException.class, () -> new DemoOptions(1, 5_000, 3_000_000));
    assertTrue(e.getMessage().contains("farmlandParcels") && e.getMessage().contains("3000000"));
  }

  @Test
  void benchmarkSizesKeepTheDemoSeed() {
    assertEquals(1_000_000, DemoOptions.BENCH_1M.patches());
    assertEquals(DemoOptions.DEMO.seed(), DemoOptions.BENCH_50K.seed());
    assertEquals(50_000, DemoOptions.DEMO.withPatches(50_000).patches());
    assertEquals(3, DemoOptions.DEMO.withSeed(3).seed());
  }
}
