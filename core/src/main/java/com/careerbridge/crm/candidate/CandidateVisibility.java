package com.careerbridge.crm.candidate;

import java.util.function.BiConsumer;

import com.careerbridge.crm.account.Actor;

/**
 * Who may see which candidate — written once, in each form code needs it: a Java predicate for a loaded candidate, and
 * the same rule as a JPQL or SQL condition for queries that must not load what the actor may not see. An administrator
 * (and the system) sees every candidate, a consultant their own caseload, a candidate only themselves.
 *
 * <p>Erasure is a separate rule: an erased candidate is gone for people but stays in anonymous statistics, so each
 * caller decides whether erased rows count. {@code CandidateVisibilityIT} checks that all forms agree.
 */
public final class CandidateVisibility {

    private CandidateVisibility() {
    }

    public static boolean allows(Actor actor, Candidate candidate) {
        return allows(actor, candidate.getConsultantId(), candidate.getUserId());
    }

    /** The rule over a candidate's consultant and login as a read brought them (see {@link CandidateOwnership}). */
    public static boolean allows(Actor actor, Long consultantId, Long userId) {
        if (actor.isSystem() || actor.isAdmin()) {
            return true;
        }
        if (actor.isConsultant()) {
            return consultantId != null && consultantId == actor.userId();
        }
        return userId != null && userId == actor.userId();
    }

    /** The rule over the {@code Candidate} entity under {@code alias}, binding its parameters through {@code bind}. */
    public static String jpql(Actor actor, String alias, BiConsumer<String, Object> bind) {
        return condition(actor, alias + ".consultantId", alias + ".userId", bind);
    }

    /** The rule over a {@code candidate} row under {@code alias}, binding its named parameters through {@code bind}. */
    public static String sql(Actor actor, String alias, BiConsumer<String, Object> bind) {
        return condition(actor, alias + ".consultant_id", alias + ".user_id", bind);
    }

    private static String condition(Actor actor, String consultantColumn, String userColumn,
                                    BiConsumer<String, Object> bind) {
        if (actor.isSystem() || actor.isAdmin()) {
            return "1 = 1";
        }
        if (actor.isConsultant()) {
            bind.accept("visibleToConsultant", actor.userId());
            return consultantColumn + " = :visibleToConsultant";
        }
        bind.accept("visibleToUser", actor.userId());
        return userColumn + " = :visibleToUser";
    }
}
