package com.careerbridge.crm.api.me;

/** The holder's choices; for now the language of texts and e-mails, {@code ko} or {@code en} (checked in core). */
record PreferencesRequest(String language) {
}
