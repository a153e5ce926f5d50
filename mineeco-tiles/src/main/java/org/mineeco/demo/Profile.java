package org.mineeco.demo;

import java.util.SplittableRandom;

/**
 * The kind of mining in a district, which makes the survey codes of its patches consistent: the
 * mineral (KZ), the mining method (KCFS) and the patch use (TBSX).
 */
enum Profile {
  COAL(new String[] {"煤", "煤"}, "BBBC", "553346"),
  LIMESTONE(new String[] {"石灰岩", "水泥用灰岩", "建筑石料用灰岩"}, "AAAC", "111237"),
  METAL(new String[] {"铁矿", "铜矿", "铅锌矿"}, "ABC", "113346"),
  GOLD(new String[] {"金矿", "金矿", "银矿"}, "ABB", "13346"),
  PHOSPHATE(new String[] {"磷矿", "磷矿", "硫铁矿"}, "AAB", "11234"),
  RIVER_SAND(new String[] {"砂石", "建筑用砂", "砖瓦用粘土"}, "A", "1122");

  private final String[] minerals;
  private final String methods;
  private final String uses;

  Profile(String[] minerals, String methods, String uses) {
    this.minerals = minerals;
    this.methods = methods;
    this.uses = uses;
  }

  String mineral(SplittableRandom r) {
    return minerals[r.nextInt(minerals.length)];
  }

  /** KCFS: A open pit, B underground, C combined. */
  String method(SplittableRandom r) {
    return String.valueOf(methods.charAt(r.nextInt(methods.length())));
  }

  /** TBSX: 1 pit ... 7 other. */
  String use(SplittableRandom r) {
    return String.valueOf(uses.charAt(r.nextInt(uses.length())));
  }
}
