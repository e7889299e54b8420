package com.careerbridge.crm.messaging;

import java.util.List;
import java.util.Optional;

/**
 * Everything a candidate's messages can be about right now — their documents, then each assigned guide followed by its
 * checklist items — read once for a whole conversation page: the choices of the "About…" picker, and the labels of
 * the references the page's messages carry. A reference that is not here (a guide since removed, an item a newer
 * version dropped, a document of someone else) is simply not available: the front ends say so, neutrally.
 */
public record MessageTopics(List<MessageTopic> all) {

    public MessageTopics {
        all = List.copyOf(all);
    }

    /** What a reference points at, when it still exists and belongs to this candidate. */
    public Optional<MessageTopic> of(MessageReference reference) {
        return all.stream().filter(topic -> topic.reference().equals(reference)).findFirst();
    }
}
