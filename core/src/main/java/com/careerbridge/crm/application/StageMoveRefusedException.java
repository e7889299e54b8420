package com.careerbridge.crm.application;

import java.util.Set;

import com.careerbridge.crm.shared.ConflictException;

/** A stage move the flow does not allow, with the moves it does allow from where the application stands. */
public class StageMoveRefusedException extends ConflictException {

    private final ApplicationStage from;
    private final ApplicationStage to;
    private final Set<ApplicationStage> allowed;

    public StageMoveRefusedException(ApplicationStage from, ApplicationStage to) {
        super("conflict.stage-move-refused");
        this.from = from;
        this.to = to;
        this.allowed = from.next();
    }

    public ApplicationStage from() {
        return from;
    }

    public ApplicationStage to() {
        return to;
    }

    public Set<ApplicationStage> allowed() {
        return allowed;
    }
}
