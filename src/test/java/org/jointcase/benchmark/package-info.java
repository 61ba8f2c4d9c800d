/**
 * Benchmarks that print figures, run with {@code mvn -Pbenchmark test}; never part of {@code mvn verify}.
 */
package org.jointcase.benchmark;
