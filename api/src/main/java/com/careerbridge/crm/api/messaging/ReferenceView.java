package com.careerbridge.crm.api.messaging;

import com.careerbridge.crm.messaging.MessageReference;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a message is about: a document, an assigned guide (id: the assignment) or a checklist item (id: the assignment,
 * itemKey: the item). Also the shape of a reference in a request.
 */
@Schema(description = "What a message is about")
record ReferenceView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"DOCUMENT", "ASSIGNMENT", "CHECKLIST_ITEM"})
        MessageReference.Kind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The document's or the assignment's id")
        Long id,
        @Schema(description = "The checklist item's key (CHECKLIST_ITEM only)")
        String itemKey) {

    static ReferenceView of(MessageReference reference) {
        return reference == null ? null : new ReferenceView(reference.kind(), reference.id(), reference.itemKey());
    }

    MessageReference toReference() {
        if (id == null) {
            throw new com.careerbridge.crm.shared.InvalidValueException("reference.id", "required");
        }
        return new MessageReference(kind, id, itemKey);
    }
}
