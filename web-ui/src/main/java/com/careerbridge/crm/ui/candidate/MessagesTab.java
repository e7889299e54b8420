package com.careerbridge.crm.ui.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.messaging.ConversationMessage;
import com.careerbridge.crm.messaging.ConversationPage;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.messaging.MessageText;
import com.careerbridge.crm.messaging.MessageTopic;
import com.careerbridge.crm.messaging.MessageTopics;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.careerbridge.crm.ui.messaging.AboutChip;
import com.careerbridge.crm.ui.messaging.AboutPicker;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The candidate page's "Messages" tab: the conversation with the candidate, oldest at the top and newest at the
 * bottom, "Load older" for the pages before, and a text area to write. Texts are plain: each message is set as text
 * (never HTML) and keeps its line breaks by CSS ({@code white-space: pre-wrap}). Shown, it marks the conversation read.
 * A message may be about one of the candidate's documents, guides or checklist items: chosen beside the text, shown
 * under it as a chip that opens the Documents or Guides tab. The topics are read once per page, not per message.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class MessagesTab extends VerticalLayout {

    static final int PAGE = 30;

    private final Conversations conversations;
    final Div thread = new Div();
    final Button older = new Button();
    final TextArea text = new TextArea();
    final AboutPicker about = new AboutPicker();
    final Button send = new Button();
    /** The messages shown, oldest first. */
    private final List<ConversationMessage> shown = new ArrayList<>();
    private boolean more;
    private MessageTopics topics = new MessageTopics(List.of());
    private long candidateId = -1;
    private long markedUpTo;

    MessagesTab(Conversations conversations) {
        this.conversations = conversations;
        addClassName("messages-tab");
        setPadding(false);
        thread.addClassName("message-thread");
        thread.getElement().setAttribute("role", "log");
        older.setText(getTranslation("messages.load-older"));
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        older.addClickListener(click -> loadOlder());
        text.setLabel(getTranslation("messages.new"));
        text.setMaxLength(MessageText.MAX_LENGTH);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setWidthFull();
        text.addValueChangeListener(change -> counter());
        counter();
        send.setText(getTranslation("messages.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        Div compose = new Div(text, about, send);
        compose.addClassName("message-compose");
        add(older, thread, compose);
    }

    void show(long candidateId) {
        this.candidateId = candidateId;
        markedUpTo = 0;
        shown.clear();
        about.clear();
        readTopics();
        ConversationPage page = conversations.page(candidateId, null, PAGE);
        shown.addAll(page.messages().reversed());
        more = page.more();
        render();
    }

    /** Reads the newest page again (a message arrived or was read elsewhere), keeping what older pages were loaded. */
    void refresh() {
        if (candidateId < 0) {
            return;
        }
        readTopics();
        ConversationPage page = conversations.page(candidateId, null, PAGE);
        long newestShown = shown.isEmpty() ? 0 : shown.getLast().id();
        List<ConversationMessage> fresh = page.messages().reversed().stream().filter(m -> m.id() > newestShown).toList();
        if (shown.isEmpty()) {
            more = page.more();
        }
        shown.addAll(fresh);
        render();
    }

    void loadOlder() {
        if (shown.isEmpty()) {
            return;
        }
        ConversationPage page = conversations.page(candidateId, shown.getFirst().id(), PAGE);
        shown.addAll(0, page.messages().reversed());
        more = page.more();
        render();
    }

    /**
     * The tab is being looked at: everything shown counts as read. Only once per newest message — marking read
     * announces a change itself, which must not start another round.
     */
    void markRead() {
        if (!shown.isEmpty() && candidateId >= 0 && shown.getLast().id() > markedUpTo) {
            markedUpTo = shown.getLast().id();
            conversations.markRead(candidateId, markedUpTo);
        }
    }

    void send() {
        UiErrors.attempt(this, Map.of("text", text, "reference.id", about, "reference.itemKey", about,
                        "reference.kind", about),
                () -> conversations.send(candidateId, text.getValue(), about.reference()))
                .ifPresent(sent -> {
                    text.clear();
                    about.clear();
                    refresh();
                });
    }

    /** The candidate's documents and guides changed: the choices and the chips' names read again. */
    void refreshTopics() {
        if (candidateId >= 0) {
            readTopics();
            render();
        }
    }

    private void readTopics() {
        topics = conversations.topics(candidateId);
        about.show(topics);
    }

    /** Where a topic is on this page: the Documents tab, or the Guides tab for a guide and its items. */
    private String link(MessageTopic topic) {
        String tab = topic.kind() == com.careerbridge.crm.messaging.MessageReference.Kind.DOCUMENT
                ? CandidateView.DOCUMENTS : CandidateView.GUIDES;
        return "candidates/" + candidateId + "?" + CandidateView.TAB + "=" + tab;
    }

    List<ConversationMessage> shown() {
        return List.copyOf(shown);
    }

    private void counter() {
        text.setHelperText(getTranslation("messages.counter", text.getValue().length(), MessageText.MAX_LENGTH));
    }

    private void render() {
        thread.removeAll();
        older.setVisible(more);
        if (shown.isEmpty()) {
            thread.add(CandidatePageParts.emptyText(this, "messages.none"));
        }
        shown.forEach(message -> thread.add(bubble(message)));
    }

    private Component bubble(ConversationMessage message) {
        Div bubble = new Div();
        bubble.addClassNames("message", message.fromCandidate() ? "from-candidate" : "from-staff");
        String author = message.authorName() != null ? message.authorName()
                : getTranslation("messages.author-gone");
        Span who = new Span(author);
        who.addClassName("card-title");
        Span when = new Span(Formats.dateTime(message.createdAt(), ViewerTime.zone(), getLocale()));
        when.addClassName("muted");
        Div body = new Div();
        body.addClassName("message-text");
        body.getStyle().set("white-space", "pre-wrap");
        body.setText(message.text());
        bubble.add(who, new Span(" "), when, body);
        if (message.reference() != null) {
            bubble.add(new Div(AboutChip.of(this, message.reference(), topics, this::link)));
        }
        return bubble;
    }
}
