/** Messages and documents at 100,000 candidates (#16): inbox, conversation pages, uploads and downloads. */
package com.careerbridge.bench.messaging;
