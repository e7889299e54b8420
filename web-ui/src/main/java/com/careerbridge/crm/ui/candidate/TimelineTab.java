package com.careerbridge.crm.ui.candidate;

import java.util.List;
import java.util.Map;

import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.timeline.ActivityEntry;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.careerbridge.crm.workspace.CandidateWorkspace;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/** The candidate page's "Timeline" tab: the newest activity, read again after every change made on the page. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class TimelineTab extends VerticalLayout {

    private final CandidateWorkspace workspace;
    private long candidateId;

    TimelineTab(CandidateWorkspace workspace) {
        this.workspace = workspace;
    }

    void show(long candidateId) {
        this.candidateId = candidateId;
        refresh();
    }

    void refresh() {
        removeAll();
        List<ActivityEntry> entries = workspace.timeline(candidateId);
        if (entries.isEmpty()) {
            add(CandidatePageParts.emptyText(this, "candidate.timeline.empty"));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("timeline");
        for (ActivityEntry entry : entries) {
            ListItem item = new ListItem();
            Span when = new Span(Formats.dateTime(entry.occurredAt(), ViewerTime.zone(), getLocale()));
            when.addClassName("muted");
            Span what = new Span(describe(entry));
            what.addClassName("timeline-action");
            Span who = new Span(entry.actorName() == null ? getTranslation("candidate.system") : entry.actorName());
            who.addClassName("muted");
            item.add(when, what, who);
            list.add(item);
        }
        add(list);
    }

    /**
     * What happened, in words. A checklist change names its item and guide when the entry carries them (entries
     * written before they did keep the general wording).
     */
    private String describe(ActivityEntry entry) {
        String general = getTranslation("activity." + entry.action());
        if (!entry.action().startsWith("item-")) {
            return general;
        }
        String item = text(entry.details(), "itemText");
        String guide = text(entry.details(), "guideTitle");
        if (item == null || guide == null) {
            return general;
        }
        return getTranslation("activity." + entry.action() + ".named", item, guide);
    }

    // the viewer's language, else the other one
    private String text(Map<String, Object> details, String name) {
        boolean english = Language.of(getLocale()) == Language.EN;
        Object wanted = details.get(name + (english ? "En" : "Ko"));
        Object other = details.get(name + (english ? "Ko" : "En"));
        Object found = wanted instanceof String s && !s.isBlank() ? wanted : other;
        return found instanceof String s && !s.isBlank() ? s : null;
    }
}
