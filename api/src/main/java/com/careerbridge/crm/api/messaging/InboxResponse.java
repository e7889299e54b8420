package com.careerbridge.crm.api.messaging;

import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.messaging.InboxPage;
import com.careerbridge.crm.messaging.InboxRow;
import io.swagger.v3.oas.annotations.media.Schema;

/** A page of the staff inbox: unread for the caller first, then waiting for an answer, then the newest. */
@Schema(description = "A page of the staff inbox")
record InboxResponse(List<InboxItem> items, int page, int size, boolean more) {

    @Schema(description = "One candidate's conversation")
    record InboxItem(long candidateId, String candidateName, Instant lastMessageAt,
                @Schema(description = "Messages the caller has not read") long unread,
                @Schema(description = "The last message is the candidate's: an answer is owed") boolean waitingForStaff) {

        static InboxItem of(InboxRow row) {
            return new InboxItem(row.candidateId(), row.candidateName(), row.lastMessageAt(), row.unread(),
                    row.waitingForStaff());
        }
    }

    static InboxResponse of(InboxPage page) {
        return new InboxResponse(page.rows().stream().map(InboxItem::of).toList(), page.page(), page.size(), page.more());
    }
}
