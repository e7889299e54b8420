package com.careerbridge.crm.candidate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.careerbridge.crm.shared.Language;

/**
 * A list of the signed-in candidate's own things, with what a front end needs to know about the candidate to answer
 * with it (their id, their language). Read together with the list, so a request reads the candidate once — or not at
 * all: a statement that finds the candidate by their login and reads their things in one go answers {@link Row}s.
 */
public record OwnList<T>(long candidateId, Language preferredLanguage, List<T> items) {

    public OwnList {
        items = List.copyOf(items);
    }

    public static <T> OwnList<T> of(Candidate candidate, List<T> items) {
        return new OwnList<>(candidate.getId(), candidate.getPreferredLanguage(), items);
    }

    /**
     * One row of a statement that reads the candidate, found by their login, left-joined with their things: the item is
     * {@code null} on the single row of a candidate who has none.
     */
    public record Row<T>(long candidateId, Language preferredLanguage, T item) {
    }

    /** The list such rows make; empty when there was no row at all — no (longer a) candidate behind that login. */
    public static <T> Optional<OwnList<T>> fromRows(List<Row<T>> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row<T> first = rows.getFirst();
        return Optional.of(new OwnList<>(first.candidateId(), first.preferredLanguage(),
                rows.stream().map(Row::item).filter(Objects::nonNull).toList()));
    }
}
