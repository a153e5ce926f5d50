package org.mineeco.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * How the text of a {@code .dbf} is decoded, and the check that it really is in that charset. The
 * charset comes from, in order: the reader's options, the {@code .cpg}, the {@code .dbf} header's
 * language driver byte (LDID, as GDAL reads it: 0x57 ISO-8859-1, 0x03 and 0x58 Windows-1252, 0x4D
 * and 0x7A GBK, ...); a file that names none is read as GBK, the usual charset of Chinese survey
 * data, except that text which is valid UTF-8 is read as UTF-8 (GBK's Chinese characters are
 * practically never valid UTF-8). A value that does not decode in the charset named is an error
 * naming the file, feature and field, as is UTF-8 text in a file whose {@code .cpg} or language
 * byte names another charset (the usual {@code .cpg} mistake, which would garble every name). ASCII
 * text is the same in all of them. Immutable, thread-safe.
 */
final class DbfText {
  /** The charset of shapefiles that name none: Chinese data is usually GBK. */
  static final Charset FALLBACK = Charset.forName("GBK");

  /** Java charset names of the dBASE language driver ids (GDAL's table, shapefile driver). */
  private static final Map<Integer, String> LANGUAGE_DRIVERS =
      Map.ofEntries(
          Map.entry(0x01, "IBM437"),
          Map.entry(0x02, "IBM850"),
          Map.entry(0x03, "windows-1252"),
          Map.entry(0x04, "x-MacRoman"),
          Map.entry(0x08, "IBM865"),
          Map.entry(0x13, "windows-31j"),
          Map.entry(0x1F, "IBM852"),
          Map.entry(0x24, "IBM860"),
          Map.entry(0x26, "IBM866"),
          Map.entry(0x4D, "GBK"),
          Map.entry(0x4E, "x-windows-949"),
          Map.entry(0x4F, "x-windows-950"),
          Map.entry(0x50, "x-windows-874"),
          Map.entry(0x57, "ISO-8859-1"),
          Map.entry(0x58, "windows-1252"),
          Map.entry(0x59, "windows-1252"),
          Map.entry(0x64, "IBM852"),
          Map.entry(0x65, "IBM866"),
          Map.entry(0x78, "x-windows-950"),
          Map.entry(0x79, "x-windows-949"),
          Map.entry(0x7A, "GBK"),
          Map.entry(0x7B, "windows-31j"),
          Map.entry(0x7C, "x-windows-874"),
          Map.entry(0xC8, "windows-1250"),
          Map.entry(0xC9, "windows-1251"),
          Map.entry(0xCA, "windows-1254"),
          Map.entry(0xCB, "windows-1253"),
          Map.entry(0xCC, "windows-1257"));

  private final Charset charset;
  private final String source;
  private final boolean named;
  private final boolean trusted;

  private DbfText(Charset charset, String source, boolean named, boolean trusted) {
    this.charset = charset;
    this.source = source;
    this.named = named;
    this.trusted = trusted;
  }

  /** Text in {@code charset} because the caller says so: decoded strictly, never second-guessed. */
  static DbfText given(Charset charset) {
    return new DbfText(charset, "the charset given", true, true);
  }

  /** Text in the charset a {@code .cpg} names. */
  static DbfText fromCpg(Charset charset, Path cpg) {
    return new DbfText(charset, cpg.getFileName() + " (" + charset.name() + ")", true, false);
  }

  /**
   * Text in the charset of the {@code .dbf} header's language driver byte, or {@link #FALLBACK}
   * (UTF-8 where the text is UTF-8) when the byte names none.
   */
  static DbfText fromLanguageDriver(int ldid) {
    String name = LANGUAGE_DRIVERS.get(ldid);
    if (name != null && Charset.isSupported(name)) {
      return new DbfText(
          Charset.forName(name),
          String.format("the .dbf's language byte 0x%02X (%s)", ldid, name),
          true,
          false);
    }
    return new DbfText(FALLBACK, "no .cpg and no language byte: GBK", false, false);
  }

  /** The charset named, or GBK for a file that names none. */
  Charset charset() {
    return charset;
  }

  /**
   * Decodes a value that javadbf read as ISO-8859-1 (one char per byte) in this file's charset.
   *
   * @param index the feature (-1 for the header), for errors
   * @param field the field, or null for a field name
   * @throws BadInputException naming the file, feature and field when the bytes are not text in the
   *     charset named
   */
  String decode(Path file, long index, String field, String raw) {
    if (raw == null || isAscii(raw)) {
      return raw;
    }
    byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
    String utf8 = strict(StandardCharsets.UTF_8, bytes);
    String what = field == null ? "field name" : "text";
    if (!trusted && utf8 != null) {
      if (!named || charset.equals(StandardCharsets.UTF_8)) {
        return utf8;
      }
      throw new BadInputException(
          file,
          index,
          field,
          "the "
              + what
              + " '"
              + utf8
              + "' is UTF-8, but "
              + source
              + " says otherwise: write UTF-8 into the .cpg",
          null);
    }
    String decoded = strict(charset, bytes);
    if (decoded == null) {
      throw new BadInputException(
          file,
          index,
          field,
          "the "
              + what
              + " is not valid "
              + charset.name()
              + " ("
              + source
              + "): give the file a .cpg naming its code page, e.g. UTF-8 or 936",
          null);
    }
    return decoded;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@code bytes} decoded in {@code charset}, or null when they are not text in it. */
  private static String strict(Charset charset, byte[] bytes) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
