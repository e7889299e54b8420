package com.careerbridge.crm.candidate;

import java.util.List;
import java.util.Set;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

@CoreIntegrationTest
class CandidateServiceIT {

    @Autowired Fixtures fixtures;
    @Autowired CandidateService candidates;

    @Test
    void reportsEveryWrongFieldAtOnceWithReasonCodes() {
        UserAccount consultant = fixtures.consultant("Validator");
        CandidateForm bad = new CandidateForm(" ", "not-an-email", "12", null, "Mars/Olympus", null,
                "x".repeat(Candidate.COMPANY_MAX + 1), null, List.of());

        assertThatThrownBy(() -> fixtures.as(consultant, () -> candidates.create(bad, null)))
                .asInstanceOf(type(InvalidValueException.class))
                .extracting(InvalidValueException::violations)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(InvalidValueException.FieldViolation.class))
                .extracting(v -> v.field() + ":" + v.reason())
                .containsExactlyInAnyOrder("fullName:required", "email:invalid", "phone:invalid", "language:required",
                        "timeZone:invalid", "careerStage:required", "currentCompany:too-long");
    }

    @Test
    void aSecondCandidateWithTheSameEmailIsRefusedAtTheField() {
        UserAccount consultant = fixtures.consultant("Dup");
        Candidate first = fixtures.candidate(consultant, "First");
        CandidateForm same = new CandidateForm("Second", first.getEmail().value().toUpperCase(), null, Language.EN,
                "Asia/Seoul", CareerStage.INTERN, null, null, null);

        assertThatThrownBy(() -> fixtures.as(consultant, () -> candidates.create(same, null)))
                .isInstanceOf(InvalidValueException.class).hasMessage("invalid.email.taken");
    }

    @Test
    void aStaleUpdateFailsAndKeepsTheWinnersData() {
        UserAccount consultant = fixtures.consultant("Stale");
        Candidate candidate = fixtures.candidate(consultant, "Original");
        long seenVersion = candidate.getVersion();

        fixtures.as(consultant, () -> candidates.update(candidate.getId(), seenVersion, Fixtures.form("Winner")));
        assertThatThrownBy(() -> fixtures.as(consultant, () -> candidates.update(candidate.getId(), seenVersion, Fixtures.form("Loser"))))
                .isInstanceOf(ConflictException.class).satisfies(e -> assertThat(((ConflictException) e).isStale()).isTrue());
        assertThat(fixtures.as(consultant, () -> candidates.get(candidate.getId())).getFullName()).isEqualTo("Winner");
    }

    @Test
    void pipelineMovesFollowTheAllowedPathsAndAreRecorded() {
        UserAccount consultant = fixtures.consultant("Pipeline");
        Candidate candidate = fixtures.candidate(consultant, "Mover");
        fixtures.as(consultant, () -> {
            assertThatThrownBy(() -> candidates.changeStatus(candidate.getId(), candidates.get(candidate.getId()).getVersion(),
                    PipelineStatus.PLACED)).isInstanceOf(ConflictException.class).hasMessage("conflict.status-transition");
            candidates.changeStatus(candidate.getId(), candidates.get(candidate.getId()).getVersion(), PipelineStatus.ACTIVE);
            candidates.changeStatus(candidate.getId(), candidates.get(candidate.getId()).getVersion(), PipelineStatus.INTERVIEWING);
        });
        List<CandidateStatusChange> history = fixtures.as(consultant, () -> candidates.statusHistory(candidate.getId()));
        assertThat(history).extracting(CandidateStatusChange::getToStatus)
                .containsExactly(PipelineStatus.LEAD, PipelineStatus.ACTIVE, PipelineStatus.INTERVIEWING);
        assertThat(history.get(2).getFromStatus()).isEqualTo(PipelineStatus.ACTIVE);
    }

    @Test
    void theListFiltersAndSortsInTheDatabase() {
        UserAccount consultant = fixtures.consultant("Lister");
        String marker = Fixtures.unique("zq");
        Candidate alpha = fixtures.as(consultant, () -> candidates.create(Fixtures.form("Alpha " + marker), null));
        Candidate beta = fixtures.as(consultant, () -> candidates.create(Fixtures.form("Beta " + marker), null));
        fixtures.as(consultant, () -> candidates.changeStatus(beta.getId(), candidates.get(beta.getId()).getVersion(), PipelineStatus.ACTIVE));

        CandidateFilter byText = CandidateFilter.all().withText(marker.toUpperCase());
        assertThat(fixtures.as(consultant, () -> candidates.list(byText, new CandidateSort(CandidateSort.Field.NAME, false), 0, 10)))
                .extracting(CandidateSummary::id).containsExactly(beta.getId(), alpha.getId());
        assertThat(fixtures.as(consultant, () -> candidates.list(byText.withStatuses(Set.of(PipelineStatus.ACTIVE)),
                CandidateSort.byName(), 0, 10))).extracting(CandidateSummary::id).containsExactly(beta.getId());
        assertThat(fixtures.as(consultant, () -> candidates.count(byText))).isEqualTo(2);
        // LIKE wildcards typed by a user are taken literally.
        assertThat(fixtures.as(consultant, () -> candidates.count(CandidateFilter.all().withText("%")))).isZero();
        assertThatThrownBy(() -> fixtures.as(consultant, () -> candidates.list(byText, null, 0, CandidateService.MAX_PAGE_SIZE + 1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void pagesFollowTheSortOrderWithoutGapsOrRepeats() {
        UserAccount consultant = fixtures.consultant("Pager");
        String marker = Fixtures.unique("pg");
        List<Long> created = new java.util.ArrayList<>();
        for (String name : List.of("Mina", "Ara", "Joon", "Hana", "Bora", "Eun", "Dami")) {
            created.add(fixtures.as(consultant, () -> candidates.create(Fixtures.form(name + " " + marker), null)).getId());
        }
        CandidateFilter mine = CandidateFilter.all().withText(marker);
        for (CandidateSort sort : List.of(new CandidateSort(CandidateSort.Field.NAME, false), CandidateSort.byName(),
                new CandidateSort(CandidateSort.Field.CREATED, true))) {
            List<Long> whole = fixtures.as(consultant, () -> candidates.list(mine, sort, 0, 10)).stream()
                    .map(CandidateSummary::id).toList();
            List<Long> paged = new java.util.ArrayList<>();
            for (int offset = 0; offset < created.size(); offset += 3) {
                int at = offset;
                paged.addAll(fixtures.as(consultant, () -> candidates.list(mine, sort, at, 3)).stream()
                        .map(CandidateSummary::id).toList());
            }
            assertThat(whole).containsExactlyInAnyOrderElementsOf(created);
            assertThat(paged).as("pages of 3 by %s", sort).containsExactlyElementsOf(whole);
        }
        assertThat(fixtures.as(consultant, () -> candidates.list(mine, new CandidateSort(CandidateSort.Field.NAME, false), 0, 2)))
                .extracting(CandidateSummary::fullName).containsExactly("Mina " + marker, "Joon " + marker);
        assertThat(fixtures.as(consultant, () -> candidates.list(mine, CandidateSort.byName(), 6, 3))).singleElement()
                .extracting(CandidateSummary::fullName).isEqualTo("Mina " + marker);
    }
}
