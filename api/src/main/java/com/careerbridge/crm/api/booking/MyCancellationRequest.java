package com.careerbridge.crm.api.booking;

/** Why the candidate cancels (optional): their consultant sees it. */
record MyCancellationRequest(String reason) {
}
