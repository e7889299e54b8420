package com.careerbridge.crm.candidate;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.account.Actor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;

/**
 * Builds the candidate list's queries: filters, sort and paging all run in PostgreSQL (trigram indexes serve the text
 * search), so the list stays fast at 100,000 candidates. One statement for a page, one for the count.
 */
@Component
class CandidateSearch {

    private static final String SELECT = """
            select new com.careerbridge.crm.candidate.CandidateSummary(
                c.id, c.fullName, c.email, c.pipelineStatus, c.careerStage, c.consultantId, u.displayName,
                c.bestReadiness,
                c.updatedAt)
            from Candidate c left join UserAccount u on u.id = c.consultantId
            """;

    // The filter and the order are written for the alias c; the page's id subquery uses them with its own alias.
    private static final java.util.regex.Pattern OWN_ALIAS = java.util.regex.Pattern.compile("\\bc\\.");

    private final EntityManager entityManager;

    CandidateSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<CandidateSummary> page(Actor actor, CandidateFilter filter, CandidateSort sort, int offset, int limit) {
        return page(actor, filter, null, sort, offset, limit);
    }

    /** A page of the candidates that changed at or after {@code changedSince} (null: all), for delta sync. */
    List<CandidateSummary> page(Actor actor, CandidateFilter filter, Instant changedSince, CandidateSort sort, int offset,
                                int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(actor, filter, false, parameters) + changedSince(changedSince, parameters);
        // A deferred join: the page's ids are found first, on the candidate table's own columns (an index-only walk with
        // the list indexes of V80), and only those rows are read and joined to the consultant's name. Joined for every
        // skipped row instead, a page near row 90,000 took seconds. Still one statement.
        String pageIds = "select p.id from Candidate p" + OWN_ALIAS.matcher(where + sort.orderBy()).replaceAll("p.")
                + " offset :pageOffset rows fetch first :pageLimit rows only";
        TypedQuery<CandidateSummary> query = entityManager.createQuery(
                SELECT + " where c.id in (" + pageIds + ")" + sort.orderBy(), CandidateSummary.class);
        parameters.forEach(query::setParameter);
        query.setParameter("pageOffset", offset);
        query.setParameter("pageLimit", limit);
        return query.getResultList();
    }

    long count(Actor actor, CandidateFilter filter) {
        return count(actor, filter, null);
    }

    long count(Actor actor, CandidateFilter filter, Instant changedSince) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(actor, filter, true, parameters) + changedSince(changedSince, parameters);
        TypedQuery<Long> query = entityManager.createQuery("select count(c) from Candidate c" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** {@code counting}: the condition for a count, which reads every match, rather than for a page of them. */
    private static String where(Actor actor, CandidateFilter filter, boolean counting, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where c.erasedAt is null and ")
                .append(CandidateVisibility.jpql(actor, "c", parameters::put));
        if (filter.consultantId() != null) {
            where.append(" and c.consultantId = :consultantId");
            parameters.put("consultantId", filter.consultantId());
        }
        if (filter.text() != null) {
            int characters = filter.text().codePointCount(0, filter.text().length());
            if (characters == 2) {
                // pg_trgm's indexes need three characters; two (a Korean given name) go through the pair index (V80).
                // Containing the pair is exactly "name or e-mail contains the text, ignoring case" (the text is
                // stripped, so it cannot hold the separator); an ILIKE beside it would only tempt the planner into
                // scanning the trigram indexes in full.
                where.append(" and function('candidate_search_has_pair', c.fullName, c.email, :pair) = true");
                parameters.put("pair", filter.text());
            } else if (characters == 1 && counting) {
                // Counting reads every match: the character index (V91) finds exactly the candidates whose name or
                // e-mail contains the character, instead of a scan of everyone.
                where.append(" and function('candidate_search_has_character', c.fullName, c.email, :character) = true");
                parameters.put("character", filter.text());
            } else if (characters == 1) {
                // One character (the first keystroke) matches a large share of all candidates: no index narrows that
                // down, and the trigram indexes would be read in full for nothing. Walking the list's order and
                // filtering finds a page at once.
                where.append(" and (locate(lower(:character), lower(c.fullName)) > 0"
                        + " or locate(lower(:character), lower(coalesce(c.email, ''))) > 0)");
                parameters.put("character", filter.text());
            } else {
                where.append(" and (c.fullName ilike :text escape '\\' or c.email ilike :text escape '\\')");
                parameters.put("text", "%" + escapeLike(filter.text()) + "%");
            }
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" and c.pipelineStatus in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.careerStage() != null) {
            where.append(" and c.careerStage = :careerStage");
            parameters.put("careerStage", filter.careerStage());
        }
        if (filter.guideId() != null) {
            where.append(" and exists (select 1 from TargetRoleReadinessView t where t.candidateId = c.id and t.guideId = :guideId)");
            parameters.put("guideId", filter.guideId());
        }
        return where.toString();
    }

    /** A row changes with the candidate or with the readiness of one of their target roles (shown in the list). */
    private static String changedSince(Instant since, Map<String, Object> parameters) {
        if (since == null) {
            return "";
        }
        parameters.put("changedSince", since);
        return " and (c.updatedAt >= :changedSince or exists (select 1 from TargetRoleReadinessView t"
                + " where t.candidateId = c.id and t.updatedAt >= :changedSince))";
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
