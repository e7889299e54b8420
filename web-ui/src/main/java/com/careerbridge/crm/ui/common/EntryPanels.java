package com.careerbridge.crm.ui.common;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The to-do panels of the dashboard and the applications view: a card with a title and a list of entries, each a link
 * to a candidate with their name and a line of detail, or a sentence saying there is nothing to do.
 */
public final class EntryPanels {

    private EntryPanels() {
    }

    public static <T> Div panel(String title, String emptyText, List<T> items, Function<T, Component> toEntry) {
        Div panel = new Div();
        panel.addClassNames("card", "dashboard-panel");
        panel.add(new H3(title));
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(emptyText);
            empty.addClassName("empty-state");
            panel.add(empty);
            return panel;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("dashboard-list");
        items.forEach(item -> list.add(new ListItem(toEntry.apply(item))));
        panel.add(list);
        return panel;
    }

    /** Fills a link (a RouterLink or an Anchor) with the candidate's name and the entry's detail. */
    public static <L extends Component & HasComponents & HasStyle> L entry(L link, String candidateName,
                                                                           String detail) {
        link.addClassName("dashboard-entry");
        Span name = new Span(candidateName);
        name.addClassName("entry-name");
        Span text = new Span(detail);
        text.addClassName("entry-detail");
        link.add(name, text);
        return link;
    }
}
