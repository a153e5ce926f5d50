\set i random(1, :n)
SELECT length(ST_AsMVT(q, 'patches', 4096, 'geom'))
FROM (SELECT p.tbbh, p.tbdl, p.tbsx, p.nxffs, p.hfzlqk,
             ST_AsMVTGeom(ST_Transform(p.geom, 3857), t.env, 4096, 64, true) AS geom
      FROM tiles t JOIN patches p ON p.geom && t.box
      WHERE t.i = :i) q;
