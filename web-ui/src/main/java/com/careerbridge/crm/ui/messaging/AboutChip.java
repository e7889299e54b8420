package com.careerbridge.crm.ui.messaging;

import java.util.function.Function;

import com.careerbridge.crm.messaging.MessageReference;
import com.careerbridge.crm.messaging.MessageTopic;
import com.careerbridge.crm.messaging.MessageTopics;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * The small "About: …" under a message's text. Named from the topics read once for the page (never a read per
 * message); a link to the thing where the reader has a page for it; a neutral "(no longer available)" when what it
 * pointed at is gone or is not the candidate's — never an error.
 */
public final class AboutChip {

    public static final String CLASS = "message-about-chip";

    private AboutChip() {
    }

    /**
     * @param link where a topic is shown to this reader (a route path with its query), or {@code null} for none
     */
    public static Component of(Component context, MessageReference reference, MessageTopics topics,
                               Function<MessageTopic, String> link) {
        MessageTopic topic = topics.of(reference).orElse(null);
        if (topic == null) {
            Span gone = new Span(AboutLabels.unavailable(context));
            gone.addClassNames(CLASS, "unavailable");
            return gone;
        }
        String label = AboutLabels.of(context, topic);
        String href = link.apply(topic);
        Component chip = href == null ? new Span(label) : new Anchor(href, label);
        chip.getElement().setAttribute("title", AboutLabels.whole(context, topic));
        chip.getElement().getClassList().add(CLASS);
        return chip;
    }
}
