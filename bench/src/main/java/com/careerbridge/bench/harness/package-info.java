/**
 * Reusable pieces of every benchmark and fault test: a standalone PostgreSQL 17 with a kept data directory, the
 * packaged application as a child process, an open-model load generator, latency recording and the Markdown report.
 */
package com.careerbridge.bench.harness;
