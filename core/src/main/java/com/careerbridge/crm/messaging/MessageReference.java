package com.careerbridge.crm.messaging;

import com.careerbridge.crm.shared.InvalidValueException;

/**
 * What a message is about: a document, an assigned guide, or one checklist item of an assigned guide ("about: Account
 * Manager — item 3"). For a checklist item, {@code id} is the assignment and {@code itemKey} the item.
 */
public record MessageReference(Kind kind, long id, String itemKey) {

    public static final int ITEM_KEY_MAX = 100;

    public enum Kind { DOCUMENT, ASSIGNMENT, CHECKLIST_ITEM }

    public MessageReference {
        if (kind == null) {
            throw new InvalidValueException("reference.kind", "required");
        }
        if (id <= 0) {
            throw new InvalidValueException("reference.id", "invalid");
        }
        if (kind == Kind.CHECKLIST_ITEM) {
            if (itemKey == null || itemKey.isBlank()) {
                throw new InvalidValueException("reference.itemKey", "required");
            }
            if (itemKey.length() > ITEM_KEY_MAX) {
                throw new InvalidValueException("reference.itemKey", "too-long");
            }
        } else if (itemKey != null) {
            throw new InvalidValueException("reference.itemKey", "invalid");
        }
    }

    public static MessageReference document(long documentId) {
        return new MessageReference(Kind.DOCUMENT, documentId, null);
    }

    public static MessageReference assignment(long assignmentId) {
        return new MessageReference(Kind.ASSIGNMENT, assignmentId, null);
    }

    public static MessageReference checklistItem(long assignmentId, String itemKey) {
        return new MessageReference(Kind.CHECKLIST_ITEM, assignmentId, itemKey);
    }
}
