/** Benchmarks, run only with {@code ./mvnw -B -Pbenchmark test} (see docs/benchmarks.md). */
@NullMarked
package vn.dti.dashboard.benchmark;

import org.jspecify.annotations.NullMarked;
