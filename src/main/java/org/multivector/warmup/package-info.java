/**
 * The warm-up: on a small machine the JIT compiler needs a minute of load before a fresh JVM
 * serves at full speed, so with {@code multivector.warm-up.duration} set, the service first runs
 * requests of every shape against itself, over its own HTTP port, and takes others once that is
 * done ({@code bench/RESULTS.md}, issue 18, has what it changes).
 */
package org.multivector.warmup;
