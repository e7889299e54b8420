package com.careerbridge.crm.ui.messaging;

import com.careerbridge.crm.messaging.MessageTopic;
import com.careerbridge.crm.shared.Language;
import com.vaadin.flow.component.Component;

/**
 * The words around a message's topic, in the reader's language: "About: Account Manager — item 3: …". A long item text
 * is cut, so that a chip or a choice stays one line; the whole label is kept for the tooltip.
 */
public final class AboutLabels {

    /** How much of an item's text a label shows. */
    static final int ITEM_TEXT_SHOWN = 60;

    private AboutLabels() {
    }

    public static String of(Component context, MessageTopic topic) {
        return of(context, topic, true);
    }

    /** The label with the item text whole (for a tooltip). */
    static String whole(Component context, MessageTopic topic) {
        return of(context, topic, false);
    }

    /** The reader's language: their UI's, as {@code getTranslation} chooses it. */
    public static Language language(Component context) {
        return Language.of(context.getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI
                .getCurrent())).map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.getDefault()));
    }

    public static String unavailable(Component context) {
        return context.getTranslation("messages.about.gone");
    }

    private static String of(Component context, MessageTopic topic, boolean cut) {
        Language language = language(context);
        return switch (topic.kind()) {
            case DOCUMENT -> context.getTranslation("messages.about.document", topic.documentTitle());
            case ASSIGNMENT -> context.getTranslation("messages.about.guide", topic.guideTitle(language));
            case CHECKLIST_ITEM -> context.getTranslation("messages.about.item", topic.guideTitle(language),
                    topic.itemNumber(), cut ? shortened(topic.itemText(language)) : topic.itemText(language));
        };
    }

    /** At most {@link #ITEM_TEXT_SHOWN} characters, cut at a word where one is near, with an ellipsis. */
    public static String shortened(String text) {
        if (text.length() <= ITEM_TEXT_SHOWN) {
            return text;
        }
        String cut = text.substring(0, ITEM_TEXT_SHOWN);
        int space = cut.lastIndexOf(' ');
        return (space > ITEM_TEXT_SHOWN / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
