package org.mineeco.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.crs.Crs;

/**
 * Streams an ESRI Shapefile record by record: geometry from {@code .shp} at the offsets listed in
 * {@code .shx}, attributes from {@code .dbf} (javadbf), CRS from {@code .prj} ({@link
 * Crs#fromWkt}), attribute charset as {@link DbfText} finds it (options, {@code .cpg}, the {@code
 * .dbf} language byte, else GBK). Hand-written because no maintained pure-Java shapefile reader is
 * published on Maven Central (GeoTools is not there). Records marked deleted in the {@code .dbf}
 * are skipped, as GDAL does; feature indexes are record numbers, so they still match the file.
 * Geometries are in the file's CRS. Not thread-safe.
 */
final class ShapefileReader extends AbstractFeatureReader {
  private static final int HEADER_BYTES = 100;
  private static final int FILE_CODE = 9994;

  private final FileChannel shp;
  private final long shpSize;
  private final DataInputStream shx;
  private final DbfAttributes dbf;
  private final long count;
  private final ShpGeometryReader geometries = new ShpGeometryReader(new GeometryFactory());
  private ByteBuffer buffer = ByteBuffer.allocate(1 << 12);
  private long nextIndex;

  private ShapefileReader(
      Path path, Crs crs, FileChannel shp, DataInputStream shx, DbfAttributes dbf, long count)
      throws IOException {
    super(path, crs);
    this.shp = shp;
    this.shpSize = shp.size();
    this.shx = shx;
    this.dbf = dbf;
    this.count = count;
  }

  static FeatureReader open(Path path, ReadOptions options) {
    Path shxPath = sibling(path, "shx");
    Path dbfPath = sibling(path, "dbf");
    Crs crs = crs(path, options);
    DbfText text = text(path, dbfPath, options);
    FileChannel shp = null;
    DataInputStream shx = null;
    DbfAttributes dbf = null;
    try {
      shp = FileChannel.open(path, StandardOpenOption.READ);
      checkHeader(path, shp.size(), readHeader(shp));
      shx = new DataInputStream(new BufferedInputStream(Files.newInputStream(shxPath), 1 << 16));
      byte[] shxHeader = new byte[HEADER_BYTES];
      shx.readFully(shxHeader);
      long shxSize = Files.size(shxPath);
      checkHeader(shxPath, shxSize, ByteBuffer.wrap(shxHeader));
      long count = (shxSize - HEADER_BYTES) / 8;
      dbf = DbfAttributes.open(dbfPath, text);
      if (dbf.recordCount() != count) {
        throw new BadInputException(
            path,
            shxPath.getFileName()
                + " lists "
                + count
                + " records but "
                + dbfPath.getFileName()
                + " has "
                + dbf.recordCount());
      }
      return new ShapefileReader(path, crs, shp, shx, dbf, count);
    } catch (IOException e) {
      closeAll(shp, shx, dbf);
      throw new BadInputException(path, "cannot read shapefile: " + IoErrors.reason(e, path), e);
    } catch (RuntimeException e) {
      closeAll(shp, shx, dbf);
      throw e;
    }
  }

  /** {@code base.ext} beside the {@code .shp}, in lower or upper case. */
  private static Path sibling(Path shp, String ext) {
    Path found = optionalSibling(shp, ext);
    if (found == null) {
      throw new BadInputException(
          shp, "missing " + ext + " file: expected " + withExtension(shp, ext).getFileName());
    }
    return found;
  }

  private static Path optionalSibling(Path shp, String ext) {
    for (String e : List.of(ext, ext.toUpperCase(Locale.ROOT))) {
      Path candidate = withExtension(shp, e);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static Path withExtension(Path shp, String ext) {
    String name = shp.getFileName().toString();
    return shp.resolveSibling(name.substring(0, name.length() - ".shp".length()) + "." + ext);
  }

  private static Crs crs(Path shp, ReadOptions options) {
    Path prj = optionalSibling(shp, "prj");
    if (prj != null) {
      String wkt = read(prj);
      try {
        return Crs.fromWkt(wkt);
      } catch (IllegalArgumentException e) {
        if (options.crs() == null) {
          throw new BadInputException(prj, e.getMessage() + "; or name the CRS in the options", e);
        }
      }
    }
    if (options.crs() == null) {
      throw new BadInputException(shp, "no .prj and no CRS given: name the CRS in the options");
    }
    return options.crs();
  }

  private static DbfText text(Path shp, Path dbf, ReadOptions options) {
    if (options.charset() != null) {
      return DbfText.given(options.charset());
    }
    Path cpg = optionalSibling(shp, "cpg");
    if (cpg == null) {
      return DbfText.fromLanguageDriver(languageDriver(dbf));
    }
    try {
      return DbfText.fromCpg(DbfAttributes.charsetOf(read(cpg)), cpg);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(cpg, e.getMessage(), e);
    }
  }

  /** The language driver byte of a {@code .dbf} header (offset 29), 0 when it has none. */
  private static int languageDriver(Path dbf) {
    try (InputStream in = Files.newInputStream(dbf)) {
      byte[] header = in.readNBytes(32);
      return header.length < 32 ? 0 : header[29] & 0xFF;
    } catch (IOException e) {
      throw new BadInputException(dbf, "cannot read: " + IoErrors.reason(e, dbf), e);
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(file, "cannot read: " + IoErrors.reason(e, file), e);
    }
  }

  private static ByteBuffer readHeader(FileChannel channel) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
    while (header.hasRemaining() && channel.read(header) >= 0) {
      // keep reading until the header is full or the file ends
    }
    return header.flip();
  }

  private static void checkHeader(Path file, long size, ByteBuffer header) {
    if (header.remaining() < HEADER_BYTES || header.getInt(0) != FILE_CODE) {
      throw new BadInputException(file, "not a shapefile: no 100-byte header with file code 9994");
    }
    long declared = 2L * header.getInt(24);
    if (size < declared) {
      throw new BadInputException(
          file, "truncated: header declares " + declared + " bytes, file has " + size);
    }
  }

  @Override
  public List<String> fieldNames() {
    return dbf.fieldNames();
  }

  @Override
  protected Feature readNext() {
    while (nextIndex < count) {
      Feature f = readRecord(nextIndex++);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** The feature of record {@code index}, or {@code null} when it is deleted. */
  private Feature readRecord(long index) {
    long offset;
    int length;
    try {
      offset = 2L * shx.readInt();
      length = 2 * shx.readInt();
    } catch (EOFException e) {
      throw new BadInputException(path(), index, null, "the .shx index ends early", e);
    } catch (IOException e) {
      throw new BadInputException(
          path(), index, null, "cannot read the .shx index: " + IoErrors.reason(e, path()), e);
    }
    Map<String, Object> properties = dbf.next(index);
    if (properties == null) {
      return null;
    }
    ShpShape shape = geometries.read(content(index, offset, length));
    return new Feature(index, shape.geometry(), properties, shape.issue());
  }

  /** The record's content after its 8-byte header, little-endian. */
  private ByteBuffer content(long index, long offset, int length) {
    if (offset < HEADER_BYTES || length < 0 || offset + 8 + length > shpSize) {
      throw new BadInputException(
          path(),
          index,
          null,
          "record at byte "
              + offset
              + " with "
              + length
              + " bytes runs past the end of the file ("
              + shpSize
              + " bytes): truncated?",
          null);
    }
    if (buffer.capacity() < 8 + length) {
      buffer = ByteBuffer.allocate(Math.max(8 + length, 2 * buffer.capacity()));
    }
    buffer.clear().limit(8 + length);
    try {
      while (buffer.hasRemaining()) {
        if (shp.read(buffer, offset + buffer.position()) < 0) {
          throw new EOFException("end of file at byte " + (offset + buffer.position()));
        }
      }
    } catch (IOException e) {
      throw new BadInputException(
          path(), index, null, "cannot read record: " + IoErrors.reason(e, path()), e);
    }
    buffer.flip().position(8);
    return buffer.order(ByteOrder.LITTLE_ENDIAN);
  }

  @Override
  protected void closeSource() {
    closeAll(shp, shx, dbf);
  }

  static void closeAll(Closeable... resources) {
    for (Closeable c : resources) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (IOException e) {
        // inputs only: nothing is lost when closing fails
      }
    }
  }
}
