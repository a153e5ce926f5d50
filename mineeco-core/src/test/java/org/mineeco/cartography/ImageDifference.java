package org.mineeco.cartography;

import java.awt.image.BufferedImage;

/**
 * A tolerant comparison of two images of the same size: both are averaged in blocks of {@code n} ×
 * {@code n} pixels (luminance, 0-255), which forgives anti-aliasing and sub-pixel shifts of text;
 * the result is {mean absolute difference of the blocks, share of blocks differing by more than
 * 48}.
 */
final class ImageDifference {
  private ImageDifference() {}

  static double[] of(BufferedImage a, BufferedImage b, int n) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      throw new AssertionError(
          "image sizes differ: "
              + a.getWidth()
              + "x"
              + a.getHeight()
              + " and "
              + b.getWidth()
              + "x"
              + b.getHeight());
    }
    int w = a.getWidth() / n;
    int h = a.getHeight() / n;
    double sum = 0;
    long far = 0;
    for (int by = 0; by < h; by++) {
      for (int bx = 0; bx < w; bx++) {
        double d = Math.abs(block(a, bx, by, n) - block(b, bx, by, n));
        sum += d;
        if (d > 48) {
          far++;
        }
      }
    }
    return new double[] {sum / (w * h), (double) far / (w * h)};
  }

  private static double block(BufferedImage image, int bx, int by, int n) {
    double sum = 0;
    for (int y = by * n; y < by * n + n; y++) {
      for (int x = bx * n; x < bx * n + n; x++) {
        int rgb = image.getRGB(x, y);
        sum += 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
      }
    }
    return sum / (n * n);
  }
}
