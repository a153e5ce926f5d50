package org.mineeco.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Fuzzes the Shapefile reader: {@code .shp}, {@code .shx}, {@code .dbf}, {@code .prj} and {@code
 * .cpg}. An input is {@code [u16 shx length][u16 dbf length][u16 prj length][u8 cpg length][shx]
 * [dbf][prj][cpg][shp]} (big-endian lengths, cut to what is there); a {@code .prj} of length 0 is
 * CGCS2000, so that mutations of the others reach the geometry and attribute decoders, and a {@code
 * .cpg} of length 0 is left out (the {@code .dbf}'s language byte then names the charset). Reading
 * ends with features or a {@link BadInputException}; anything else thrown is a finding.
 */
class ShapefileReaderFuzzTest {
  static final String PRJ =
      "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"D_China_2000\","
          + "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
          + "UNIT[\"Degree\",0.0174532925199433]]";

  @FuzzTest(maxDuration = "10m")
  void readsOrRefuses(byte[] data) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(data);
    int shxLength = in.remaining() >= 2 ? Short.toUnsignedInt(in.getShort()) : 0;
    int dbfLength = in.remaining() >= 2 ? Short.toUnsignedInt(in.getShort()) : 0;
    int prjLength = in.remaining() >= 2 ? Short.toUnsignedInt(in.getShort()) : 0;
    int cpgLength = in.remaining() >= 1 ? Byte.toUnsignedInt(in.get()) : 0;
    byte[] shx = take(in, shxLength);
    byte[] dbf = take(in, dbfLength);
    byte[] prj = take(in, prjLength);
    byte[] cpg = take(in, cpgLength);
    byte[] shp = take(in, in.remaining());
    Path dir = Files.createTempDirectory("fuzz-shp");
    Path file = dir.resolve("f.shp");
    try {
      Files.write(file, shp);
      Files.write(dir.resolve("f.shx"), shx);
      Files.write(dir.resolve("f.dbf"), dbf);
      if (prj.length == 0) {
        Files.writeString(dir.resolve("f.prj"), PRJ, StandardCharsets.UTF_8);
      } else {
        Files.write(dir.resolve("f.prj"), prj);
      }
      if (cpg.length > 0) {
        Files.write(dir.resolve("f.cpg"), cpg);
      }
      Fuzzing.readAll(file);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  private static byte[] take(ByteBuffer in, int length) {
    int n = Math.min(length, in.remaining());
    byte[] bytes = Arrays.copyOfRange(in.array(), in.position(), in.position() + n);
    in.position(in.position() + n);
    return bytes;
  }
}
