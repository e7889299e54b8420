package com.careerbridge.crm.api.messaging;

/** How many messages the caller has not read (in one conversation, or in all they may see). */
record UnreadResponse(long unread) {
}
