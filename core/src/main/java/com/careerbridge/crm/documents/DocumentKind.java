package com.careerbridge.crm.documents;

/** What a document is for. The names are stored. */
public enum DocumentKind {
    CV,
    COVER_LETTER,
    PORTFOLIO,
    EXERCISE_ANSWER,
    OTHER
}
