package com.careerbridge.crm.messaging;

import com.careerbridge.crm.assignment.AssignedChecklist;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;

/**
 * Something of the candidate's that a message can be about, with what its label is made of: a document (its title),
 * an assigned guide (its title), or one of its checklist items (the guide's title, the item's number and text). The
 * front ends put the words around it in the reader's language.
 *
 * @param documentTitle for a document; {@code null} otherwise
 * @param guideTitle    for a guide or an item; {@code null} for a document
 * @param itemNumber    for an item, its number in the checklist from 1; {@code null} otherwise
 * @param itemText      for an item; {@code null} otherwise
 */
public record MessageTopic(MessageReference reference, String documentTitle, LocalizedText guideTitle,
                           Integer itemNumber, LocalizedText itemText) {

    static MessageTopic document(long documentId, String title) {
        return new MessageTopic(MessageReference.document(documentId), title, null, null, null);
    }

    static MessageTopic guide(AssignedChecklist guide) {
        return new MessageTopic(MessageReference.assignment(guide.assignmentId()), null, guide.guideTitle(), null,
                null);
    }

    static MessageTopic item(AssignedChecklist guide, AssignedChecklist.Item item) {
        return new MessageTopic(MessageReference.checklistItem(guide.assignmentId(), item.key()), null,
                guide.guideTitle(), item.number(), item.text());
    }

    public MessageReference.Kind kind() {
        return reference.kind();
    }

    /** The guide's title in a language (empty for a document). */
    public String guideTitle(Language language) {
        return guideTitle == null ? "" : guideTitle.in(language);
    }

    /** The item's text in a language (empty unless an item). */
    public String itemText(Language language) {
        return itemText == null ? "" : itemText.in(language);
    }
}
