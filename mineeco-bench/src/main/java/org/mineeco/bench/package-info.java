/**
 * JMH benchmarks of the performance-critical operations. Build with {@code mvn -pl mineeco-bench
 * -am package -DskipTests} and run {@code java -jar mineeco-bench/target/benchmarks.jar}.
 */
package org.mineeco.bench;
