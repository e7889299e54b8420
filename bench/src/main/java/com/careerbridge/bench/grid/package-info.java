/** The consultants' candidate list (CandidateService, as the Vaadin grid calls it) at 100,000 candidates. */
package com.careerbridge.bench.grid;
