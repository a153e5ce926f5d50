/**
 * Tables as people open them: a small table model ({@link org.mineeco.table.Table}) whose area
 * cells keep unrounded {@link org.mineeco.units.Area} values and are rounded only when written, and
 * {@link org.mineeco.table.ReportWriter}, which writes CSV, JSON, XLSX and SVG charts atomically.
 */
package org.mineeco.table;
