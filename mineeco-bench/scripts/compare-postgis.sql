-- The demo spec (data/demo/analysis.yaml) the way a PostGIS user would compute it: repaired
-- patches in lon/lat and in one Gauss-Kruger zone (:gk), corridor bands and three-zones-two-lines
-- buffers as unioned ST_Buffer rings in that plane (default 8 segments a quadrant), cut by
-- ST_Subdivide and GiST-indexed, ST_Intersection per patch, areas on the ellipsoid (geography,
-- EPSG:4490 = GRS80) and planar in the plane; red lines and farmland intersected in lon/lat with a
-- per-patch ST_Union so that overlaps count once; corridor distances: rivers cut by ST_Subdivide
-- into pieces of at most 64 vertices (so that each geography distance is short), the nearest
-- piece by the KNN operator (<->) in the Gauss-Kruger plane (in degrees it picks wrong pieces at
-- 30N; on a geography index it took over 5 minutes for one corridor at 10k patches), then its
-- ST_Distance on the ellipsoid (geography). Steps are separated by '-- step: NAME' lines.

-- step: patches
CREATE TABLE p AS
SELECT DISTINCT ON (tbbh) tbbh, ST_CollectionExtract(ST_MakeValid(geom), 3) AS geom
FROM patches
WHERE geom IS NOT NULL AND ST_GeometryType(geom) IN ('ST_Polygon', 'ST_MultiPolygon')
ORDER BY tbbh, fid;
ALTER TABLE p ADD COLUMN g geometry;
UPDATE p SET g = ST_Transform(geom, :gk);
CREATE INDEX ON p USING gist (geom);
CREATE INDEX ON p USING gist (g);
ANALYZE p;

-- step: bands
CREATE TABLE bands (col text, geom geometry);
CREATE FUNCTION add_bands(zone text, source text, edges float8[], corridor boolean) RETURNS void AS $$
DECLARE
  previous geometry;
  current geometry;
  i int;
BEGIN
  FOR i IN 1 .. array_length(edges, 1) LOOP
    EXECUTE format('SELECT ST_Union(ST_Buffer(ST_Transform(geom, %s), %s)) FROM (%s) s',
                   current_setting('bench.gk'), edges[i], source) INTO current;
    IF i > 1 THEN
      INSERT INTO bands
      SELECT CASE WHEN corridor THEN format('%s_%s_%s_m2', zone, edges[i - 1], edges[i])
                  ELSE zone || '_m2' END,
             ST_Subdivide(CASE WHEN edges[i - 1] = 0 THEN current
                               ELSE ST_Difference(current, previous) END, 256);
    END IF;
    previous := current;
  END LOOP;
END $$ LANGUAGE plpgsql;
SELECT set_config('bench.gk', :'gk', false);
SELECT add_bands('yangtze', $$SELECT geom FROM rivers WHERE class = 'main'$$, '{0,10000,50000}', true);
SELECT add_bands('tributaries', $$SELECT geom FROM rivers WHERE class = 'tributary'$$, '{0,10000}', true);
SELECT add_bands('yangtze_tributaries', $$SELECT geom FROM rivers WHERE class IN ('main', 'tributary')$$, '{0,10000}', true);
SELECT add_bands('rivers', 'SELECT geom FROM rivers', '{0,5000,10000,20000}', true);
SELECT add_bands('reserves', 'SELECT ST_MakeValid(geom) AS geom FROM reserves', '{0,1000}', false);
SELECT add_bands('scenic', 'SELECT ST_MakeValid(geom) AS geom FROM scenic', '{0,1000}', false);
SELECT add_bands('residential', 'SELECT ST_MakeValid(geom) AS geom FROM towns', '{0,1000}', false);
SELECT add_bands('transport', 'SELECT geom FROM roads', '{0,1000}', false);
SELECT add_bands('rivers_lakes', 'SELECT ST_MakeValid(geom) AS geom FROM lakes', '{0,1000}', false);
CREATE INDEX ON bands USING gist (geom);
ANALYZE bands;

-- step: band areas
CREATE TABLE result AS
SELECT p.tbbh, b.col,
       sum(ST_Area(ST_Transform(x.piece, 4490)::geography)) AS m2,
       sum(ST_Area(x.piece)) AS planar_m2
FROM p JOIN bands b ON ST_Intersects(p.g, b.geom),
     LATERAL (SELECT ST_Intersection(p.g, b.geom) AS piece) x
GROUP BY p.tbbh, b.col;

-- step: red line and farmland areas
INSERT INTO result
SELECT p.tbbh, 'red_line_m2', ST_Area(ST_Union(ST_Intersection(p.geom, ST_MakeValid(z.geom)))::geography), NULL
FROM p JOIN redline z ON ST_Intersects(p.geom, z.geom)
GROUP BY p.tbbh;
INSERT INTO result
SELECT p.tbbh, 'farmland_m2', ST_Area(ST_Union(ST_Intersection(p.geom, z.geom))::geography), NULL
FROM p JOIN farmland z ON ST_Intersects(p.geom, z.geom)
GROUP BY p.tbbh;

-- step: patch areas
INSERT INTO result SELECT tbbh, 'area_m2', ST_Area(geom::geography), ST_Area(g) FROM p;

-- step: corridor distances
CREATE TABLE river_pieces AS
SELECT class, ST_Subdivide(geom, 64) AS geom FROM rivers;
ALTER TABLE river_pieces ADD COLUMN g geometry;
UPDATE river_pieces SET g = ST_Transform(geom, :gk);
CREATE INDEX ON river_pieces USING gist (g);
ANALYZE river_pieces;
CREATE FUNCTION add_distances(col text, filter text) RETURNS void AS $$
BEGIN
  EXECUTE format($q$
    INSERT INTO result
    SELECT p.tbbh, %L, d.m, NULL FROM p CROSS JOIN LATERAL (
      SELECT ST_Distance(p.geom::geography, k.geom::geography) AS m FROM (
        SELECT r.geom FROM river_pieces r WHERE %s ORDER BY r.g <-> p.g LIMIT 1) k) d$q$,
    col, filter);
END $$ LANGUAGE plpgsql;
SELECT add_distances('yangtze_dist_m', $$class = 'main'$$);
SELECT add_distances('tributaries_dist_m', $$class = 'tributary'$$);
SELECT add_distances('yangtze_tributaries_dist_m', $$class IN ('main', 'tributary')$$);
SELECT add_distances('rivers_dist_m', 'true');
