package com.careerbridge.crm.candidate;

import java.util.List;

import com.careerbridge.crm.shared.Language;

/**
 * A list of the signed-in candidate's own things, with what a front end needs to know about the candidate to answer
 * with it (their id, their language). Read in the same transaction as the list, so a request loads the candidate once.
 */
public record OwnList<T>(long candidateId, Language preferredLanguage, List<T> items) {

    public OwnList {
        items = List.copyOf(items);
    }

    public static <T> OwnList<T> of(Candidate candidate, List<T> items) {
        return new OwnList<>(candidate.getId(), candidate.getPreferredLanguage(), items);
    }
}
