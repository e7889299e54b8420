package com.careerbridge.crm.notification;

import java.net.URI;
import java.util.Objects;

/**
 * News for a consultant about one of their candidates' applications: an offer arrived, or the candidate accepted one
 * (then the consultant is asked to confirm the placement on the candidate's page).
 *
 * @param accepted      false: an offer arrived; true: the candidate accepted it
 * @param candidateLink the candidate's page in the consultant UI
 */
public record OfferNewsMail(String candidateName, String company, String positionTitle, boolean accepted,
                            URI candidateLink) implements MailModel {

    public OfferNewsMail {
        Objects.requireNonNull(candidateName, "candidateName");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(positionTitle, "positionTitle");
        Objects.requireNonNull(candidateLink, "candidateLink");
    }
}
