/** The REST API under open-model load: latency at a fixed rate, the highest rate within the goal, SQL per request. */
package com.careerbridge.bench.api;
