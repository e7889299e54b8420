package com.careerbridge.crm.ui.candidate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateImport;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateImportDialogIT extends BrowserlessUiTest {

    @Autowired
    CandidateImport candidateImport;

    @Test
    void previewsRowsWithReasonsThenImportsTheValidOnes() {
        signIn(staff("Mina", Role.CONSULTANT));
        candidate("Already");
        navigate(CandidateListView.class);
        test($(Button.class).withText("Import CSV").single()).click();
        CandidateImportDialog dialog = $(CandidateImportDialog.class).single();

        String csv = "\uFEFFfullName,email,careerStage\n"
                + "Good One " + run + ",good." + run + "@example.com,INTERN\n"
                + "Bad Mail " + run + ",nope,INTERN\n"
                + "Again " + run + ",GOOD." + run + "@example.com,INTERN\n"
                + "Old " + run + ",already." + run + "@example.com,EXPERIENCED\n";
        dialog.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.working.isWorking()).as("reading is shown while it runs").isTrue();
        assertThat(dialog.upload.isEnabled()).isFalse();
        awaitWork(dialog.working);

        assertThat(dialog.upload.isEnabled()).isTrue();
        assertThat(dialog.summary.getText()).isEqualTo("4 rows read: 1 can be imported, 3 have problems.");
        var preview = test(dialog.preview);
        assertThat(preview.size()).isEqualTo(4);
        assertThat(dialog.problems(preview.getRow(0))).isEmpty();
        assertThat(dialog.problems(preview.getRow(1))).isEqualTo("E-mail: This value is not valid.");
        assertThat(dialog.problems(preview.getRow(2))).isEqualTo("E-mail: This e-mail appears earlier in the file.");
        assertThat(dialog.problems(preview.getRow(3))).isEqualTo("E-mail: This value is already in use.");
        assertThat(dialog.importButton.isEnabled()).isTrue();

        test(dialog.importButton).click();
        assertThat(dialog.working.isWorking()).as("the import is shown while it runs").isTrue();
        assertThat(dialog.importButton.isEnabled()).as("and cannot be started twice").isFalse();
        awaitWork(dialog.working);

        assertThat(dialog.summary.getText()).isEqualTo("1 candidate imported, 3 rows skipped.");
        assertThat(test(dialog.preview).size()).isEqualTo(3);
        assertThat(candidateService.count(CandidateFilter.all().withText(run))).isEqualTo(2);
        assertThat(dialog.importButton.isEnabled()).isFalse();
    }

    @Test
    void skippedRowsKeepTheReasonsTheirPreviewGave() {
        signIn(staff("Mina", Role.CONSULTANT));
        navigate(CandidateListView.class);
        test($(Button.class).withText("Import CSV").single()).click();
        CandidateImportDialog dialog = $(CandidateImportDialog.class).single();
        dialog.read(("fullName,email,language,careerStage\n"
                + "Lang " + run + ",lang." + run + "@example.com,xx,INTERN\n"
                + "Fine " + run + ",fine." + run + "@example.com,en,INTERN\n").getBytes(StandardCharsets.UTF_8));
        awaitWork(dialog.working);
        String reason = dialog.problems(test(dialog.preview).getRow(0));
        assertThat(reason).isEqualTo("Language: This value is not valid.");

        test(dialog.importButton).click();
        awaitWork(dialog.working);

        assertThat(dialog.summary.getText()).isEqualTo("1 candidate imported, 1 row skipped.");
        assertThat(dialog.problems(test(dialog.preview).getRow(0))).as("the same reason after the import")
                .isEqualTo(reason);
    }

    @Test
    void theUploadSpeaksKoreanOnAKoreanScreen() {
        signIn(staff("Mina", Role.CONSULTANT));
        navigate(CandidateListView.class);
        UI.getCurrent().getSession().setLocale(Locale.KOREAN);
        UI.getCurrent().setLocale(Locale.KOREAN);
        CandidateImportDialog dialog = new CandidateImportDialog(candidateImport, List.of(), () -> { });
        UploadI18N texts = $(Upload.class).from(dialog).single().getI18n();
        assertThat(texts.getAddFiles().getOne()).isEqualTo("파일 선택…");
        assertThat(texts.getDropFiles().getOne()).isEqualTo("여기에 파일을 끌어다 놓으세요");
        assertThat(texts.getError().getIncorrectFileType()).isEqualTo("받을 수 없는 파일 형식입니다.");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAMessage() {
        signIn(staff("Mina", Role.CONSULTANT));
        navigate(CandidateListView.class);
        test($(Button.class).withText("Import CSV").single()).click();
        CandidateImportDialog dialog = $(CandidateImportDialog.class).single();

        dialog.read("fullName,email\nJosé,jose@example.com\n".getBytes(StandardCharsets.ISO_8859_1));
        awaitWork(dialog.working);

        assertThat(dialog.preview.isVisible()).isFalse();
        assertThat(notificationTexts()).anyMatch(text -> text.contains("The file is not UTF-8 text."));
    }
}
