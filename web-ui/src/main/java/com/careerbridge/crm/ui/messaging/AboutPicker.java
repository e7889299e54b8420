package com.careerbridge.crm.ui.messaging;

import com.careerbridge.crm.messaging.MessageReference;
import com.careerbridge.crm.messaging.MessageTopic;
import com.careerbridge.crm.messaging.MessageTopics;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * The optional "About…" choice beside a message's text: one of the candidate's documents, assigned guides or their
 * checklist items. Empty means the message is about nothing in particular. Core checks the reference again when the
 * message is sent; its refusal is shown here ({@code reference.*} fields).
 */
public class AboutPicker extends ComboBox<MessageTopic> {

    public AboutPicker() {
        setLabel(getTranslation("messages.about"));
        setClearButtonVisible(true);
        setItemLabelGenerator(topic -> AboutLabels.of(this, topic));
        addClassName("message-about");
    }

    /** The choices now; a choice that is still among them stays chosen. */
    public void show(MessageTopics topics) {
        MessageTopic chosen = getValue();
        setItems(topics.all());
        if (chosen != null) {
            topics.of(chosen.reference()).ifPresent(this::setValue);
        }
    }

    /** What the message is about, or {@code null}. */
    public MessageReference reference() {
        return getValue() == null ? null : getValue().reference();
    }
}
