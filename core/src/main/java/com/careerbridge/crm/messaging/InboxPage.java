package com.careerbridge.crm.messaging;

import java.util.List;

/** A page of a staff inbox: unread first, then those waiting for an answer, then the newest. */
public record InboxPage(List<InboxRow> rows, int page, int size, boolean more) {

    public InboxPage {
        rows = List.copyOf(rows);
    }
}
