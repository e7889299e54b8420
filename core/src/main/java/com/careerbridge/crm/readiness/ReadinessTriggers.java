package com.careerbridge.crm.readiness;

import com.careerbridge.crm.assignment.AssignmentEvents.AssignmentRemoved;
import com.careerbridge.crm.assignment.AssignmentEvents.ChecklistItemChanged;
import com.careerbridge.crm.assignment.AssignmentEvents.GuideAssigned;
import com.careerbridge.crm.assignment.AssignmentEvents.GuideOpened;
import com.careerbridge.crm.assignment.AssignmentEvents.GuideUpgraded;
import com.careerbridge.crm.session.SessionEvents.SessionCompleted;
import com.careerbridge.crm.targetrole.TargetRoleEvents.TargetRoleAdded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every piece of new evidence recomputes the readiness of the role it concerns, in the same transaction. */
@Component
class ReadinessTriggers {

    private final ReadinessService readiness;

    ReadinessTriggers(ReadinessService readiness) {
        this.readiness = readiness;
    }

    @EventListener
    void on(GuideAssigned event) {
        readiness.recompute(event.candidateId(), event.guideId());
    }

    @EventListener
    void on(GuideOpened event) {
        readiness.recompute(event.candidateId(), event.guideId());
    }

    @EventListener
    void on(GuideUpgraded event) {
        readiness.recompute(event.candidateId(), event.guideId());
    }

    @EventListener
    void on(ChecklistItemChanged event) {
        readiness.recompute(event.candidateId(), event.guideId());
    }

    @EventListener
    void on(AssignmentRemoved event) {
        readiness.recompute(event.candidateId(), event.guideId());
    }

    @EventListener
    void on(SessionCompleted event) {
        if (event.mockGuideId() != null) {
            readiness.recompute(event.candidateId(), event.mockGuideId());
        }
    }

    @EventListener
    void on(TargetRoleAdded event) {
        readiness.recompute(event.candidateId(), event.guideId());
    }
}
