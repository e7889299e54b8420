/** Self-service booking at scale (#15): slot computation and racing bookings in core's Spring context. */
package com.careerbridge.bench.booking;
