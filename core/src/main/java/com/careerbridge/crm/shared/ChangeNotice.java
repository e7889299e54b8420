package com.careerbridge.crm.shared;

/**
 * Something about a candidate that a person may have open on a screen has changed ({@code kind}: e.g. messages,
 * documents): published as an application event in the transaction of the change, so that live front ends — open
 * web pages, the mobile app's event stream — can refresh on every instance once it commits (#16). Carries no content:
 * whoever refreshes reads the change through the usual, permission-checked use cases.
 */
public record ChangeNotice(long candidateId, String kind) {

    public ChangeNotice {
        if (kind == null || !kind.matches("[a-z][a-z-]{0,39}")) {
            throw new IllegalArgumentException("kind: " + kind);
        }
    }
}
