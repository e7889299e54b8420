package com.careerbridge.crm.notification;

import java.util.List;

/** One page of the outbox, newest first, and how many mails match in all. */
public record OutboxPage(List<OutboxEntry> items, long total) {

    public OutboxPage {
        items = List.copyOf(items);
    }
}
