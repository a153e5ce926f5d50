-- mineeco's analysis of the demo spec (data/demo/analysis.yaml) done in PostGIS, each step as a
-- PostGIS user would write it for speed: patches repaired (ST_MakeValid), duplicates and
-- non-polygons left out as mineeco leaves them out; ellipsoidal patch areas (geography, EPSG:4490
-- = GRS80); corridor bands and three-zones-two-lines buffers in one Gauss-Kruger zone (:gk,
-- default 8 segments a quadrant; see add_bands), cut into rings,
-- ST_Subdivide'd and GiST-indexed, each patch measured whole when ST_Within one piece and
-- intersected otherwise; red lines and farmland counted once where polygons overlap (a patch
-- ST_CoveredBy one polygon is measured whole, others by the union of their intersections); the
-- county of largest overlap over subdivided counties (ST_Within shortcut); the corridor distances
-- by KNN (<->) over subdivided river pieces in the plane, one search per river class (main,
-- tributary, minor) for the four corridors, measured on the ellipsoid; the zone areas of the parts
-- of patches split between counties; the summary table. Steps are separated by '-- step: NAME'
-- lines; the parts of a step separated by '-- and:' lines are independent and run in concurrent
-- sessions (the machine's two cores).

-- step: patches
CREATE TABLE p AS
SELECT tbbh, geom, ST_Transform(geom, :gk) AS g, ST_Area(geom::geography) AS area
FROM (SELECT DISTINCT ON (tbbh) tbbh, ST_CollectionExtract(ST_MakeValid(geom), 3) AS geom
      FROM patches
      WHERE tbbh IS NOT NULL AND geom IS NOT NULL
        AND ST_GeometryType(geom) IN ('ST_Polygon', 'ST_MultiPolygon')
      ORDER BY tbbh, fid) s
WHERE NOT ST_IsEmpty(geom);
CREATE TABLE bands (col text, geom geometry);
-- The bands of a zone: its features buffered one by one and united (GEOS's cascaded union; 15x
-- faster than buffering them collected as one geometry), each further edge as a buffer of the
-- last by the difference (N_a(N_b(L)) = N_a+b(L); the last buffer's outline is far simpler than
-- the rivers), rings by ST_Difference, all cut by ST_Subdivide.
CREATE FUNCTION add_bands(zone text, source text, edges float8[], corridor boolean) RETURNS void AS $$
DECLARE
  previous geometry;
  current geometry;
  i int;
BEGIN
  FOR i IN 1 .. array_length(edges, 1) LOOP
    IF edges[i] > 0 AND previous IS NULL THEN
      EXECUTE format('SELECT ST_Union(ST_Buffer(ST_Transform(geom, %s), %s)) FROM (%s) s',
                     current_setting('bench.gk'), edges[i], source) INTO current;
    ELSIF edges[i] > 0 THEN
      current := ST_Buffer(previous, edges[i] - edges[i - 1]);
    END IF;
    IF edges[i] > 0 THEN
      INSERT INTO bands
      SELECT CASE WHEN corridor THEN format('%s_%s_%s_m2', zone, edges[i - 1], edges[i])
                  ELSE zone || '_m2' END,
             ST_Subdivide(CASE WHEN previous IS NULL THEN current
                               ELSE ST_Difference(current, previous) END, 256);
    END IF;
    previous := current;
  END LOOP;
END $$ LANGUAGE plpgsql;

-- step: zones
CREATE INDEX ON p USING gist (geom);
CREATE INDEX ON p USING gist (g);
ANALYZE p;
-- and:
SELECT set_config('bench.gk', :'gk', false);
SELECT add_bands('rivers', 'SELECT geom FROM rivers', '{0,5000,10000,20000}', true);
SELECT add_bands('tributaries', $$SELECT geom FROM rivers WHERE class = 'tributary'$$, '{0,10000}', true);
-- and:
SELECT set_config('bench.gk', :'gk', false);
SELECT add_bands('yangtze', $$SELECT geom FROM rivers WHERE class = 'main'$$, '{0,10000,50000}', true);
SELECT add_bands('yangtze_tributaries', $$SELECT geom FROM rivers WHERE class IN ('main', 'tributary')$$, '{0,10000}', true);
SELECT add_bands('reserves', 'SELECT ST_MakeValid(geom) AS geom FROM reserves', '{0,1000}', false);
SELECT add_bands('scenic', 'SELECT ST_MakeValid(geom) AS geom FROM scenic', '{0,1000}', false);
SELECT add_bands('residential', 'SELECT ST_MakeValid(geom) AS geom FROM towns', '{0,1000}', false);
SELECT add_bands('transport', 'SELECT geom FROM roads', '{0,1000}', false);
SELECT add_bands('rivers_lakes', 'SELECT ST_MakeValid(geom) AS geom FROM lakes', '{0,1000}', false);
-- The spec's zone group three_zones_two_lines: the union of those five zones, from their buffers
-- already made (united again across the subdivision's cuts) rather than buffering the sources anew.
INSERT INTO bands
SELECT 'three_zones_two_lines_m2', ST_Subdivide(ST_Union(geom), 256)
FROM bands
WHERE col IN ('reserves_m2', 'scenic_m2', 'residential_m2', 'transport_m2', 'rivers_lakes_m2');
CREATE TABLE redline_pieces AS SELECT fid, ST_Subdivide(ST_MakeValid(geom), 256) AS geom FROM redline;
CREATE INDEX ON redline_pieces USING gist (geom);
CREATE TABLE farmland_valid AS SELECT fid, ST_MakeValid(geom) AS geom FROM farmland;
CREATE INDEX ON farmland_valid USING gist (geom);
CREATE TABLE county_pieces AS SELECT xzqdm, ST_Subdivide(ST_MakeValid(geom), 256) AS geom FROM counties;
CREATE INDEX ON county_pieces USING gist (geom);
CREATE TABLE rp_main AS SELECT ST_Subdivide(geom, 64) AS geom FROM rivers WHERE class = 'main';
CREATE TABLE rp_tributary AS SELECT ST_Subdivide(geom, 64) AS geom FROM rivers WHERE class = 'tributary';
CREATE TABLE rp_minor AS SELECT ST_Subdivide(geom, 64) AS geom FROM rivers WHERE class = 'minor';
ALTER TABLE rp_main ADD COLUMN g geometry;
ALTER TABLE rp_tributary ADD COLUMN g geometry;
ALTER TABLE rp_minor ADD COLUMN g geometry;
UPDATE rp_main SET g = ST_Transform(geom, :gk);
UPDATE rp_tributary SET g = ST_Transform(geom, :gk);
UPDATE rp_minor SET g = ST_Transform(geom, :gk);
CREATE INDEX ON rp_main USING gist (g);
CREATE INDEX ON rp_tributary USING gist (g);
CREATE INDEX ON rp_minor USING gist (g);
ANALYZE redline_pieces;
ANALYZE farmland_valid;
ANALYZE county_pieces;
ANALYZE rp_main;
ANALYZE rp_tributary;
ANALYZE rp_minor;

-- step: index bands
CREATE INDEX ON bands USING gist (geom);
ANALYZE bands;

-- step: overlay
CREATE TABLE band_area AS
SELECT p.tbbh, b.col,
       sum(CASE WHEN ST_Within(p.g, b.geom) THEN p.area
                ELSE ST_Area(ST_Transform(ST_Intersection(p.g, b.geom), 4490)::geography) END) AS m2
FROM p JOIN bands b ON ST_Intersects(p.g, b.geom)
GROUP BY p.tbbh, b.col;
CREATE TABLE zone_hits AS
SELECT 'red_line_m2' AS col, p.tbbh, p.geom AS patch, p.area, z.geom,
       ST_CoveredBy(p.geom, z.geom) AS covered
FROM p JOIN redline_pieces z ON ST_Intersects(p.geom, z.geom)
UNION ALL
SELECT 'farmland_m2', p.tbbh, p.geom, p.area, z.geom, ST_CoveredBy(p.geom, z.geom)
FROM p JOIN farmland_valid z ON ST_Intersects(p.geom, z.geom);
CREATE TABLE zone_area AS
SELECT col, tbbh, max(area) AS m2 FROM zone_hits GROUP BY col, tbbh HAVING bool_or(covered)
UNION ALL
SELECT col, tbbh, ST_Area(ST_Union(ST_Intersection(patch, geom))::geography)
FROM zone_hits GROUP BY col, tbbh HAVING NOT bool_or(covered);
-- and:
CREATE TABLE dist AS
SELECT p.tbbh,
       (SELECT ST_Distance(p.geom::geography, r.geom::geography) FROM rp_main r ORDER BY r.g <-> p.g LIMIT 1) AS main,
       (SELECT ST_Distance(p.geom::geography, r.geom::geography) FROM rp_tributary r ORDER BY r.g <-> p.g LIMIT 1) AS tributary,
       (SELECT ST_Distance(p.geom::geography, r.geom::geography) FROM rp_minor r ORDER BY r.g <-> p.g LIMIT 1) AS minor
FROM p;
CREATE TABLE region_hits AS
SELECT p.tbbh, c.xzqdm,
       sum(CASE WHEN ST_Within(p.geom, c.geom) THEN p.area
                ELSE ST_Area(ST_Intersection(p.geom, c.geom)::geography) END) AS m2
FROM p JOIN county_pieces c ON ST_Intersects(p.geom, c.geom)
GROUP BY p.tbbh, c.xzqdm;
CREATE TABLE region AS
SELECT DISTINCT ON (tbbh) tbbh, xzqdm FROM region_hits WHERE m2 > 0 ORDER BY tbbh, m2 DESC;

-- step: split patches
CREATE TABLE split_parts AS
SELECT h.tbbh, h.xzqdm, ST_Intersection(p.geom, c.geom) AS piece
FROM (SELECT tbbh FROM region_hits WHERE m2 > 0 GROUP BY tbbh HAVING count(*) > 1) s
JOIN region_hits h ON h.tbbh = s.tbbh AND h.m2 > 0
JOIN p ON p.tbbh = h.tbbh
JOIN counties c ON c.xzqdm = h.xzqdm;
CREATE TABLE split_area AS
SELECT s.tbbh, s.xzqdm, b.col,
       sum(ST_Area(ST_Transform(ST_Intersection(ST_Transform(s.piece, :gk), b.geom), 4490)::geography)) AS m2
FROM split_parts s JOIN bands b ON ST_Intersects(ST_Transform(s.piece, :gk), b.geom)
GROUP BY s.tbbh, s.xzqdm, b.col
UNION ALL
SELECT s.tbbh, s.xzqdm, 'red_line_m2', ST_Area(ST_Union(ST_Intersection(s.piece, z.geom))::geography)
FROM split_parts s JOIN redline_pieces z ON ST_Intersects(s.piece, z.geom)
GROUP BY s.tbbh, s.xzqdm
UNION ALL
SELECT s.tbbh, s.xzqdm, 'farmland_m2', ST_Area(ST_Union(ST_Intersection(s.piece, z.geom))::geography)
FROM split_parts s JOIN farmland_valid z ON ST_Intersects(s.piece, z.geom)
GROUP BY s.tbbh, s.xzqdm;

-- step: summary
CREATE TABLE result AS
SELECT tbbh, 'area_m2' AS col, area AS value FROM p
UNION ALL SELECT tbbh, col, m2 FROM band_area
UNION ALL SELECT tbbh, col, m2 FROM zone_area
UNION ALL SELECT tbbh, 'yangtze_dist_m', main FROM dist
UNION ALL SELECT tbbh, 'tributaries_dist_m', tributary FROM dist
UNION ALL SELECT tbbh, 'yangtze_tributaries_dist_m', least(main, tributary) FROM dist
UNION ALL SELECT tbbh, 'rivers_dist_m', least(main, tributary, minor) FROM dist;
-- Per zone: the patches with area in it and that area; per band: the patches whose largest part
-- in the zone lies in it (mineeco's counting rule) and the band's area.
CREATE TABLE summary AS
WITH zone_of AS (
  SELECT tbbh, col, value, regexp_replace(col, '_[0-9]+_[0-9]+_m2$|_m2$', '') AS zone
  FROM result WHERE col LIKE '%\_m2' AND col <> 'area_m2' AND value > 0),
main_band AS (
  SELECT DISTINCT ON (tbbh, zone) tbbh, zone, col FROM zone_of ORDER BY tbbh, zone, value DESC)
SELECT zone, NULL AS band, count(DISTINCT tbbh) AS patches, sum(value) AS m2
FROM zone_of GROUP BY zone
UNION ALL
SELECT z.zone, z.col, count(m.tbbh), sum(z.value)
FROM zone_of z LEFT JOIN main_band m ON m.tbbh = z.tbbh AND m.col = z.col
WHERE z.col <> z.zone || '_m2' GROUP BY z.zone, z.col;
