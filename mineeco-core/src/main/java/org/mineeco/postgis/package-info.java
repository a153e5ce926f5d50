/**
 * PostGIS as a source and a sink: {@link org.mineeco.postgis.Postgis#open} streams a table as a
 * layer through a server-side cursor, {@link org.mineeco.postgis.PostgisOutput} replaces tables in
 * one transaction, both addressed by a {@link org.mineeco.postgis.PostgisUrl}. Credentials follow
 * PostgreSQL's conventions ({@code PGUSER}, {@code PGPASSWORD}, {@code ~/.pgpass}) and are never
 * printed; identifiers are quoted and values bound.
 */
package org.mineeco.postgis;
