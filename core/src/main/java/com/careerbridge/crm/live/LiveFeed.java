package com.careerbridge.crm.live;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CandidateVisibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The door for front ends: the live changes the signed-in person may know of — an admin all, a consultant those of
 * their caseload (as it is at the moment of the change), a candidate only their own. Who is watching is fixed when the
 * feed is opened, since the changes arrive later on the listening thread, outside any request. Per change, the
 * candidate is read once for all watching consultants of the instance, not once per open page.
 */
@Service
public class LiveFeed {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

    private record Watcher(Actor actor, Long ownCandidateId, Consumer<LiveChange> listener) {
    }

    private final CandidateAccess access;
    private final CandidateService candidates;
    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();

    LiveFeed(LiveChanges changes, CandidateAccess access, CandidateService candidates) {
        this.access = access;
        this.candidates = candidates;
        changes.subscribe(this::dispatch);
    }

    /**
     * Starts delivering to {@code listener} the changes the current actor may see, until the registration is removed.
     * A candidate's listener is told only the kind of a change to their own record (the id is theirs anyway).
     */
    public LiveChanges.Registration open(Consumer<LiveChange> listener) {
        Actor actor = access.actor();
        Long own = actor.isCandidate() ? access.self().getId() : null;
        Watcher watcher = new Watcher(actor, own, listener);
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    private void dispatch(LiveChange change) {
        if (watchers.isEmpty()) {
            return;
        }
        Optional<Candidate> candidate = null;
        for (Watcher watcher : watchers) {
            boolean may;
            if (watcher.actor().isCandidate()) {
                may = watcher.ownCandidateId() == change.candidateId();
            } else {
                if (candidate == null) {
                    candidate = load(change.candidateId());
                }
                may = candidate.filter(c -> !c.isErased())
                        .filter(c -> CandidateVisibility.allows(watcher.actor(), c)).isPresent();
            }
            if (may) {
                try {
                    watcher.listener().accept(change);
                } catch (RuntimeException e) {
                    log.warn("Live feed: a listener failed on {}", change, e);
                }
            }
        }
    }

    private Optional<Candidate> load(long candidateId) {
        try {
            return candidates.byIdsUnchecked(List.of(candidateId)).stream().findFirst();
        } catch (RuntimeException e) {
            log.warn("Live feed: could not read candidate {} to route a change ({})", candidateId, e.getMessage());
            return Optional.empty();
        }
    }

    int watching() {
        return watchers.size();
    }
}
