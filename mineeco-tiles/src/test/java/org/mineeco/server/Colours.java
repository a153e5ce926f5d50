package org.mineeco.server;

/**
 * Colour differences as a reader sees them: CIE76 ΔE between sRGB colours in CIELAB (D65), for
 * normal vision and with dichromacy simulated by the Machado, Oliveira and Fernandes (2009)
 * matrices at severity 1, applied in linear RGB.
 */
final class Colours {
  /** Normal vision and the three dichromacies. */
  enum Vision {
    NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
    PROTANOPIA(
        new double[][] {
          {0.152286, 1.052583, -0.204868},
          {0.114503, 0.786281, 0.099216},
          {-0.003882, -0.048116, 1.051998}
        }),
    DEUTERANOPIA(
        new double[][] {
          {0.367322, 0.860646, -0.227968},
          {0.280085, 0.672501, 0.047413},
          {-0.011820, 0.042940, 0.968881}
        }),
    TRITANOPIA(
        new double[][] {
          {1.255528, -0.076749, -0.178779},
          {-0.078411, 0.930809, 0.147602},
          {0.004733, 0.691367, 0.303900}
        });

    private final double[][] matrix;

    Vision(double[][] matrix) {
      this.matrix = matrix;
    }
  }

  private Colours() {}

  /** ΔE between two 0xRRGGBB colours as seen with {@code vision}. */
  static double deltaE(int a, int b, Vision vision) {
    double[] p = lab(seen(a, vision));
    double[] q = lab(seen(b, vision));
    return Math.sqrt(
        (p[0] - q[0]) * (p[0] - q[0])
            + (p[1] - q[1]) * (p[1] - q[1])
            + (p[2] - q[2]) * (p[2] - q[2]));
  }

  /** Linear RGB of {@code rgb} as {@code vision} sees it, clamped to [0, 1]. */
  private static double[] seen(int rgb, Vision vision) {
    double[] linear = {linear((rgb >> 16) & 0xFF), linear((rgb >> 8) & 0xFF), linear(rgb & 0xFF)};
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = 0;
      for (int j = 0; j < 3; j++) {
        v += vision.matrix[i][j] * linear[j];
      }
      out[i] = Math.min(1, Math.max(0, v));
    }
    return out;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** CIELAB (D65) of linear RGB. */
  private static double[] lab(double[] rgb) {
    double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }
}
