package com.careerbridge.crm.api.calendar;

/**
 * The new address of the candidate's calendar feed. It is shown only now (only a hash is stored): subscribe to it
 * from the phone's calendar. {@code webcalUrl} is the same address for apps that open subscriptions from a link.
 */
record CalendarFeedResponse(String url, String webcalUrl) {
}
