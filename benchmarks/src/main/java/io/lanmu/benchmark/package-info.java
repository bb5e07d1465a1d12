/**
 * Search benchmarks: generated items in a database, Lanmu's rebuild, search and suggest latency, index size and heap,
 * per engine. Run with {@code benchmarks/run.sh}; results go to {@code benchmarks/results/}.
 */
package io.lanmu.benchmark;
