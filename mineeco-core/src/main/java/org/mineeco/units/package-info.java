/**
 * Units as types: {@link org.mineeco.units.Area} in m² with {@link org.mineeco.units.AreaUnit}
 * conversions (mu = 2000/3 m² exactly), and {@link org.mineeco.units.Length} in metres on the
 * ground.
 */
package org.mineeco.units;
