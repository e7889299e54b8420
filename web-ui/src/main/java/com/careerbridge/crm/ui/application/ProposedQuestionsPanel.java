package com.careerbridge.crm.ui.application;

import java.util.List;
import java.util.Map;

import com.careerbridge.crm.application.InterviewQuestion;
import com.careerbridge.crm.application.JobInterviews;
import com.careerbridge.crm.application.JobInterviews.Proposal;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Questions candidates were asked in real interviews and proposed for a guide, for staff on the guide's page: each can
 * be worded in both languages and taken into the guide's draft (it reaches candidates when the draft is published), or
 * dismissed. Who asked is not shown: the guide library is the whole consultancy's.
 */
public class ProposedQuestionsPanel extends VerticalLayout {

    private final JobInterviews interviews;
    private final long guideId;
    private final Runnable draftChanged;

    /** {@code draftChanged}: the page shows the guide's new or changed draft. */
    public ProposedQuestionsPanel(JobInterviews interviews, long guideId, Runnable draftChanged) {
        this.interviews = interviews;
        this.guideId = guideId;
        this.draftChanged = draftChanged;
        addClassName("proposed-questions");
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        List<Proposal> proposals = UiErrors.attempt(this, Map.of(), () -> interviews.proposals(guideId))
                .orElse(List.of());
        setVisible(!proposals.isEmpty());
        if (proposals.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("proposal.title", proposals.size())),
                new Paragraph(getTranslation("proposal.intro")));
        proposals.forEach(proposal -> add(proposal(proposal)));
    }

    private Div proposal(Proposal proposal) {
        Div box = new Div();
        box.addClassName("proposal");
        Span asked = new Span(proposal.asked());
        asked.getStyle().set("font-weight", "600");
        Span context = new Span(getTranslation("proposal.context", proposal.round(),
                getTranslation("interview.format." + proposal.format().name()),
                Formats.date(proposal.proposedAt().atZone(ViewerTime.zone()).toLocalDate(), getLocale())));
        context.addClassName("muted");
        TextField ko = new TextField(getTranslation("proposal.wording-ko"));
        TextField en = new TextField(getTranslation("proposal.wording-en"));
        for (TextField field : List.of(ko, en)) {
            field.setValue(proposal.asked());
            field.setMaxLength(InterviewQuestion.ASKED_MAX);
            field.setWidthFull();
        }
        Button accept = new Button(getTranslation("proposal.accept"), click -> UiErrors.attempt(this,
                Map.<String, HasValidation>of("ko", ko, "en", en), () -> {
                    interviews.accept(proposal.questionId(), LocalizedText.of(ko.getValue(), en.getValue()));
                    return true;
                }).ifPresent(done -> {
                    UiErrors.success(getTranslation("proposal.accepted"));
                    refresh();
                    draftChanged.run();
                }));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button dismiss = new Button(getTranslation("proposal.dismiss"), click -> UiErrors.attempt(this, Map.of(), () -> {
            interviews.dismiss(proposal.questionId());
            return true;
        }).ifPresent(done -> refresh()));
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(accept, dismiss);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(new Div(asked), new Div(context), ko, en, actions);
        return box;
    }
}
