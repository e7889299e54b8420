package com.careerbridge.crm.api.mail;

/** The digest was planned for sending at once; {@code mailId} is its entry in the candidate's e-mail list. */
record DigestSentResponse(long candidateId, long mailId) {
}
