package com.careerbridge.crm.shared;

import java.util.Map;

/**
 * A past-tense fact about a candidate that belongs on their timeline. Features publish these; the audit feature
 * records them without knowing each feature. Details hold ids, codes, states and the consultancy's own wording (a
 * guide's title, a checklist item) — never what a person wrote or is called: names, addresses, notes.
 */
public interface CandidateEvent {

    long candidateId();

    /** The user who caused it, or null for the system. */
    Long actorId();

    /** A stable code, e.g. {@code guide-assigned}; the UI translates {@code activity.<code>}. */
    String action();

    /** The id of the thing acted on (assignment, session, ...), if any. */
    default Long subjectId() {
        return null;
    }

    default Map<String, Object> details() {
        return Map.of();
    }
}
