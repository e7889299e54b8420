package com.careerbridge.crm.assignment;

import java.util.List;
import java.util.Optional;

import com.careerbridge.crm.shared.LocalizedText;

/**
 * An assigned guide named the way people refer to it — its title and its checklist items numbered as the candidate
 * reads them ("Account Manager — item 3") — for the features that let someone point at one (a message's "about", a
 * document handed in for an item).
 */
public record AssignedChecklist(long assignmentId, long guideId, LocalizedText guideTitle, List<Item> items) {

    public AssignedChecklist {
        items = List.copyOf(items);
    }

    /** One item: its stable key, its number in the assigned version's checklist (from 1) and its text. */
    public record Item(String key, int number, LocalizedText text) {
    }

    public Optional<Item> item(String key) {
        return items.stream().filter(item -> item.key().equals(key)).findFirst();
    }
}
