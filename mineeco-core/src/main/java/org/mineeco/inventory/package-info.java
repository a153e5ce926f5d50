/**
 * The survey inventory across years: {@link org.mineeco.inventory.Inventory} records each year's
 * analysed survey in a GeoPackage file or a PostGIS schema, lists the years, follows a patch's
 * history and makes every table and the monitoring comparison from the store alone.
 */
package org.mineeco.inventory;
