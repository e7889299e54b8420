package com.careerbridge.crm.ui.account;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** The recovery codes, shown this once: the server keeps only their hashes. */
class RecoveryCodesList extends Div {

    RecoveryCodesList(List<String> codes) {
        addClassName("recovery-codes");
        Paragraph intro = new Paragraph(getTranslation("two-factor.recovery.shown-once", codes.size()));
        UnorderedList list = new UnorderedList();
        list.addClassName("recovery-code-list");
        codes.forEach(code -> list.add(new ListItem(code)));
        add(intro, list);
    }
}
