package com.careerbridge.crm.candidate;

import java.util.EnumSet;
import java.util.Set;

/**
 * A candidate's place in the consultancy's pipeline: lead → active → interviewing → placed, or paused / closed on the
 * way. Only the moves listed here are allowed, so that the history tells a believable story.
 */
public enum PipelineStatus {
    LEAD,
    ACTIVE,
    INTERVIEWING,
    PLACED,
    PAUSED,
    CLOSED;

    public Set<PipelineStatus> next() {
        return switch (this) {
            case LEAD -> EnumSet.of(ACTIVE, PAUSED, CLOSED);
            case ACTIVE -> EnumSet.of(INTERVIEWING, PAUSED, CLOSED);
            case INTERVIEWING -> EnumSet.of(ACTIVE, PLACED, PAUSED, CLOSED);
            case PLACED -> EnumSet.of(ACTIVE, CLOSED);
            case PAUSED -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.of(LEAD, ACTIVE);
        };
    }

    public boolean canMoveTo(PipelineStatus target) {
        return next().contains(target);
    }
}
