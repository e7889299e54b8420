package com.careerbridge.crm.candidate;

import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate list's stored readiness (kept by a trigger, whoever writes the target roles) and its search with two
 * characters (served by the pair index, since pg_trgm needs three). The benchmark shows the speed; this shows the
 * answers are right and that the planner can use the index at all.
 */
@CoreIntegrationTest
class CandidateListIndexesIT {

    @Autowired Fixtures fixtures;
    @Autowired CandidateService candidates;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void theBestReadinessFollowsEveryChangeOfTheTargetRoles() {
        UserAccount consultant = fixtures.consultant("Readiness sorter");
        String marker = Fixtures.unique("rd");
        Candidate none = fixtures.as(consultant, () -> candidates.create(Fixtures.form("None " + marker), null));
        Candidate low = fixtures.as(consultant, () -> candidates.create(Fixtures.form("Low " + marker), null));
        Candidate high = fixtures.as(consultant, () -> candidates.create(Fixtures.form("High " + marker), null));
        long sales = fixtures.guide("sales-management").guideId();
        long account = fixtures.guide("account-manager").guideId();

        long lowRole = targetRole(low, sales, 30);
        targetRole(high, sales, 40);
        long highSecond = targetRole(high, account, 90);
        CandidateFilter mine = CandidateFilter.all().withText(marker);
        assertThat(readiness(consultant, mine, false)).containsExactly("High=90", "Low=30", "None=null");
        assertThat(readiness(consultant, mine, true)).as("ascending is the exact reverse")
                .containsExactly("None=null", "Low=30", "High=90");

        jdbc.update("update target_role set readiness = 95 where id = ?", lowRole);
        jdbc.update("delete from target_role where id = ?", highSecond);
        assertThat(readiness(consultant, mine, false)).containsExactly("Low=95", "High=40", "None=null");

        jdbc.update("delete from target_role where candidate_id = ?", low.getId());
        assertThat(readiness(consultant, mine, false)).containsExactly("High=40", "Low=null", "None=null");
        assertThat(none.getId()).isNotNull();
    }

    @Test
    void twoCharactersFindNamesAndAddressesThatContainThem() {
        UserAccount consultant = fixtures.consultant("Pair searcher");
        String marker = Fixtures.unique("qx");
        CandidateForm withAddress = Fixtures.form("김민수 " + marker);
        CandidateForm minsuForm = new CandidateForm(withAddress.fullName(), Fixtures.unique("wq") + "@test.example",
                withAddress.phone(), withAddress.language(), withAddress.timeZone(), withAddress.careerStage(),
                withAddress.currentCompany(), withAddress.currentTitle(), withAddress.tags());
        Candidate minsu = fixtures.as(consultant, () -> candidates.create(minsuForm, null));
        Candidate minji = fixtures.as(consultant, () -> candidates.create(Fixtures.form("이민지 " + marker), null));
        Candidate other = fixtures.as(consultant, () -> candidates.create(Fixtures.form("박서준 " + marker), null));

        assertThat(ids(consultant, "민수")).containsExactly(minsu.getId());
        assertThat(ids(consultant, "민")).as("one character").contains(minsu.getId(), minji.getId())
                .doesNotContain(other.getId());
        assertThat(ids(consultant, "W")).as("one character of the address, case-insensitive").containsExactly(minsu.getId());
        assertThat(ids(consultant, "서준")).containsExactly(other.getId());
        assertThat(ids(consultant, "민수 ")).as("surrounding blanks are not part of the search").containsExactly(minsu.getId());
        assertThat(ids(consultant, "WQ")).as("the e-mail address, case-insensitive").contains(minsu.getId())
                .doesNotContain(minji.getId(), other.getId());
        assertThat(ids(consultant, "%민")).as("wildcards stay literal").isEmpty();
        // a one-character count reads the character index (V91) and counts what the page lists
        for (String one : List.of("민", "W", "w", "서", "%")) {
            assertThat(fixtures.as(consultant, () -> candidates.count(CandidateFilter.all().withText(one))))
                    .as("count of \"" + one + "\"").isEqualTo(ids(consultant, one).size());
        }
    }

    @Test
    void thePairIndexServesTheListsTwoCharacterCondition() {
        assertThat(planAmongManyCandidates("""
                explain select c.id from candidate c
                where c.erased_at is null and candidate_search_has_pair(c.full_name, c.email, ?) = true""", "민수"))
                .contains("candidate_search_pairs_idx");
    }

    @Test
    void theCharacterIndexServesTheOneCharacterCount() {
        assertThat(planAmongManyCandidates("""
                explain select count(c.id) from candidate c
                where c.erased_at is null and candidate_search_has_character(c.full_name, c.email, ?) = true""", "민"))
                .contains("candidate_search_characters_idx");
    }

    /**
     * The plan of {@code explain} for {@code text} among 5,000 more candidates (rolled back afterwards), so that it is
     * the plan a consultancy gets. The planner has to be able to use the index at all: the inlined condition must match
     * the index expression. With sequential scans priced out, a usable index is chosen and an unusable one is not — the
     * cost race between the two on a shared test database (other tests' rows, their statistics) is not what these tests
     * are about, and made them flaky.
     */
    private String planAmongManyCandidates(String explain, String text) {
        return transactions.execute(status -> {
            jdbc.update("""
                    insert into candidate (full_name, email, preferred_locale, time_zone, career_stage, pipeline_status,
                                           created_at, updated_at)
                    select '후보' || n, 'plan-' || n || '@test.example', 'ko', 'Asia/Seoul', 'NEW_GRADUATE', 'ACTIVE',
                           now(), now()
                    from generate_series(1, 5000) n""");
            jdbc.execute("analyze candidate");
            jdbc.execute("set local enable_seqscan = off");
            List<String> lines = jdbc.queryForList(explain, String.class, text);
            status.setRollbackOnly();
            return String.join("\n", lines);
        });
    }

    private long targetRole(Candidate candidate, long guideId, int readiness) {
        return jdbc.queryForObject("""
                insert into target_role (candidate_id, guide_id, priority, status, readiness, created_at, updated_at)
                values (?, ?, 1, 'PREPARING', ?, now(), now()) returning id""", Long.class,
                candidate.getId(), guideId, readiness);
    }

    private List<String> readiness(UserAccount consultant, CandidateFilter filter, boolean ascending) {
        return fixtures.as(consultant, () -> candidates.list(filter,
                        new CandidateSort(CandidateSort.Field.READINESS, ascending), 0, 10)).stream()
                .map(s -> s.fullName().split(" ")[0] + "=" + s.readiness()).toList();
    }

    private List<Long> ids(UserAccount consultant, String text) {
        return fixtures.as(consultant, () -> candidates.list(CandidateFilter.all().withText(text),
                CandidateSort.byName(), 0, 50)).stream().map(CandidateSummary::id).toList();
    }
}
