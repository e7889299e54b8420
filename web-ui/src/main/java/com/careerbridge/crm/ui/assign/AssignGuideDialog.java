package com.careerbridge.crm.ui.assign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.careerbridge.crm.assignment.Assignment;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.assignment.AssignmentService.AssignResult;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.candidate.CandidateSummary;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.careerbridge.crm.ui.common.DatePickers;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider;

/**
 * Gives a guide to one or many candidates, with a due date and a message. Opened from the library (guide fixed,
 * candidates to pick) or from a candidate's page (candidate preselected, guide to pick). Afterwards it says who got it
 * and who already had it.
 */
public class AssignGuideDialog extends Dialog {

    private final AssignmentService assignments;
    private final CandidateService candidates;
    private final ComboBox<GuideSummary> guide = new ComboBox<>();
    private final MultiSelectComboBox<CandidateSummary> candidatePicker = new MultiSelectComboBox<>();
    private final DatePicker dueDate = new DatePicker();
    private final TextArea message = new TextArea();
    private final Div result = new Div();
    private final Consumer<AssignResult> onAssigned;
    private final Button assignButton;

    public AssignGuideDialog(AssignmentService assignments, CandidateService candidates, RoleGuideService guides,
                             Long guideId, List<Long> preselectedCandidateIds, Consumer<AssignResult> onAssigned) {
        this.assignments = assignments;
        this.candidates = candidates;
        this.onAssigned = onAssigned;
        addClassName("assign-guide-dialog");
        setHeaderTitle(getTranslation("assign.title"));
        Language ui = Language.of(getLocale());

        List<GuideSummary> published = guides.library().stream().filter(summary -> summary.publishedVersionId() != null).toList();
        guide.setLabel(getTranslation("assign.guide"));
        guide.setItems(published);
        guide.setItemLabelGenerator(summary -> summary.title(ui));
        guide.setWidthFull();
        published.stream().filter(summary -> guideId != null && summary.guideId() == guideId).findFirst().ifPresent(guide::setValue);
        guide.setReadOnly(guideId != null && guide.getValue() != null);

        candidatePicker.setLabel(getTranslation("assign.candidates"));
        candidatePicker.setPlaceholder(getTranslation("assign.candidates.placeholder"));
        candidatePicker.setItemLabelGenerator(summary -> summary.fullName() + " · " + summary.email());
        // Identity by id: the same candidate fetched twice (preselection, search) is one selection.
        candidatePicker.setItems(new CallbackDataProvider<CandidateSummary, String>(
                query -> candidates.list(CandidateFilter.all().withText(query.getFilter().orElse(null)), CandidateSort.byName(),
                        query.getOffset(), Math.min(query.getLimit(), CandidateService.MAX_PAGE_SIZE)).stream(),
                query -> (int) candidates.count(CandidateFilter.all().withText(query.getFilter().orElse(null))),
                CandidateSummary::id));
        candidatePicker.setWidthFull();
        if (preselectedCandidateIds != null && !preselectedCandidateIds.isEmpty()) {
            candidatePicker.setValue(preselectedCandidateIds.stream().map(this::summaryOf).collect(Collectors.toSet()));
        }

        dueDate.setLabel(getTranslation("assign.due-date"));
        DatePickers.localize(dueDate, getLocale());
        dueDate.setMin(LocalDate.now(ViewerTime.zone()));
        dueDate.setClearButtonVisible(true);
        message.setLabel(getTranslation("assign.message"));
        message.setMaxLength(Assignment.MESSAGE_MAX);
        message.setWidthFull();
        message.setHelperText(getTranslation("assign.message.help"));

        result.addClassName("assign-result");
        result.setVisible(false);
        VerticalLayout body = new VerticalLayout(guide, candidatePicker, dueDate, message, result);
        body.setPadding(false);
        add(body);
        setWidth("min(36rem, 95vw)");

        assignButton = new Button(getTranslation("assign.submit"), click -> assign());
        assignButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("dialog.close"), click -> close()), assignButton);
    }

    /** From the library: the guide is fixed, candidates are picked. */
    public static AssignGuideDialog forGuide(AssignmentService assignments, CandidateService candidates,
                                             RoleGuideService guides, long guideId, Consumer<AssignResult> onAssigned) {
        return new AssignGuideDialog(assignments, candidates, guides, guideId, List.of(), onAssigned);
    }

    /** From a candidate's page: the candidate is preselected (more may be added), the guide is picked. */
    public static AssignGuideDialog forCandidate(AssignmentService assignments, CandidateService candidates,
                                                 RoleGuideService guides, long candidateId, Consumer<AssignResult> onAssigned) {
        return new AssignGuideDialog(assignments, candidates, guides, null, List.of(candidateId), onAssigned);
    }

    private CandidateSummary summaryOf(long candidateId) {
        Candidate candidate = candidates.get(candidateId);
        return candidates.list(CandidateFilter.all().withText(candidate.getEmail().value()), CandidateSort.byName(), 0, 10)
                .stream().filter(summary -> summary.id() == candidateId).findFirst()
                .orElseGet(() -> new CandidateSummary(candidate.getId(), candidate.getFullName(), candidate.getEmail().value(),
                        candidate.getPipelineStatus(), candidate.getCareerStage(), candidate.getConsultantId(), null, null,
                        candidate.getUpdatedAt()));
    }

    /** Assigns with what is entered; the outcome is shown in the dialog. */
    public void assign() {
        if (guide.getValue() == null) {
            guide.setErrorMessage(getTranslation("error.required"));
            guide.setInvalid(true);
            return;
        }
        guide.setInvalid(false);
        if (DatePickers.unreadable(dueDate) != null) {
            return;
        }
        Set<Long> ids = candidatePicker.getValue().stream().map(CandidateSummary::id).collect(Collectors.toSet());
        Map<String, HasValidation> fields = Map.of("candidateIds", candidatePicker, "dueDate", dueDate, "message", message);
        UiErrors.attempt(this, fields, () -> assignments.assign(guide.getValue().guideId(), ids, dueDate.getValue(),
                message.getValue())).ifPresent(this::showResult);
    }

    private void showResult(AssignResult outcome) {
        Map<Long, String> names = candidatePicker.getValue().stream()
                .collect(Collectors.toMap(CandidateSummary::id, CandidateSummary::fullName, (a, b) -> a));
        result.removeAll();
        UnorderedList lines = new UnorderedList();
        if (!outcome.created().isEmpty()) {
            String given = outcome.created().stream().map(Assignment::getCandidateId).map(id -> names.getOrDefault(id, "#" + id))
                    .collect(Collectors.joining(", "));
            lines.add(new ListItem(getTranslation("assign.result.created", outcome.created().size(), given)));
        }
        if (!outcome.alreadyHoldingCandidateIds().isEmpty()) {
            String held = outcome.alreadyHoldingCandidateIds().stream().map(id -> names.getOrDefault(id, "#" + id))
                    .collect(Collectors.joining(", "));
            ListItem item = new ListItem(getTranslation("assign.result.already", outcome.alreadyHoldingCandidateIds().size(), held));
            item.addClassName("already-holding");
            lines.add(item);
        }
        result.add(new Paragraph(getTranslation("assign.result")), lines);
        result.setVisible(true);
        assignButton.setEnabled(false);
        if (!outcome.created().isEmpty()) {
            UiErrors.success(getTranslation("assign.result.toast", outcome.created().size()));
        }
        onAssigned.accept(outcome);
    }

    /** The outcome text shown after assigning (empty before), for tests and screen readers. */
    public String resultText() {
        return result.isVisible() ? result.getElement().getTextRecursively() : "";
    }

    public MultiSelectComboBox<CandidateSummary> candidatePicker() {
        return candidatePicker;
    }

    public ComboBox<GuideSummary> guidePicker() {
        return guide;
    }

    public DatePicker dueDatePicker() {
        return dueDate;
    }

    public TextArea messageField() {
        return message;
    }
}
