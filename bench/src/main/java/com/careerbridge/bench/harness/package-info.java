/**
 * Reusable pieces of every benchmark and fault test: a standalone PostgreSQL 17 with a kept data directory, the
 * packaged application as a child process, the open-model load generator (a C program run as its own process), CPU
 * per process from /proc, latency recording and the Markdown report.
 */
package com.careerbridge.bench.harness;
