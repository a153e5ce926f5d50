package org.mineeco.demo;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Synthetic two-character Chinese place names, each used at most once per generator run. */
final class Names {
  private static final String FIRST = "青石云松白金龙桃安平宁远兴华丰临阳清泉鹤凤梅竹柳枫岳黄长永嘉通汉沙潭溪秀明玉红";
  private static final String SECOND = "山川河峰林源江阳宁安溪岭坪田城陵口州水原滩湾冈屏门关桥台";

  private final SplittableRandom random;
  private final Set<String> used = new HashSet<>();

  Names(SplittableRandom random) {
    this.random = random;
  }

  /** A fresh name: two characters plus {@code suffix}. */
  String next(String suffix) {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      char a = FIRST.charAt(random.nextInt(FIRST.length()));
      char b = SECOND.charAt(random.nextInt(SECOND.length()));
      String stem = "" + a + b;
      if (used.add(stem)) {
        return stem + suffix;
      }
    }
    throw new IllegalStateException("ran out of synthetic names after " + used.size());
  }
}
