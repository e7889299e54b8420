package com.careerbridge.crm.documents;

/**
 * What a new document is about, all optional: one of the candidate's target roles, and a guide assignment with one of
 * its checklist items (handing a document in for an item ticks it when the candidate does it).
 */
public record DocumentLinks(Long targetRoleId, Long assignmentId, String itemKey) {

    public static final DocumentLinks NONE = new DocumentLinks(null, null, null);
}
