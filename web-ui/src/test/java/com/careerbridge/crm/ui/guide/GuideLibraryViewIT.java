package com.careerbridge.crm.ui.guide;

import java.util.List;
import java.util.Map;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.roleguide.ChecklistKind;
import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuideLibraryViewIT extends GuideUiTestSupport {

    @BeforeEach
    void consultant() {
        signIn(newStaff(Role.CONSULTANT, "Grace Consultant"));
    }

    @Test
    void searchNarrowsTheLibraryToMatchingGuidesInEitherLanguage() {
        GuideLibraryView view = navigate(GuideLibraryView.class);
        assertThat(view.shownGuides()).extracting(GuideSummary::slug)
                .contains("sales", "sales-analyst", "account-manager", "sales-management", "sales-training");

        test($(TextField.class).from(view).first()).setValue("analyst");
        assertThat(view.shownGuides()).extracting(GuideSummary::slug).contains("sales-analyst")
                .doesNotContain("sales", "account-manager", "sales-management", "sales-training");

        test($(TextField.class).from(view).first()).setValue("영업");
        assertThat(view.shownGuides()).extracting(GuideSummary::slug).contains("sales").doesNotContain("account-manager");
    }

    @Test
    void readerRendersTheGuideWithLinksToLookAlikeGuidesInTheChosenLanguage() {
        GuideSummary sales = builtIn("sales");
        long managementId = builtIn("sales-management").guideId();
        GuideDetailView view = navigate(GuideDetailView.class, Map.of("guideId", String.valueOf(sales.guideId())));

        assertThat(view.article().language()).isEqualTo(Language.EN);
        assertThat($(H2.class).from(view.article()).first().getText()).isEqualTo("Sales");
        assertThat($(Anchor.class).from(view.article()).all()).extracting(Anchor::getHref)
                .contains("guides/" + managementId);

        $(LanguageToggle.class).from(view).first().setValue(Language.KO);
        assertThat(view.article().language()).isEqualTo(Language.KO);
        assertThat($(H2.class).from(view.article()).first().getText()).isEqualTo("영업");
    }

    @Test
    void publishingAnIncompleteDraftShowsTheErrorAtTheFieldThenSucceedsOnceFixed() {
        RoleGuideVersion created = guides.create(new GuideContent(LocalizedText.of("데이터 분석가", "Data Analyst"),
                null, null, null, null, null, null, null));
        long guideId = created.getGuideId();
        GuideEditorView editor = navigate(GuideEditorView.class, Map.of("guideId", String.valueOf(guideId)));

        editor.definitionInput().setValue(LocalizedText.of("데이터로 의사결정을 돕는 직무", ""));
        ((GuideEditorView.TextRow) editor.dutiesEditor().addRow()).setValue(LocalizedText.of("대시보드 작성", "Build dashboards"));
        var item = (GuideEditorView.ChecklistRow) editor.checklistEditor().addRow();
        item.setValue(new GuideContent.ChecklistItem(null, ChecklistKind.PRACTISE, LocalizedText.of("SQL 연습", "Practise SQL")));
        click("Publish");

        assertThat(editor.definitionInput().isInvalid()).isTrue();
        assertThat(editor.definitionInput().getErrorMessage()).isEqualTo("Fill this in both Korean and English.");
        assertThat(guides.history(guideId)).allMatch(version -> !version.isPublished());
        assertThat(guides.version(created.getId()).getContent().definition())
                .as("a refused publish stores nothing, not even the draft").isEqualTo(created.getContent().definition());
        assertThat(editor.definitionInput().getValue().ko()).as("what was typed stays on screen")
                .isEqualTo("데이터로 의사결정을 돕는 직무");

        editor.definitionInput().setValue(LocalizedText.of("데이터로 의사결정을 돕는 직무", "Helps decisions with data"));
        click("Publish");

        RoleGuideVersion published = guides.latestPublished(guideId);
        assertThat(published.getNumber()).isEqualTo(1);
        assertThat(published.getContent().duties()).containsExactly(LocalizedText.of("대시보드 작성", "Build dashboards"));
        assertThat(published.getContent().checklist()).singleElement().satisfies(checklistItem -> {
            assertThat(checklistItem.kind()).isEqualTo(ChecklistKind.PRACTISE);
            assertThat(checklistItem.key()).isNotBlank();
        });
        assertThat(getCurrentView()).isInstanceOf(GuideDetailView.class);
    }

    @Test
    void editingAPublishedGuideStartsTheNextVersionAndReordersEntries() {
        GuideSummary trainingGuide = builtIn("sales-training");
        GuideEditorView editor = navigate(GuideEditorView.class, Map.of("guideId", String.valueOf(trainingGuide.guideId())));
        List<LocalizedText> before = editor.content().duties();
        assertThat(before).hasSizeGreaterThan(1);

        editor.dutiesEditor().move(1, -1);
        assertThat(editor.save()).isTrue();

        RoleGuideVersion draft = guides.draft(trainingGuide.guideId());
        assertThat(draft.getNumber()).isEqualTo(2);
        assertThat(draft.getContent().duties().getFirst()).isEqualTo(before.get(1));
        assertThat(draft.getContent().duties().get(1)).isEqualTo(before.getFirst());
        guides.discardDraft(draft.getId(), draft.getVersion());
    }

    private void click(String text) {
        test($(Button.class).withText(text).single()).click();
    }

}
