package org.mineeco.io;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small shapefiles byte by byte (ESRI Shapefile Technical Description) for cases GDAL will
 * not write: unclosed or too short rings, holes outside every shell. Attributes: one text field
 * {@code name}, plus the given extra fields and values via javadbf.
 */
final class ShapefileWriting {
  private final List<byte[]> records = new ArrayList<>();

  /** Adds a polygon record (type 5) whose parts are the given rings of x, y pairs. */
  ShapefileWriting polygon(double[]... rings) {
    int numPoints = 0;
    for (double[] r : rings) {
      numPoints += r.length / 2;
    }
    ByteBuffer b =
        ByteBuffer.allocate(4 + 32 + 8 + 4 * rings.length + 16 * numPoints)
            .order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(5).putDouble(0).putDouble(0).putDouble(1).putDouble(1);
    b.putInt(rings.length).putInt(numPoints);
    int start = 0;
    for (double[] r : rings) {
      b.putInt(start);
      start += r.length / 2;
    }
    for (double[] r : rings) {
      for (double v : r) {
        b.putDouble(v);
      }
    }
    records.add(b.array());
    return this;
  }

  /** Writes {@code base.shp/.shx/.dbf/.prj} with the attribute rows given (one per record). */
  void write(Path shp, String prj, DBFField[] fields, Object[]... rows) throws IOException {
    int fileLength = 100;
    for (byte[] r : records) {
      fileLength += 8 + r.length;
    }
    ByteBuffer shpBytes = header(fileLength);
    ByteBuffer shxBytes = header(100 + 8 * records.size()).order(ByteOrder.BIG_ENDIAN);
    int offset = 100;
    for (int i = 0; i < records.size(); i++) {
      byte[] r = records.get(i);
      shpBytes.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(r.length / 2).put(r);
      shxBytes.putInt(offset / 2).putInt(r.length / 2);
      offset += 8 + r.length;
    }
    Files.write(shp, shpBytes.array());
    Files.write(sibling(shp, "shx"), shxBytes.array());
    Files.writeString(sibling(shp, "prj"), prj, StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(sibling(shp, "dbf"));
        DBFWriter writer = new DBFWriter(out, StandardCharsets.UTF_8)) {
      writer.setFields(fields);
      for (Object[] row : rows) {
        writer.addRecord(row);
      }
    }
    Files.writeString(sibling(shp, "cpg"), "UTF-8");
  }

  /**
   * Rewrites the {@code .dbf} of {@code shp} with its text in {@code charset} and the header's
   * language driver byte set to {@code ldid}; removes the {@code .cpg}.
   */
  static void rewriteDbf(
      Path shp, java.nio.charset.Charset charset, int ldid, DBFField[] fields, Object[]... rows)
      throws IOException {
    Path dbf = sibling(shp, "dbf");
    try (OutputStream out = Files.newOutputStream(dbf);
        DBFWriter writer = new DBFWriter(out, charset)) {
      writer.setFields(fields);
      for (Object[] row : rows) {
        writer.addRecord(row);
      }
    }
    byte[] bytes = Files.readAllBytes(dbf);
    bytes[29] = (byte) ldid;
    Files.write(dbf, bytes);
    Files.deleteIfExists(sibling(shp, "cpg"));
  }

  /** One text field {@code name}. */
  static DBFField[] nameField() {
    return new DBFField[] {new DBFField("name", DBFDataType.CHARACTER, 20)};
  }

  static Path sibling(Path shp, String ext) {
    String name = shp.getFileName().toString();
    return shp.resolveSibling(name.substring(0, name.length() - 3) + ext);
  }

  private static ByteBuffer header(int length) {
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
    b.putInt(9994).position(24);
    b.putInt(length / 2);
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(5);
    b.putDouble(0).putDouble(0).putDouble(1).putDouble(1);
    b.position(100);
    return b;
  }
}
