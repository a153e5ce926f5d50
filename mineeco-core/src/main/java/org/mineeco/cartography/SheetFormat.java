package org.mineeco.cartography;

import java.util.Locale;

/** The file a sheet is written as. */
public enum SheetFormat {
  /** Vector PDF (one page, the Chinese font embedded as a subset). */
  PDF("pdf", "application/pdf"),
  /** PNG raster at the sheet's dpi. */
  PNG("png", "image/png");

  private final String extension;
  private final String mediaType;

  SheetFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The media type, e.g. {@code application/pdf}. */
  public String mediaType() {
    return mediaType;
  }

  /** The format a file name's extension names ({@code .pdf} or {@code .png}, any case). */
  public static SheetFormat ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (SheetFormat f : values()) {
      if (lower.endsWith("." + f.extension)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "expected a file name ending in .pdf or .png, was '" + name + "'");
  }

  /** Parses {@code pdf} or {@code png} (any case). */
  static SheetFormat parse(String text) {
    return Names.parse(values(), SheetFormat::extension, text);
  }
}
