package com.careerbridge.crm.timeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.shared.ForbiddenException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a candidate's timeline (staff only: it shows who on the team did what). */
@Service
@Transactional(readOnly = true)
public class ActivityService {

    public static final int MAX_ENTRIES = 500;

    private final ActivityRepository activities;
    private final CandidateAccess access;
    private final AccountService accounts;

    ActivityService(ActivityRepository activities, CandidateAccess access, AccountService accounts) {
        this.activities = activities;
        this.access = access;
        this.accounts = accounts;
    }

    public List<ActivityEntry> timeline(long candidateId, int limit) {
        checkStaff(candidateId);
        return named(activities.findByCandidateIdOrderByOccurredAtDescIdDesc(candidateId, Limit.of(capped(limit))));
    }

    /**
     * A page of the timeline for clients that page back through it or keep a copy: entries recorded before
     * {@code beforeId} (null: from the newest) and at or after {@code since} (null: all), newest first by the order
     * they were recorded in. Entries never change, so a copy only ever grows (erasure removes the whole timeline).
     * The entries come with their actors' names in one statement (#19: the API's timeline in three with the token
     * check).
     */
    public List<ActivityEntry> page(long candidateId, Long beforeId, java.time.Instant since, int limit) {
        checkStaff(candidateId);
        return activities.findNamedPage(candidateId, beforeId == null ? Long.MAX_VALUE : beforeId,
                        since == null ? java.time.Instant.EPOCH : since, Limit.of(capped(limit))).stream()
                .map(row -> entry((Activity) row[0], (String) row[1]))
                .toList();
    }

    private void checkStaff(long candidateId) {
        access.managed(candidateId);
        if (!access.actor().isStaff()) {
            throw new ForbiddenException("staff-only");
        }
    }

    private static int capped(int limit) {
        return Math.max(1, Math.min(limit, MAX_ENTRIES));
    }

    private List<ActivityEntry> named(List<Activity> found) {
        Map<Long, String> names = accounts.displayNames(found.stream().map(Activity::getActorId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return found.stream()
                .map(a -> entry(a, a.getActorId() == null ? null : names.get(a.getActorId())))
                .toList();
    }

    private static ActivityEntry entry(Activity a, String actorName) {
        return new ActivityEntry(a.getId(), a.getCandidateId(), a.getActorId(), actorName, a.getAction(),
                a.getSubjectId(), a.getDetails(), a.getOccurredAt());
    }
}
