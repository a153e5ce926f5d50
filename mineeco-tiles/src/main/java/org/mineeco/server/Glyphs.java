package org.mineeco.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Map label glyphs as MapLibre reads them: one range of 256 code points as a glyph PBF of signed
 * distance fields (24 px font, 3 px border, 8 px radius, cutoff 0.25, as fontnik and MapLibre's own
 * TinySDF make them), rendered on demand from a font installed on the server (Noto Sans CJK,
 * WenQuanYi Micro Hei or DejaVu Sans, else Java's logical sans-serif) and cached. Every font stack
 * name is answered with that font. Thread-safe.
 */
final class Glyphs {
  static final List<Path> FONTS =
      List.of(
          Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
          Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
          Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));

  private static final int SIZE = 24;
  private static final int BORDER = 3;
  private static final double RADIUS = 8;
  private static final double CUTOFF = 0.25;
  private static final double INF = 1e20;

  /** Where MapLibre puts the baseline of a 24 px glyph: its local glyphs use the same offset. */
  private static final int ASCENDER = 27;

  private final Font font;
  private final Cache<Integer, byte[]> ranges =
      Caffeine.newBuilder()
          .maximumWeight(32L << 20)
          .weigher((Integer k, byte[] v) -> v.length)
          .build();

  private Glyphs(Font font) {
    this.font = font.deriveFont((float) SIZE);
  }

  /** Glyphs from the first installed font of {@link #FONTS}, else the logical sans-serif. */
  static Glyphs installed() {
    for (Path file : FONTS) {
      if (Files.isReadable(file)) {
        try {
          return new Glyphs(Font.createFonts(file.toFile())[0]);
        } catch (IOException | FontFormatException e) {
          // not a usable font: try the next one
        }
      }
    }
    return new Glyphs(new Font(Font.SANS_SERIF, Font.PLAIN, SIZE));
  }

  /** The font's name, e.g. {@code WenQuanYi Micro Hei}. */
  String fontName() {
    return font.getFontName();
  }

  /**
   * The glyph PBF of code points {@code start} to {@code start + 255} under the stack name {@code
   * stack}; {@code start} is a multiple of 256 below 65536.
   */
  byte[] range(String stack, int start) {
    if (start < 0 || start > 0xFF00 || start % 256 != 0) {
      throw new IllegalArgumentException("glyph range must start at a multiple of 256 below 65536");
    }
    byte[] glyphs = ranges.get(start, this::encodeGlyphs);
    Pbf fontstack = new Pbf();
    fontstack.string(1, stack);
    fontstack.string(2, start + "-" + (start + 255));
    fontstack.raw(glyphs);
    Pbf message = new Pbf();
    message.bytes(1, fontstack.toByteArray());
    return message.toByteArray();
  }

  private byte[] encodeGlyphs(int start) {
    Pbf out = new Pbf();
    FontRenderContext frc = new FontRenderContext(null, true, true);
    for (int cp = start; cp < start + 256; cp++) {
      if (!Character.isDefined(cp) || Character.isISOControl(cp) || !font.canDisplay(cp)) {
        continue;
      }
      out.bytes(3, glyph(cp, frc));
    }
    return out.toByteArray();
  }

  private byte[] glyph(int cp, FontRenderContext frc) {
    GlyphVector vector = font.createGlyphVector(frc, new String(Character.toChars(cp)));
    Rectangle box = vector.getPixelBounds(frc, 0, 0);
    int advance = (int) Math.round(vector.getGlyphMetrics(0).getAdvanceX());
    Pbf glyph = new Pbf();
    glyph.uint(1, cp);
    if (box.width > 0 && box.height > 0) {
      glyph.bytes(2, sdf(vector, box));
    }
    glyph.uint(3, Math.max(box.width, 0));
    glyph.uint(4, Math.max(box.height, 0));
    glyph.sint(5, box.x);
    glyph.sint(6, -box.y - ASCENDER);
    glyph.uint(7, advance);
    return glyph.toByteArray();
  }

  /** The signed distance field of the glyph with a {@link #BORDER} on each side (TinySDF). */
  private static byte[] sdf(GlyphVector vector, Rectangle box) {
    int w = box.width + 2 * BORDER;
    int h = box.height + 2 * BORDER;
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.drawGlyphVector(vector, BORDER - box.x, BORDER - box.y);
    g.dispose();
    byte[] alpha = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    double[] outer = new double[w * h];
    double[] inner = new double[w * h];
    Arrays.fill(outer, INF);
    for (int i = 0; i < alpha.length; i++) {
      double a = (alpha[i] & 0xFF) / 255.0;
      if (a == 1) {
        outer[i] = 0;
        inner[i] = INF;
      } else if (a > 0) {
        double d = 0.5 - a;
        outer[i] = d > 0 ? d * d : 0;
        inner[i] = d < 0 ? d * d : 0;
      }
    }
    edt(outer, w, h);
    edt(inner, w, h);
    byte[] out = new byte[w * h];
    for (int i = 0; i < out.length; i++) {
      double d = Math.sqrt(outer[i]) - Math.sqrt(inner[i]);
      long v = Math.round(255 - 255 * (d / RADIUS + CUTOFF));
      out[i] = (byte) Math.max(0, Math.min(255, v));
    }
    return out;
  }

  /** Squared Euclidean distance transform in place (Felzenszwalb and Huttenlocher). */
  private static void edt(double[] grid, int width, int height) {
    int n = Math.max(width, height);
    double[] f = new double[n];
    double[] z = new double[n + 1];
    int[] v = new int[n];
    for (int x = 0; x < width; x++) {
      edt1d(grid, x, width, height, f, v, z);
    }
    for (int y = 0; y < height; y++) {
      edt1d(grid, y * width, 1, width, f, v, z);
    }
  }

  private static void edt1d(
      double[] grid, int offset, int stride, int length, double[] f, int[] v, double[] z) {
    v[0] = 0;
    z[0] = -INF;
    z[1] = INF;
    f[0] = grid[offset];
    for (int q = 1, k = 0; q < length; q++) {
      f[q] = grid[offset + q * stride];
      double s;
      do {
        int r = v[k];
        s = (f[q] - f[r] + (double) q * q - (double) r * r) / (q - r) / 2;
      } while (s <= z[k] && --k > -1);
      k++;
      v[k] = q;
      z[k] = s;
      z[k + 1] = INF;
    }
    for (int q = 0, k = 0; q < length; q++) {
      while (z[k + 1] < q) {
        k++;
      }
      int r = v[k];
      grid[offset + q * stride] = f[r] + (double) (q - r) * (q - r);
    }
  }

  /** A protocol-buffer message being written: the few wire types glyph PBFs use. */
  private static final class Pbf {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    void uint(int field, long value) {
      varint((long) field << 3);
      varint(value);
    }

    void sint(int field, int value) {
      uint(field, ((value << 1) ^ (value >> 31)) & 0xFFFFFFFFL);
    }

    void bytes(int field, byte[] value) {
      varint(((long) field << 3) | 2);
      varint(value.length);
      out.writeBytes(value);
    }

    void string(int field, String value) {
      bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    void raw(byte[] encodedFields) {
      out.writeBytes(encodedFields);
    }

    byte[] toByteArray() {
      return out.toByteArray();
    }

    private void varint(long value) {
      long v = value;
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }
  }
}
