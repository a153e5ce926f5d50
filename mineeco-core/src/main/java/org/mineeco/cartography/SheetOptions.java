package org.mineeco.cartography;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.mineeco.vocabulary.Language;

/**
 * How to print one map sheet. Sizes on the sheet are millimetres of paper, scaled with the paper
 * (an A0 sheet is an A4 sheet enlarged four times), so every size and dpi shows the same picture.
 *
 * @param extent the region or box shown
 * @param theme what the patches are coloured by
 * @param format PDF or PNG
 * @param paper the paper size
 * @param orientation portrait, landscape, or the one with the larger map scale
 * @param dpi pixels per inch of a PNG, 50 to 1200 (a PDF is vector and ignores it)
 * @param language the sheet's language (Chinese by default)
 * @param title the title, or null for the place name and the theme's title
 * @param corridor the corridor whose bands are drawn, or null for the spec's first
 * @param patches which patches (of the extent) are drawn and counted
 * @param filterNote what {@code patches} keeps, in words, printed under the title; null when it
 *     keeps every patch
 * @param source the data source line, or null for the spec's patch layer and spec file
 * @param date the date printed on the sheet
 * @param font a TrueType font file (.ttf, .ttc) with Chinese glyphs, or null to find one installed
 *     (see {@link MapSheet})
 */
public record SheetOptions(
    SheetExtent extent,
    Theme theme,
    SheetFormat format,
    Paper paper,
    Orientation orientation,
    int dpi,
    Language language,
    String title,
    String corridor,
    Predicate<PatchEntry> patches,
    String filterNote,
    String source,
    LocalDate date,
    Path font) {
  /** The most pixels a PNG may have: an A0 sheet at 300 dpi. */
  public static final long MAX_PIXELS = 150_000_000L;

  private static final int MAX_TEXT = 200;

  public SheetOptions {
    Objects.requireNonNull(extent, "extent");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(orientation, "orientation");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(patches, "patches");
    Objects.requireNonNull(date, "date");
    if (dpi < 50 || dpi > 1200) {
      throw new IllegalArgumentException("dpi must be 50 to 1200, was " + dpi);
    }
    double inches = paper.shortSide() / 25.4 * (paper.longSide() / 25.4);
    if (format == SheetFormat.PNG && inches * dpi * dpi > MAX_PIXELS) {
      throw new IllegalArgumentException(
          "a "
              + paper
              + " PNG at "
              + dpi
              + " dpi would have "
              + Math.round(inches * dpi * dpi / 1e6)
              + " million pixels, more than the "
              + MAX_PIXELS / 1_000_000
              + " million allowed: lower the dpi or write a PDF");
    }
    title = text("title", title);
    corridor = corridor == null || corridor.isBlank() ? null : corridor.strip();
    filterNote = text("filter note", filterNote);
    source = text("source", source);
  }

  /**
   * A4, orientation chosen by the extent's shape, 300 dpi, Chinese, the theme's title, the first
   * corridor, every patch of the extent, today's date, an installed font.
   */
  public static SheetOptions of(SheetExtent extent, Theme theme, SheetFormat format) {
    return new SheetOptions(
        extent,
        theme,
        format,
        Paper.A4,
        Orientation.AUTO,
        300,
        Language.ZH,
        null,
        null,
        p -> true,
        null,
        null,
        LocalDate.now(),
        null);
  }

  public SheetOptions withExtent(SheetExtent newExtent) {
    return with(b -> b.extent = newExtent);
  }

  public SheetOptions withFormat(SheetFormat newFormat) {
    return with(b -> b.format = newFormat);
  }

  public SheetOptions withPaper(Paper newPaper, Orientation newOrientation) {
    return with(
        b -> {
          b.paper = newPaper;
          b.orientation = newOrientation;
        });
  }

  public SheetOptions withDpi(int newDpi) {
    return with(b -> b.dpi = newDpi);
  }

  public SheetOptions withLanguage(Language newLanguage) {
    return with(b -> b.language = newLanguage);
  }

  /** These options with this title (null: the place name and the theme's title). */
  public SheetOptions withTitle(String newTitle) {
    return with(b -> b.title = newTitle);
  }

  public SheetOptions withCorridor(String newCorridor) {
    return with(b -> b.corridor = newCorridor);
  }

  /**
   * These options drawing only the patches {@code keep} keeps, described under the title by {@code
   * note}, a sentence such as 筛选条件：恢复治理情况：未治理.
   */
  public SheetOptions withPatches(Predicate<PatchEntry> keep, String note) {
    return with(
        b -> {
          b.patches = keep;
          b.filterNote = note;
        });
  }

  public SheetOptions withSource(String newSource) {
    return with(b -> b.source = newSource);
  }

  public SheetOptions withDate(LocalDate newDate) {
    return with(b -> b.date = newDate);
  }

  public SheetOptions withFont(Path newFont) {
    return with(b -> b.font = newFont);
  }

  /** A copy with some components changed, checked again. */
  private SheetOptions with(Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return new SheetOptions(
        c.extent,
        c.theme,
        c.format,
        c.paper,
        c.orientation,
        c.dpi,
        c.language,
        c.title,
        c.corridor,
        c.patches,
        c.filterNote,
        c.source,
        c.date,
        c.font);
  }

  /** The components of a copy being changed. */
  private static final class Copy {
    SheetExtent extent;
    final Theme theme;
    SheetFormat format;
    Paper paper;
    Orientation orientation;
    int dpi;
    Language language;
    String title;
    String corridor;
    Predicate<PatchEntry> patches;
    String filterNote;
    String source;
    LocalDate date;
    Path font;

    Copy(SheetOptions o) {
      extent = o.extent;
      theme = o.theme;
      format = o.format;
      paper = o.paper;
      orientation = o.orientation;
      dpi = o.dpi;
      language = o.language;
      title = o.title;
      corridor = o.corridor;
      patches = o.patches;
      filterNote = o.filterNote;
      source = o.source;
      date = o.date;
      font = o.font;
    }
  }

  private static String text(String what, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          what + " must be one line of at most " + MAX_TEXT + " characters, was '" + text + "'");
    }
    return text;
  }
}
