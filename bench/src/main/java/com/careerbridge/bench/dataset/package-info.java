/** The benchmark data set: 100,000 candidates and their history, generated in PostgreSQL, seeded and repeatable. */
package com.careerbridge.bench.dataset;
