package com.careerbridge.crm.documents;

/** A document's own facts, given with its first version. */
public record NewDocument(DocumentKind kind, String title, DocumentLinks links) {

    public static final int TITLE_MAX = 200;

    public NewDocument {
        links = links == null ? DocumentLinks.NONE : links;
    }
}
