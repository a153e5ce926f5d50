/**
 * The overlay engine: per mine patch, its ellipsoidal area (CGCS2000/GRS80), the area inside each
 * {@link org.mineeco.zone.Zone zone} and corridor band, the ground distance to each corridor, and
 * the split by admin region. The entry point is {@link org.mineeco.overlay.OverlayEngine}.
 */
package org.mineeco.overlay;
