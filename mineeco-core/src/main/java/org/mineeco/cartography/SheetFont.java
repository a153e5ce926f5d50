package org.mineeco.cartography;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Chinese font a sheet is set in, one file for both outputs, so a PDF and a PNG measure and
 * place every label alike: the PNG draws with it through Java2D, the PDF embeds the glyphs it uses
 * (a subset). TrueType outlines only (a .ttf, or a face of a .ttc collection): PDFBox embeds those
 * as CID fonts; CFF-outline OpenType fonts (such as Noto Sans CJK) it cannot subset. Found in this
 * order in the usual font folders (Linux, macOS, Windows): WenQuanYi Micro Hei (Debian's {@code
 * fonts-wqy-microhei}), WenQuanYi Zen Hei ({@code fonts-wqy-zenhei}), Microsoft YaHei, SimHei,
 * SimSun, Droid Sans Fallback; or the file named in {@link SheetOptions#font()}. Immutable.
 */
final class SheetFont {
  /** File names of usable fonts, most preferred first. */
  private static final List<String> KNOWN =
      List.of(
          "wqy-microhei.ttc",
          "wqy-zenhei.ttc",
          "msyh.ttc",
          "msyh.ttf",
          "simhei.ttf",
          "simsun.ttc",
          "droidsansfallbackfull.ttf",
          "droidsansfallback.ttf");

  /** Text every sheet font must be able to draw. */
  private static final String SAMPLE = "荆江省矿山地质环境问题图图例亩北1:0°′";

  private static final Map<Path, SheetFont> LOADED = new HashMap<>();

  final Path file;

  /** The face at size 1 (a millimetre when drawn in the sheet's millimetre space). */
  final Font font;

  private SheetFont(Path file, Font font) {
    this.file = file;
    this.font = font;
  }

  /**
   * The font in {@code file}, or the first installed one of the list when null.
   *
   * @throws IllegalStateException with one line saying how to install one when none is found
   * @throws IllegalArgumentException when {@code file} is not a TrueType font with Chinese glyphs
   */
  static SheetFont find(Path file) {
    String home = System.getProperty("user.home", "");
    return find(
        file,
        List.of(
            Path.of("/usr/share/fonts"),
            Path.of("/usr/local/share/fonts"),
            Path.of(home, ".local", "share", "fonts"),
            Path.of(home, ".fonts"),
            Path.of("/Library/Fonts"),
            Path.of("/System/Library/Fonts"),
            Path.of(System.getenv().getOrDefault("WINDIR", "C:\\Windows"), "Fonts")));
  }

  /** {@link #find(Path)} looking in {@code folders} (four levels deep). */
  static synchronized SheetFont find(Path file, List<Path> folders) {
    Path chosen = file != null ? file.toAbsolutePath().normalize() : installed(folders);
    if (chosen == null) {
      throw new IllegalStateException(
          "no Chinese TrueType font found for the map sheet (looked for "
              + String.join(", ", KNOWN)
              + "): install one (Debian: apt-get install fonts-wqy-microhei) or name a .ttf/.ttc"
              + " file (map --font FILE)");
    }
    SheetFont loaded = LOADED.get(chosen);
    if (loaded == null) {
      loaded = new SheetFont(chosen, load(chosen));
      LOADED.put(chosen, loaded);
    }
    return loaded;
  }

  private static Font load(Path file) {
    Font[] faces;
    try {
      faces = Font.createFonts(file.toFile());
    } catch (IOException | FontFormatException e) {
      throw new IllegalArgumentException(
          "font " + file + " cannot be read as a TrueType font: " + e.getMessage(), e);
    }
    for (Font face : faces) {
      if (face.canDisplayUpTo(SAMPLE) < 0) {
        return face.deriveFont(1f);
      }
    }
    throw new IllegalArgumentException(
        "font " + file + " has no Chinese glyphs (cannot draw '" + SAMPLE + "')");
  }

  private static Path installed(List<Path> folders) {
    Map<String, Path> found = new HashMap<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder, 4)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
          if (KNOWN.contains(name) && Files.isReadable(f)) {
            found.putIfAbsent(name, f);
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // an unreadable folder holds no usable font
      }
    }
    List<Path> ordered = new ArrayList<>();
    KNOWN.forEach(
        name -> {
          if (found.containsKey(name)) {
            ordered.add(found.get(name));
          }
        });
    return ordered.isEmpty() ? null : ordered.get(0);
  }
}
