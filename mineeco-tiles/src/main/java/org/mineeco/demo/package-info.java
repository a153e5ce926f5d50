/**
 * Deterministic demo data: a fictional province on the middle Yangtze with counties, rivers, zone
 * layers, basic farmland and two annual surveys of mine patches, in CGCS2000 lon/lat (EPSG:4490).
 * Entry point: {@link org.mineeco.demo.DemoData#generate}.
 */
package org.mineeco.demo;
