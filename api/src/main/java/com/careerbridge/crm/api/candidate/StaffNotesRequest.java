package com.careerbridge.crm.api.candidate;

/** The staff notes' new text (replaces the old; empty or null clears them). Never shown to the candidate. */
record StaffNotesRequest(String notes) {
}
