package com.careerbridge.crm.api.session;

import java.time.LocalDate;
import java.util.List;

import com.careerbridge.crm.session.SessionOutcome;
import jakarta.validation.constraints.NotNull;

/**
 * What happened in a session. {@code actionItems} replaces the list: send an existing item's {@code id} to keep it
 * (with its done state); items without an id are new. {@code mockRating} (1–5) needs {@code mockGuideId}.
 */
record OutcomeRequest(String privateNotes, String sharedSummary, List<@NotNull ActionItemRequest> actionItems,
                      Integer mockRating, Long mockGuideId) {

    record ActionItemRequest(Long id, String description, LocalDate dueDate) {
    }

    SessionOutcome toOutcome() {
        return new SessionOutcome(privateNotes, sharedSummary,
                actionItems == null ? List.of() : actionItems.stream()
                        .map(a -> new SessionOutcome.NewActionItem(a.id(), a.description(), a.dueDate())).toList(),
                mockRating, mockGuideId);
    }
}
