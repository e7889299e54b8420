package com.careerbridge.crm.timeline;

import java.time.Clock;

import com.careerbridge.crm.shared.CandidateEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes every candidate event to the timeline, in the same transaction as the change itself. */
@Component
class ActivityRecorder {

    private final ActivityRepository activities;
    private final Clock clock;

    ActivityRecorder(ActivityRepository activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @EventListener
    void on(CandidateEvent event) {
        activities.save(new Activity(event.candidateId(), event.actorId(), event.action(), event.subjectId(),
                event.details(), clock.instant()));
    }
}
