package com.careerbridge.crm.ui.documents;

import java.util.List;
import java.util.Map;

import com.careerbridge.crm.assignment.AssignedChecklist;
import com.careerbridge.crm.documents.DocumentLinkChoices;
import com.careerbridge.crm.documents.DocumentLinks;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.Language;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;

/**
 * The optional "For target role" and "Checklist item" choices of a document: the items offered are those of the guide
 * assigned for the chosen role (handing a document in for an item ticks it when the candidate does it). Used at the
 * upload and to change a document's links afterwards. Core checks the links again; its refusal is shown at the choice
 * it concerns.
 */
public class DocumentLinksPicker extends Div {

    public final ComboBox<DocumentLinkChoices.Role> role = new ComboBox<>();
    public final ComboBox<AssignedChecklist.Item> item = new ComboBox<>();
    private DocumentLinkChoices choices = new DocumentLinkChoices(List.of(), List.of());
    private AssignedChecklist checklist;

    public DocumentLinksPicker() {
        addClassName("document-links-picker");
        role.setLabel(getTranslation("document-links.role"));
        role.setClearButtonVisible(true);
        role.setItemLabelGenerator(choice -> choice.title().in(Language.of(getLocale())));
        role.addClassName("document-role");
        item.setLabel(getTranslation("document-links.item-picker"));
        item.setClearButtonVisible(true);
        item.setItemLabelGenerator(choice -> DocumentLinkLabels.option(this, choice));
        item.addClassName("document-item");
        role.addValueChangeListener(change -> offerItemsOf(change.getValue()));
        offerItemsOf(null);
        add(role, item);
    }

    /** The choices now (the role and item chosen stay when they still exist). */
    public void show(DocumentLinkChoices choices) {
        DocumentLinks kept = value();
        this.choices = choices;
        role.setItems(choices.roles());
        setValue(kept);
    }

    /** Shows a document's links (an unknown role or item leaves that choice empty). */
    public void setValue(DocumentLinks links) {
        role.setValue(choices.role(links.targetRoleId()).orElse(null));
        item.setValue(checklist == null || links.itemKey() == null
                || !Long.valueOf(checklist.assignmentId()).equals(links.assignmentId()) ? null
                : checklist.item(links.itemKey()).orElse(null));
    }

    /** The links chosen: the role, and the assigned guide with the item when an item is chosen. */
    public DocumentLinks value() {
        DocumentLinkChoices.Role chosenRole = role.getValue();
        AssignedChecklist.Item chosenItem = item.getValue();
        if (chosenRole == null && chosenItem == null) {
            return DocumentLinks.NONE;
        }
        boolean withItem = chosenItem != null && checklist != null;
        return new DocumentLinks(chosenRole == null ? null : chosenRole.targetRoleId(),
                withItem ? checklist.assignmentId() : null, withItem ? chosenItem.key() : null);
    }

    /** The fields core names in a refusal of links. */
    public Map<String, HasValidation> fields() {
        return Map.of("targetRoleId", role, "assignmentId", item, "itemKey", item);
    }

    /** Marks the choice a refusal concerns; false when it concerns neither. */
    public boolean showRefusal(InvalidValueException refusal) {
        boolean shown = false;
        for (InvalidValueException.FieldViolation violation : refusal.violations()) {
            HasValidation field = fields().get(violation.field());
            if (field != null) {
                field.setErrorMessage(getTranslation("error." + violation.reason()));
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    public void clearRefusal() {
        role.setInvalid(false);
        item.setInvalid(false);
    }

    private void offerItemsOf(DocumentLinkChoices.Role chosen) {
        checklist = choices.checklistFor(chosen).orElse(null);
        item.clear();
        item.setItems(checklist == null ? List.of() : checklist.items());
        item.setEnabled(checklist != null);
        item.setHelperText(chosen != null && checklist == null ? getTranslation("document-links.no-guide") : null);
    }
}
