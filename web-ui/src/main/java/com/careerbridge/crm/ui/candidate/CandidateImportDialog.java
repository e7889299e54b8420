package com.careerbridge.crm.ui.candidate;

import java.util.List;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.CandidateImport;
import com.careerbridge.crm.candidate.CandidateImport.Row;
import com.careerbridge.crm.shared.InvalidValueException.FieldViolation;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.UploadTexts;
import com.careerbridge.crm.ui.common.WorkIndicator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Upload a CSV file, see each row with what is wrong with it, then import the good rows in one go. Nothing is saved
 * before the user confirms; what was left out is listed with the reasons.
 */
public class CandidateImportDialog extends Dialog {

    private final CandidateImport candidateImport;
    private final Runnable onImported;
    final Upload upload;
    final Grid<Row> preview = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Div result = new Div();
    final Button importButton = new Button();
    final WorkIndicator working = new WorkIndicator();
    final ComboBox<UserAccount> consultant = new ComboBox<>();
    private CandidateImport.Preview current;

    public CandidateImportDialog(CandidateImport candidateImport, List<UserAccount> consultants, Runnable onImported) {
        this.candidateImport = candidateImport;
        this.onImported = onImported;
        addClassName("candidate-import-dialog");
        setHeaderTitle(getTranslation("candidate.import.title"));
        setWidth("min(64rem, 100vw)");

        Paragraph help = new Paragraph(getTranslation("candidate.import.help", String.join(",", CandidateImport.COLUMNS)));
        help.addClassName("help-text");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> read(bytes)))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(CandidateImport.MAX_BYTES);
        upload.setMaxFiles(1);
        UploadTexts.localize(upload);

        consultant.setLabel(getTranslation("candidate.import.consultant"));
        consultant.setItems(consultants);
        consultant.setItemLabelGenerator(UserAccount::getDisplayName);
        consultant.setClearButtonVisible(true);
        consultant.setVisible(!consultants.isEmpty());

        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setEmptyStateText(getTranslation("candidate.import.no-rows"));
        preview.addColumn(Row::line).setHeader(getTranslation("candidate.import.line")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(row -> row.form().fullName()).setHeader(getTranslation("field.fullName"));
        preview.addColumn(row -> row.form().email()).setHeader(getTranslation("field.email"));
        // a long list of reasons is cut off in its cell: the whole text is the cell's tooltip
        preview.addColumn(this::problems).setHeader(getTranslation("candidate.import.problems")).setFlexGrow(2)
                .setTooltipGenerator(this::problems);
        preview.setPartNameGenerator(row -> row.valid() ? null : "import-row-invalid");
        preview.setAllRowsVisible(true);
        preview.setVisible(false);

        importButton.setText(getTranslation("candidate.import.confirm"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setDisableOnClick(true);
        importButton.addClickListener(click -> importValid());
        result.addClassName("import-result");

        add(help, upload, consultant, working, summary, preview, result);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), importButton);
    }

    /** Reads an uploaded file into the preview (package-visible so tests can hand in bytes as the upload would). */
    void read(byte[] bytes) {
        result.removeAll();
        current = null;
        preview.setVisible(false);
        summary.setText("");
        importButton.setEnabled(false);
        working.run(upload, getTranslation("candidate.import.reading"), () -> candidateImport.preview(bytes), found -> {
            current = found;
            preview.setItems(found.rows());
            preview.setVisible(true);
            summary.setText(getTranslation("candidate.import.summary", found.rows().size(), found.validRows().size(),
                    found.invalidRows().size()));
            importButton.setEnabled(!found.validRows().isEmpty());
        });
    }

    void importValid() {
        if (current == null) {
            return;
        }
        Long consultantId = consultant.getValue() == null ? null : consultant.getValue().getId();
        CandidateImport.Preview confirmed = current;
        working.run(importButton, getTranslation("candidate.import.working"),
                () -> candidateImport.importRows(confirmed, consultantId), done -> {
                    current = null;
                    importButton.setEnabled(false);
                    preview.setItems(done.skipped());
                    preview.setVisible(!done.skipped().isEmpty());
                    summary.setText(getTranslation("candidate.import.done", done.imported(), done.skipped().size()));
                    UiErrors.success(getTranslation("candidate.import.done", done.imported(), done.skipped().size()));
                    onImported.run();
                });
    }

    String problems(Row row) {
        return row.errors().stream().map(this::describe).collect(Collectors.joining("; "));
    }

    private String describe(FieldViolation violation) {
        return getTranslation("field." + violation.field()) + ": " + getTranslation("error." + violation.reason());
    }
}
