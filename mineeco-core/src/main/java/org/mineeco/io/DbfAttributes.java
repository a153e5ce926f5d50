package org.mineeco.io;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFReader;
import com.linuxense.javadbf.DBFRow;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams the records of a shapefile's {@code .dbf} with javadbf, converting values to the types of
 * {@link Feature}: numbers without decimals to {@code Long}, other numbers to {@code Double}, dates
 * to ISO {@code yyyy-MM-dd} text (the zero date {@code 00000000}, GDAL's null, to {@code null}),
 * logicals to {@code Boolean}, blanks to {@code null}. Text and field names are decoded and checked
 * by one {@link DbfText}. Not thread-safe.
 */
final class DbfAttributes implements Closeable {
  /** javadbf puts its own "deleted" flag first when asked to show deleted rows. */
  private static final int DELETED_FLAG_COLUMN = 0;

  private final Path file;
  private final InputStream in;
  private final DBFReader reader;
  private final DbfText text;
  private final List<String> names = new ArrayList<>();
  private final List<DBFField> fields = new ArrayList<>();
  private final List<Integer> columns = new ArrayList<>();

  private DbfAttributes(Path file, InputStream in, DBFReader reader, DbfText text) {
    this.file = file;
    this.in = in;
    this.reader = reader;
    this.text = text;
  }

  /**
   * Opens {@code file}, decoding text as {@code text} says (javadbf reads it as ISO-8859-1, one
   * char per byte, and {@link DbfText} decodes and checks it).
   *
   * @throws BadInputException naming the file when it is unreadable or has a field mineeco cannot
   *     represent
   */
  static DbfAttributes open(Path file, DbfText text) {
    InputStream in = null;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      DbfAttributes dbf =
          new DbfAttributes(file, in, new DBFReader(in, StandardCharsets.ISO_8859_1, true), text);
      dbf.readFields();
      return dbf;
    } catch (IOException | DBFException e) {
      ShapefileReader.closeAll(in);
      throw new BadInputException(file, "cannot read dBASE file: " + IoErrors.reason(e, file), e);
    } catch (BadInputException e) {
      ShapefileReader.closeAll(in);
      throw e;
    } catch (RuntimeException e) {
      ShapefileReader.closeAll(in);
      throw new BadInputException(file, "corrupt dBASE header: " + IoErrors.reason(e, file), e);
    }
  }

  private void readFields() {
    for (int i = DELETED_FLAG_COLUMN + 1; i < reader.getFieldCount(); i++) {
      DBFField field = reader.getField(i);
      if (field.isSystem()) {
        continue;
      }
      if (!isReadable(field.getType())) {
        throw new BadInputException(
            file,
            -1,
            text.decode(file, -1, null, field.getName()),
            "dBASE type " + field.getType() + " is not read (expected C, N, F, L, D, I, O, Y)",
            null);
      }
      String name = text.decode(file, -1, null, field.getName());
      if (names.contains(name)) {
        throw new BadInputException(file, -1, name, "field name appears twice", null);
      }
      names.add(name);
      fields.add(field);
      columns.add(i);
    }
  }

  private static boolean isReadable(DBFDataType type) {
    return switch (type) {
      case CHARACTER,
              VARCHAR,
              MEMO,
              NUMERIC,
              FLOATING_POINT,
              LOGICAL,
              DATE,
              LONG,
              AUTOINCREMENT,
              DOUBLE,
              CURRENCY,
              TIMESTAMP,
              TIMESTAMP_DBASE7 ->
          true;
      default -> false;
    };
  }

  /**
   * The charset a {@code .cpg} file names: {@code UTF-8}, {@code GBK}, {@code 936}, {@code CP936},
   * {@code GB2312}, {@code ANSI 936}, any Windows code page number, or a Java charset name.
   *
   * @throws IllegalArgumentException when it names none
   */
  static Charset charsetOf(String cpg) {
    String name = cpg.strip().toUpperCase(Locale.ROOT).replaceFirst("^ANSI\\s*", "");
    return switch (name) {
      case "UTF-8", "UTF8", "65001" -> StandardCharsets.UTF_8;
      case "GBK", "936", "CP936", "MS936", "WINDOWS-936", "GB2312", "EUC-CN" -> DbfText.FALLBACK;
      case "GB18030", "54936" -> Charset.forName("GB18030");
      default -> {
        String candidate = name.matches("\\d+") ? "windows-" + name : name;
        if (Charset.isSupported(candidate)) {
          yield Charset.forName(candidate);
        }
        if (Charset.isSupported("cp" + name)) {
          yield Charset.forName("cp" + name);
        }
        throw new IllegalArgumentException(
            "unknown code page '" + cpg.strip() + "': expected e.g. UTF-8, GBK, 936, CP936");
      }
    };
  }

  int recordCount() {
    return reader.getRecordCount();
  }

  List<String> fieldNames() {
    return List.copyOf(names);
  }

  /**
   * The next record's values by field name, or {@code null} when the record is marked deleted.
   *
   * @param index the 0-based record number, for errors
   */
  Map<String, Object> next(long index) {
    DBFRow row;
    try {
      row = reader.nextRow();
    } catch (DBFException e) {
      throw new BadInputException(
          file, index, null, "cannot read record: " + IoErrors.reason(e, file), e);
    } catch (RuntimeException e) {
      throw new BadInputException(
          file, index, null, "corrupt record: " + IoErrors.reason(e, file), e);
    }
    if (row == null) {
      throw new BadInputException(
          file, index, null, "file ends before record " + index + " of " + recordCount(), null);
    }
    if (row.isDeleted()) {
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      Object value = row.getObject(columns.get(i));
      if (value instanceof String raw) {
        value = text.decode(file, index, names.get(i), raw);
      }
      values.put(names.get(i), convert(fields.get(i), value));
    }
    return values;
  }

  private static Object convert(DBFField field, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s.isBlank() ? null : s;
    }
    if (value instanceof Date date) {
      if (field.getType() != DBFDataType.DATE) {
        return date.toInstant().toString();
      }
      LocalDate day = date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      return day.getYear() < 1 ? null : day.toString();
    }
    if (value instanceof BigDecimal d) {
      boolean whole = d.stripTrailingZeros().scale() <= 0 && d.toBigInteger().bitLength() < 64;
      return field.getDecimalCount() == 0 && whole
          ? (Object) d.longValue()
          : (Object) d.doubleValue();
    }
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    return value;
  }

  @Override
  public void close() {
    ShapefileReader.closeAll(in);
  }
}
