package com.careerbridge.crm.ui.portal;

import java.time.ZoneId;
import java.util.List;
import java.util.TreeMap;

import com.careerbridge.crm.live.LiveFeed;
import com.careerbridge.crm.messaging.ConversationMessage;
import com.careerbridge.crm.messaging.ConversationPage;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.messaging.MessageReference;
import com.careerbridge.crm.messaging.MessageText;
import com.careerbridge.crm.messaging.MessageTopic;
import com.careerbridge.crm.messaging.MessageTopics;
import com.careerbridge.crm.ui.common.BrowserZone;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.LiveRefresh;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.messaging.AboutChip;
import com.careerbridge.crm.ui.messaging.AboutPicker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The candidate's conversation with their consultant (#16): newest at the bottom, older pages on request, a text area
 * and Send. Texts are shown as text (line breaks kept by CSS), never as HTML. Shown means read; a message from staff
 * on any instance appears by itself through {@link LiveRefresh}. Everything goes through {@link Conversations}'
 * "mine" answers, so a candidate only ever sees their own conversation. A message may be about one of the candidate's
 * documents, guides or checklist items ("About…" under the text on a phone, beside it on a wider screen); its chip
 * opens the documents page or the guide at that item.
 */
@Route("portal/messages")
@RolesAllowed("CANDIDATE")
public class PortalMessagesView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 30;
    static final String LIVE_KIND = "messages";

    private final transient Conversations conversations;
    private final ZoneId zone;
    /** The messages shown, by id: oldest first. */
    private final TreeMap<Long, ConversationMessage> shown = new TreeMap<>();
    private final Div list = new Div();
    private final Button older;
    private final TextArea text = new TextArea();
    private final AboutPicker about = new AboutPicker();
    private MessageTopics topics = new MessageTopics(List.of());
    private boolean more;
    private long markedUpTo;

    public PortalMessagesView(Conversations conversations, LiveFeed live) {
        this.conversations = conversations;
        this.zone = BrowserZone.current();
        addClassNames("portal-view", "portal-messages-view");

        Button back = new Button(getTranslation("portal.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PortalView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div hero = new Div(new H2(getTranslation("messages.title")), new Paragraph(getTranslation("messages.intro")));
        hero.addClassName("portal-hero");

        older = new Button(getTranslation("messages.older"), click -> loadOlder());
        older.addClassName("portal-messages-older");
        list.addClassName("portal-messages-list");

        text.setLabel(getTranslation("messages.text"));
        text.setMaxLength(MessageText.MAX_LENGTH);
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        text.setHelperText(getTranslation("messages.text.helper", MessageText.MAX_LENGTH));
        text.addClassName("portal-message-text");
        text.setWidthFull();
        Button send = new Button(getTranslation("messages.send"), VaadinIcon.PAPERPLANE.create(), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("portal-message-send");
        Div compose = new Div(text, about, send);
        compose.addClassName("portal-message-compose");

        add(back, hero, older, list, compose);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);

        readTopics();
        ConversationPage first = conversations.mine(null, PAGE);
        first.messages().forEach(message -> shown.put(message.id(), message));
        more = first.more();
        render();
        LiveRefresh.attach(this, live, change -> LIVE_KIND.equals(change.kind()), change -> refresh());
    }

    private void send() {
        UiErrors.attempt(this, java.util.Map.of("text", text, "reference.id", about, "reference.itemKey", about,
                        "reference.kind", about), () -> conversations.sendMine(text.getValue(), about.reference()))
                .ifPresent(sent -> {
                    shown.put(sent.id(), sent);
                    text.clear();
                    about.clear();
                    render();
                });
    }

    private void readTopics() {
        topics = conversations.myTopics();
        about.show(topics);
    }

    /** The documents page, or the guide reader (at the item, for an item). */
    static String link(MessageTopic topic) {
        MessageReference reference = topic.reference();
        return switch (reference.kind()) {
            case DOCUMENT -> "portal/documents";
            case ASSIGNMENT -> "portal/guides/" + reference.id();
            case CHECKLIST_ITEM -> "portal/guides/" + reference.id() + "?" + PortalGuideView.ITEM + "="
                    + java.net.URLEncoder.encode(reference.itemKey(), java.nio.charset.StandardCharsets.UTF_8);
        };
    }

    private void loadOlder() {
        if (shown.isEmpty()) {
            return;
        }
        ConversationPage page = conversations.mine(shown.firstKey(), PAGE);
        page.messages().forEach(message -> shown.put(message.id(), message));
        more = page.more();
        render();
    }

    /** Reads the newest page again (a message arrived, or was read elsewhere) and keeps the older ones shown. */
    void refresh() {
        readTopics();
        ConversationPage page = conversations.mine(null, PAGE);
        page.messages().forEach(message -> shown.put(message.id(), message));
        if (shown.isEmpty()) {
            more = page.more();
        }
        render();
    }

    private void render() {
        older.setVisible(more);
        list.removeAll();
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("messages.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        for (ConversationMessage message : shown.values()) {
            list.add(bubble(message));
        }
        markRead();
    }

    private Div bubble(ConversationMessage message) {
        String who = message.mine() ? getTranslation("messages.me")
                : message.authorName() == null ? getTranslation("messages.staff") : message.authorName();
        Span author = new Span(who);
        author.addClassName("portal-message-author");
        Span when = new Span(Formats.dateTime(message.createdAt(), zone, getLocale()));
        when.addClassName("portal-message-time");
        // setText: the message is only ever text; CSS (white-space: pre-line) keeps its line breaks
        Paragraph body = new Paragraph();
        body.setText(message.text());
        body.addClassName("portal-message-body");
        Div bubble = new Div(author, when, body);
        if (message.reference() != null) {
            bubble.add(new Div(AboutChip.of(this, message.reference(), topics, PortalMessagesView::link)));
        }
        bubble.addClassNames("portal-message", message.mine() ? "mine" : "theirs");
        return bubble;
    }

    /** Shown means read; only when something newer arrived, since marking read is itself a change that comes back. */
    private void markRead() {
        long newest = shown.lastKey();
        if (newest > markedUpTo) {
            markedUpTo = newest;
            UiErrors.attempt(this, java.util.Map.of(), () -> conversations.markMineRead(newest));
        }
    }

    /** The texts of the messages shown, oldest first. */
    List<String> texts() {
        return shown.values().stream().map(ConversationMessage::text).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title") + " · " + getTranslation("app.name");
    }
}
