package com.careerbridge.crm.live;

import com.careerbridge.crm.shared.CandidateEvent;
import com.careerbridge.crm.shared.ChangeNotice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Announces each change once its transaction has committed — a rolled-back change is never announced. Every
 * {@link CandidateEvent} counts too (its kind is its action), so that screens of the features that existed before
 * {@link ChangeNotice} refresh as well. The announcement is only queued here: {@link LiveChanges} sends it on its own
 * connection, so a request never waits for it nor holds a second pool connection after its commit.
 */
@Component
class LiveNotifier {

    private final LiveChanges changes;

    LiveNotifier(LiveChanges changes) {
        this.changes = changes;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ChangeNotice notice) {
        changes.announce(new LiveChange(notice.candidateId(), notice.kind()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CandidateEvent event) {
        String kind = event.action();
        if (kind != null && kind.matches("[a-z][a-z-]{0,39}")) {
            changes.announce(new LiveChange(event.candidateId(), kind));
        }
    }
}
