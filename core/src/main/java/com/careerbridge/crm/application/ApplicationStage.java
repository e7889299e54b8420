package com.careerbridge.crm.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * How far an application has come. The flow runs saved → applied → (screening →) interviewing → offer → accepted or
 * declined; an open application can be rejected or withdrawn at any point. Screening is optional: many employers go
 * straight to the first interview. Interview rounds are interviews of the application, not stages.
 */
public enum ApplicationStage {
    SAVED, APPLIED, SCREENING, INTERVIEWING, OFFER, ACCEPTED, DECLINED, REJECTED, WITHDRAWN;

    /** Whether the application is still going (it can move on, or be rejected or withdrawn). */
    public boolean isOpen() {
        return this.ordinal() <= OFFER.ordinal();
    }

    /** The stages this one may move to; empty once the application is closed. */
    public Set<ApplicationStage> next() {
        Set<ApplicationStage> next = switch (this) {
            case SAVED -> EnumSet.of(APPLIED);
            case APPLIED -> EnumSet.of(SCREENING, INTERVIEWING);
            case SCREENING -> EnumSet.of(INTERVIEWING);
            case INTERVIEWING -> EnumSet.of(OFFER);
            case OFFER -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED, DECLINED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStage.class);
        };
        if (isOpen()) {
            next.add(REJECTED);
            next.add(WITHDRAWN);
        }
        return next;
    }

    public boolean canMoveTo(ApplicationStage target) {
        return next().contains(target);
    }
}
