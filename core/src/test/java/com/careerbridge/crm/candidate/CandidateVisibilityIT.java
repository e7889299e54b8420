package com.careerbridge.crm.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.dashboard.DashboardService;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule "who may see which candidate" exists as a Java predicate, a JPQL condition (the candidate list) and an SQL
 * condition (the dashboard); for every kind of actor all of them must name the same candidates, over every candidate
 * in the database (those of other tests included).
 */
@CoreIntegrationTest
class CandidateVisibilityIT {

    @Autowired Fixtures fixtures;
    @Autowired CandidateRepository repository;
    @Autowired CandidateService candidates;
    @Autowired CandidateAccess access;
    @Autowired DashboardService dashboard;
    @Autowired EntityManager entityManager;
    @Autowired NamedParameterJdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    UserAccount admin;
    UserAccount mine;
    UserAccount theirs;
    Candidate ownLogin;
    Candidate ofTheirs;

    @BeforeEach
    void caseloads() {
        admin = fixtures.admin();
        mine = fixtures.consultant("Visible A");
        theirs = fixtures.consultant("Visible B");
        fixtures.candidate(mine, "Visible A1");
        ownLogin = fixtures.candidateWithLogin(mine, "Visible A2");
        ofTheirs = fixtures.candidate(theirs, "Visible B1");
    }

    @Test
    void java_jpql_and_sql_forms_name_the_same_candidates_for_every_actor() {
        List<Candidate> everyone = transaction.execute(status -> repository.findAll());
        for (Actor actor : List.of(Actor.system(), actorOf(admin), actorOf(mine), actorOf(theirs),
                new Actor(ownLogin.getUserId(), com.careerbridge.crm.account.Role.CANDIDATE))) {
            Set<Long> byJava = everyone.stream().filter(c -> !c.isErased())
                    .filter(c -> CandidateVisibility.allows(actor, c)).map(Candidate::getId).collect(Collectors.toSet());

            Map<String, Object> parameters = new HashMap<>();
            String jpql = "select c.id from Candidate c where c.erasedAt is null and "
                    + CandidateVisibility.jpql(actor, "c", parameters::put);
            Set<Long> byJpql = transaction.execute(status -> {
                var query = entityManager.createQuery(jpql, Long.class);
                parameters.forEach(query::setParameter);
                return Set.copyOf(query.getResultList());
            });

            Map<String, Object> sqlParameters = new HashMap<>();
            String sql = "select c.id from candidate c where c.erased_at is null and "
                    + CandidateVisibility.sql(actor, "c", sqlParameters::put);
            Set<Long> bySql = Set.copyOf(jdbc.queryForList(sql, sqlParameters, Long.class));

            assertThat(byJpql).as("JPQL for %s", actor).isEqualTo(byJava);
            assertThat(bySql).as("SQL for %s", actor).isEqualTo(byJava);
            assertThat(byJava).as("someone is visible to %s", actor).isNotEmpty();
        }
    }

    @Test
    void the_candidate_list_the_dashboard_and_single_lookups_apply_that_rule() {
        List<Candidate> everyone = transaction.execute(status -> repository.findAll());
        for (UserAccount staff : List.of(admin, mine, theirs)) {
            Actor actor = actorOf(staff);
            long visible = everyone.stream().filter(c -> !c.isErased()).filter(c -> CandidateVisibility.allows(actor, c)).count();
            long visibleWithErased = everyone.stream().filter(c -> CandidateVisibility.allows(actor, c)).count();

            assertThat(fixtures.as(staff, () -> candidates.count(CandidateFilter.all()))).isEqualTo(visible);
            assertThat(fixtures.as(staff, () -> dashboard.overview(ZoneId.of("Asia/Seoul"))).caseload().values().stream()
                    .mapToLong(Long::longValue).sum()).isEqualTo(visibleWithErased);
        }
        assertThat(fixtures.as(mine, () -> access.visible(ownLogin.getId())).getId()).isEqualTo(ownLogin.getId());
        assertThatThrownBy(() -> fixtures.as(mine, () -> access.visible(ofTheirs.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(admin, () -> access.visible(ofTheirs.getId())).getId()).isEqualTo(ofTheirs.getId());
    }

    private static Actor actorOf(UserAccount account) {
        return new Actor(account.getId(), account.getRole());
    }
}
