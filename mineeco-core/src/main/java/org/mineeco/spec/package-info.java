/**
 * Analysis specs: the YAML file that names the patch layer, the zone layers (river corridors with
 * distance bands in metres, polygons, buffers) and the regions of an analysis.
 */
package org.mineeco.spec;
