package com.careerbridge.crm.ui.assign;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.candidate.CandidateSummary;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.careerbridge.crm.ui.common.DatePickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.careerbridge.testsupport.ui.TypedDates.type;
import static org.assertj.core.api.Assertions.assertThat;

class AssignGuideDialogIT extends GuideUiTestSupport {

    @Autowired
    AssignmentService assignments;

    @BeforeEach
    void consultant() {
        signIn(newStaff(Role.CONSULTANT, "Ada Consultant"));
    }

    @Test
    void assignsToSeveralCandidatesAndReportsWhoAlreadyHadTheGuide() {
        Candidate kim = newCandidate("Kim Minji");
        Candidate lee = newCandidate("Lee Junho");
        GuideSummary analyst = builtIn("sales-analyst");
        assignments.assign(analyst.guideId(), List.of(kim.getId()), null, null);

        AtomicReference<AssignmentService.AssignResult> reported = new AtomicReference<>();
        AssignGuideDialog dialog = AssignGuideDialog.forGuide(assignments, candidates, guides, analyst.guideId(), reported::set);
        dialog.open();
        assertThat(dialog.guidePicker().getValue().guideId()).isEqualTo(analyst.guideId());

        dialog.candidatePicker().setValue(Set.of(summary(kim), summary(lee)));
        dialog.dueDatePicker().setValue(LocalDate.now().plusDays(14));
        dialog.messageField().setValue("Please read before our next session.");
        test($(Button.class).from(dialog).withText("Assign").single()).click();

        assertThat(dialog.resultText()).contains("Assigned to 1: Lee Junho").contains("Already had it (1): Kim Minji");
        assertThat(reported.get().created()).hasSize(1);
        List<AssignmentOverview> holders = assignments.holders(analyst.guideId());
        assertThat(holders).extracting(AssignmentOverview::candidateId).contains(kim.getId(), lee.getId());
        assertThat(assignments.forCandidate(lee.getId())).singleElement().satisfies(overview -> {
            assertThat(overview.dueDate()).isEqualTo(LocalDate.now().plusDays(14));
            assertThat(overview.message()).isEqualTo("Please read before our next session.");
        });
    }

    @Test
    void fromACandidatePageTheCandidateIsPreselectedAndTheGuideIsPicked() {
        Candidate park = newCandidate("Park Seoyeon");
        GuideSummary accountManager = builtIn("account-manager");

        AssignGuideDialog dialog = AssignGuideDialog.forCandidate(assignments, candidates, guides, park.getId(), result -> { });
        dialog.open();
        assertThat(dialog.candidatePicker().getValue()).extracting(CandidateSummary::id).containsExactly(park.getId());

        test($(Button.class).from(dialog).withText("Assign").single()).click();
        assertThat(dialog.guidePicker().isInvalid()).isTrue();
        assertThat(assignments.forCandidate(park.getId())).isEmpty();

        dialog.guidePicker().setValue(accountManager);
        test($(Button.class).from(dialog).withText("Assign").single()).click();
        assertThat(assignments.forCandidate(park.getId())).extracting(AssignmentOverview::guideId)
                .containsExactly(accountManager.guideId());
    }

    @Test
    void aDueDateTypedAsIsoIsKeptEvenWhereTheBrowserCouldNotReadIt() {
        Candidate choi = newCandidate("Choi Yuna");
        GuideSummary analyst = builtIn("sales-analyst");
        AssignGuideDialog dialog = AssignGuideDialog.forCandidate(assignments, candidates, guides, choi.getId(), result -> { });
        dialog.open();
        dialog.guidePicker().setValue(analyst);
        LocalDate due = LocalDate.now().plusMonths(2);

        type(dialog.dueDatePicker(), due.toString());
        assertThat(dialog.dueDatePicker().getValue()).isEqualTo(due);
        test($(Button.class).from(dialog).withText("Assign").single()).click();

        assertThat(assignments.forCandidate(choi.getId())).singleElement()
                .satisfies(overview -> assertThat(overview.dueDate()).isEqualTo(due));
    }

    @Test
    void aDueDateNobodyCanReadStopsTheAssignmentAndSaysSoAtTheField() {
        Candidate han = newCandidate("Han Jiwoo");
        GuideSummary analyst = builtIn("sales-analyst");
        AssignGuideDialog dialog = AssignGuideDialog.forCandidate(assignments, candidates, guides, han.getId(), result -> { });
        dialog.open();
        dialog.guidePicker().setValue(analyst);

        type(dialog.dueDatePicker(), "31.13.2099");
        test($(Button.class).from(dialog).withText("Assign").single()).click();

        assertThat(assignments.forCandidate(han.getId())).isEmpty();
        assertThat(dialog.dueDatePicker().isInvalid()).isTrue();
        assertThat(dialog.dueDatePicker().getErrorMessage()).contains("could not be read").contains("MM/DD/YYYY");

        type(dialog.dueDatePicker(), "");
        test($(Button.class).from(dialog).withText("Assign").single()).click();
        assertThat(assignments.forCandidate(han.getId())).singleElement()
                .satisfies(overview -> assertThat(overview.dueDate()).isNull());
    }

    @Test
    void thePickerSpeaksTheLanguageShownAndAcceptsIsoBesideTheLocalFormat() {
        DatePicker english = DatePickers.localize(new DatePicker(), Locale.ENGLISH);
        assertThat(english.getI18n().getDateFormats()).containsExactly("M/d/yyyy", "yyyy-MM-dd", "MM/dd/yyyy");
        assertThat(english.getI18n().getMonthNames().getFirst()).isEqualTo("January");
        assertThat(english.getI18n().getToday()).isEqualTo("Today");

        DatePicker korean = DatePickers.localize(new DatePicker(), Locale.KOREAN);
        assertThat(korean.getI18n().getDateFormats()).contains("yyyy-MM-dd");
        assertThat(korean.getI18n().getMonthNames().getFirst()).isEqualTo("1월");
        assertThat(korean.getI18n().getWeekdaysShort().getFirst()).isEqualTo("일");
        assertThat(korean.getI18n().getToday()).isEqualTo("오늘");
        assertThat(korean.getI18n().getBadInputErrorMessage()).contains("YYYY-MM-DD");
    }

    private CandidateSummary summary(Candidate candidate) {
        return candidates.list(CandidateFilter.all().withText(candidate.getEmail().value()), CandidateSort.byName(), 0, 5)
                .getFirst();
    }
}
