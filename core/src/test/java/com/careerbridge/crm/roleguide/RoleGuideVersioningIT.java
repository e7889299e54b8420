package com.careerbridge.crm.roleguide;

import java.util.ArrayList;
import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.assignment.ItemState;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoreIntegrationTest
class RoleGuideVersioningIT {

    @Autowired Fixtures fixtures;
    @Autowired RoleGuideService guides;
    @Autowired AssignmentService assignments;

    @Test
    void theBuiltInGuidesArePublishedInBothLanguages() {
        UserAccount consultant = fixtures.consultant("Reader");
        List<GuideSummary> library = fixtures.as(consultant, guides::library);
        assertThat(library).extracting(GuideSummary::slug)
                .contains("sales", "sales-management", "account-manager", "sales-analyst", "sales-training");
        RoleGuideVersion accountManager = fixtures.as(consultant, () -> guides.latestPublished(fixtures.guide("account-manager").guideId()));
        GuideContent content = accountManager.getContent();
        assertThat(content.title().ko()).isNotBlank();
        assertThat(content.title().en()).isEqualTo("Account Manager");
        assertThat(content.checklist()).isNotEmpty().allSatisfy(item -> assertThat(item.text().isComplete()).isTrue());
        assertThat(content.lookAlikes()).anySatisfy(l -> assertThat(l.roleName()).isNotNull());
    }

    @Test
    void publishedVersionsAreFrozenAndAssignmentsKeepTheirVersion() {
        UserAccount consultant = fixtures.consultant("Editor");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Holder");
        long guideId = fixtures.guide("sales-training").guideId();
        RoleGuideVersion v1 = fixtures.as(consultant, () -> guides.latestPublished(guideId));

        long assignmentId = fixtures.as(consultant, () -> assignments.assign(guideId, List.of(candidate.getId()), null, null))
                .created().getFirst().getId();
        String firstKey = v1.getContent().checklist().getFirst().key();
        fixtures.as(candidate.getUserId(), () -> assignments.markItem(assignmentId, firstKey, true));

        assertThatThrownBy(() -> fixtures.as(consultant, () -> guides.saveDraft(v1.getId(), v1.getVersion(), v1.getContent())))
                .isInstanceOf(ConflictException.class).hasMessage("conflict.guide-version-published");

        RoleGuideVersion draft = fixtures.as(consultant, () -> guides.draft(guideId));
        assertThat(draft.getNumber()).isEqualTo(v1.getNumber() + 1);
        List<GuideContent.ChecklistItem> items = new ArrayList<>(draft.getContent().checklist());
        items.add(new GuideContent.ChecklistItem(null, ChecklistKind.PRACTISE, LocalizedText.of("새 항목", "New item")));
        RoleGuideVersion edited = fixtures.as(consultant, () -> guides.saveDraft(draft.getId(), draft.getVersion(),
                draft.getContent().withChecklist(items)));
        RoleGuideVersion v2 = fixtures.as(consultant, () -> guides.publish(edited.getId(), edited.getVersion()));

        AssignmentOverview before = fixtures.as(consultant, () -> assignments.forCandidate(candidate.getId())).getFirst();
        assertThat(before.guideVersionId()).isEqualTo(v1.getId());
        assertThat(before.newerVersionAvailable()).isTrue();

        AssignmentOverview after = fixtures.as(consultant, () -> assignments.upgrade(assignmentId, before.version()));
        assertThat(after.guideVersionId()).isEqualTo(v2.getId());
        assertThat(after.itemsTotal()).isEqualTo(before.itemsTotal() + 1);
        assertThat(after.itemsDone()).as("progress on unchanged items survives the upgrade").isEqualTo(1);
        assertThat(fixtures.as(consultant, () -> assignments.get(assignmentId)).checklist().getFirst().state()).isEqualTo(ItemState.DONE);
    }

    @Test
    void publishingNeedsBothLanguagesEverywhere() {
        UserAccount consultant = fixtures.consultant("Author");
        GuideContent onlyKorean = new GuideContent(LocalizedText.of("데이터 분석가", ""), LocalizedText.of("정의", ""),
                List.of(LocalizedText.of("업무", "")), List.of(), List.of(), List.of(), List.of(),
                List.of(new GuideContent.ChecklistItem(null, ChecklistKind.READ, LocalizedText.of("읽기", ""))));
        RoleGuideVersion draft = fixtures.as(consultant, () -> guides.create(onlyKorean));

        assertThatThrownBy(() -> fixtures.as(consultant, () -> guides.publish(draft.getId(), draft.getVersion())))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violations())
                        .extracting(InvalidValueException.FieldViolation::field)
                        .contains("title", "definition", "duties", "checklist"));
        assertThat(draft.getContent().checklist().getFirst().key()).isEqualTo("c1");
    }

    @Test
    void a_refused_publish_from_the_editor_leaves_the_stored_draft_as_it_was() {
        UserAccount consultant = fixtures.consultant("Careful");
        long guideId = fixtures.guide("sales-analyst").guideId();
        RoleGuideVersion draft = fixtures.as(consultant, () -> guides.draft(guideId));
        GuideContent stored = draft.getContent();
        GuideContent emptiedKoreanTitle = new GuideContent(LocalizedText.of("", stored.title().in(
                com.careerbridge.crm.shared.Language.EN)), stored.definition(), stored.duties(), stored.lookAlikes(),
                stored.skills(), stored.jdKeywords(), stored.interviewQuestions(), stored.checklist());

        assertThatThrownBy(() -> fixtures.as(consultant, () -> guides.publish(draft.getId(), draft.getVersion(),
                emptiedKoreanTitle))).isInstanceOf(InvalidValueException.class);

        RoleGuideVersion after = fixtures.as(consultant, () -> guides.draft(guideId));
        assertThat(after.getContent().title().in(com.careerbridge.crm.shared.Language.KO))
                .isEqualTo(stored.title().in(com.careerbridge.crm.shared.Language.KO)).isNotBlank();
        assertThat(after.getVersion()).isEqualTo(draft.getVersion());
        assertThat(after.isPublished()).isFalse();
    }
}
