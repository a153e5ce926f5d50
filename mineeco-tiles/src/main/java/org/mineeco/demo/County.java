package org.mineeco.demo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * One county of the synthetic province.
 *
 * @param code 6-digit GB/T 2260-style code: province (2 digits), city (2), county (2)
 * @param name county name, e.g. 青山县
 * @param cityCode the city's 6-digit code, the county code's first four digits and "00"
 * @param cityName the city name, e.g. 松州市
 * @param plane the county polygon in the generator plane (metres)
 * @param lonLat the county polygon in rounded CGCS2000 lon/lat
 * @param seat the county seat in the plane
 */
record County(
    String code,
    String name,
    String cityCode,
    String cityName,
    Polygon plane,
    Polygon lonLat,
    Coordinate seat) {}
