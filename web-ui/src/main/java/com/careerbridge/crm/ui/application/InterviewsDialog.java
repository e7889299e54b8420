package com.careerbridge.crm.ui.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.careerbridge.crm.application.InterviewFormat;
import com.careerbridge.crm.application.InterviewPlan;
import com.careerbridge.crm.application.InterviewQuestion;
import com.careerbridge.crm.application.JobApplication;
import com.careerbridge.crm.application.JobInterview;
import com.careerbridge.crm.application.JobInterviews;
import com.careerbridge.crm.application.JobInterviews.ApplicationInterviews;
import com.careerbridge.crm.application.JobInterviews.AskedQuestion;
import com.careerbridge.crm.application.JobInterviews.GuideQuestions;
import com.careerbridge.crm.application.JobInterviews.InterviewWithQuestions;
import com.careerbridge.crm.application.JobInterviews.QuestionEntry;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.common.DatePickers;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.TimePickers;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.careerbridge.crm.ui.session.SessionCalendarView;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * The interviews of one application: each round with its time (in the zone it takes place in), format, who interviews,
 * the candidate's notes and the questions asked — matched to the guide's interview questions or proposed for the
 * guide. One form below adds a round or changes the one chosen with "Edit". Candidate and consultant use the same
 * dialog; core decides what each may do.
 */
class InterviewsDialog extends Dialog {

    final VerticalLayout rounds = new VerticalLayout();
    final H3 formTitle = new H3();
    final DatePicker date = DatePickers.localize(new DatePicker());
    final TimePicker time = TimePickers.localize(new TimePicker());
    final ComboBox<String> zone = new ComboBox<>();
    final Select<InterviewFormat> format = new Select<>();
    final TextField interviewers = new TextField();
    final TextArea notes = new TextArea();
    final Button save = new Button();

    private final JobInterviews interviews;
    private final JobApplication application;
    private final Runnable changed;
    private final Language language;
    private JobInterview editing;

    InterviewsDialog(JobInterviews interviews, JobApplication application, Runnable changed) {
        this.interviews = interviews;
        this.application = application;
        this.changed = changed;
        this.language = Language.of(getLocale());
        setHeaderTitle(getTranslation("interview.title", application.getCompany()));
        addClassName("interviews-dialog");
        setWidth("min(52rem, 100vw)");
        rounds.setPadding(false);
        date.setLabel(getTranslation("interview.field.date"));
        date.setRequiredIndicatorVisible(true);
        time.setLabel(getTranslation("interview.field.time"));
        time.setRequiredIndicatorVisible(true);
        zone.setLabel(getTranslation("interview.field.zone"));
        zone.setItems(SessionCalendarView.zones());
        zone.setAllowCustomValue(false);
        format.setLabel(getTranslation("interview.field.format"));
        format.setItems(InterviewFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("interview.format." + f.name()));
        interviewers.setLabel(getTranslation("interview.field.interviewers"));
        interviewers.setMaxLength(JobInterview.INTERVIEWERS_MAX);
        interviewers.setHelperText(getTranslation("interview.field.interviewers.help"));
        notes.setLabel(getTranslation("interview.field.notes"));
        notes.setMaxLength(JobInterview.NOTES_MAX);
        FormLayout form = new FormLayout(date, time, zone, format, interviewers, notes);
        form.setColspan(interviewers, 2);
        form.setColspan(notes, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(rounds, formTitle, form, save);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        startNew();
        refresh();
    }

    private void refresh() {
        rounds.removeAll();
        // one read (one access check): the rounds and the guide's questions they may be matched to
        ApplicationInterviews read = UiErrors.attempt(this, Map.of(),
                () -> interviews.forApplication(application.getId())).orElse(null);
        List<InterviewWithQuestions> found = read == null ? List.of() : read.interviews();
        GuideQuestions offered = read == null ? null : read.guideQuestions();
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("interview.empty"));
            empty.addClassName("empty-state");
            rounds.add(empty);
        }
        found.forEach(item -> rounds.add(round(item, offered)));
    }

    private Div round(InterviewWithQuestions item, GuideQuestions offered) {
        JobInterview interview = item.interview();
        Div round = new Div();
        round.addClassName("interview-round");
        ZoneId zoneId = interview.getTimeZone();
        H4 heading = new H4(getTranslation("interview.round", interview.getRound(),
                Formats.dateTime(interview.getStartsAt(), zoneId, getLocale()), zoneId.getId(),
                getTranslation("interview.format." + interview.getFormat().name())));
        Button edit = new Button(getTranslation("action.edit"), click -> edit(interview));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("interview.edit-label", interview.getRound()));
        Button remove = new Button(getTranslation("action.remove"), click -> UiErrors.attempt(this, Map.of(), () -> {
            interviews.remove(interview.getId(), interview.getVersion());
            return true;
        }).ifPresent(done -> afterChange()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("interview.remove-label", interview.getRound()));
        round.add(new HorizontalLayout(heading, edit, remove));
        if (!ViewerTime.zone().equals(zoneId)) {
            round.add(new Div(new Span(getTranslation("interview.your-time",
                    Formats.dateTime(interview.getStartsAt(), ViewerTime.zone(), getLocale())))));
        }
        if (interview.getInterviewers() != null) {
            round.add(new Div(new Span(getTranslation("interview.with", interview.getInterviewers()))));
        }
        if (interview.getNotes() != null) {
            Paragraph text = new Paragraph(interview.getNotes());
            text.getStyle().set("white-space", "pre-line");
            round.add(text);
        }
        UnorderedList asked = new UnorderedList();
        item.questions().forEach(question -> asked.add(question(question)));
        round.add(asked, questionForm(interview, offered));
        return round;
    }

    private ListItem question(AskedQuestion asked) {
        InterviewQuestion question = asked.question();
        ListItem item = new ListItem(new Span(question.getAsked()));
        if (asked.matched() != null) {
            Span matched = new Span(getTranslation("interview.question.matched", asked.matched().in(language)));
            matched.addClassName("muted");
            item.add(new Div(matched));
        }
        if (question.getProposal() != null) {
            Span proposal = new Span(getTranslation("interview.question.proposal." + question.getProposal().name()));
            proposal.getElement().getThemeList().add("badge");
            item.add(new Div(proposal));
        }
        Button remove = new Button(getTranslation("action.remove"), click -> UiErrors.attempt(this, Map.of(), () -> {
            interviews.removeQuestion(question.getId());
            return true;
        }).ifPresent(done -> refresh()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("interview.question.remove-label", question.getAsked()));
        item.add(remove);
        return item;
    }

    /** Writes down a question asked in this round. */
    private HorizontalLayout questionForm(JobInterview interview, GuideQuestions offered) {
        TextField asked = new TextField(getTranslation("interview.question.asked"));
        asked.setMaxLength(InterviewQuestion.ASKED_MAX);
        asked.setWidthFull();
        Select<Integer> match = new Select<>();
        match.setLabel(getTranslation("interview.question.match"));
        List<Integer> places = new ArrayList<>();
        places.add(-1);
        if (offered != null) {
            IntStream.range(0, offered.questions().size()).forEach(places::add);
        }
        match.setItems(places);
        match.setValue(-1);
        match.setItemLabelGenerator(place -> place < 0 ? getTranslation("interview.question.no-match")
                : offered.questions().get(place).in(language));
        Checkbox propose = new Checkbox(getTranslation("interview.question.propose"));
        match.addValueChangeListener(change -> propose.setEnabled(change.getValue() == null || change.getValue() < 0));
        Button write = new Button(getTranslation("interview.question.add"), click -> {
            Integer place = match.getValue() == null || match.getValue() < 0 ? null : match.getValue();
            Map<String, HasValidation> fields = Map.of("asked", asked, "guideQuestion", match);
            UiErrors.attempt(this, fields, () -> interviews.ask(interview.getId(),
                    new QuestionEntry(asked.getValue(), place, place == null && propose.getValue())))
                    .ifPresent(written -> refresh());
        });
        HorizontalLayout form = new HorizontalLayout(asked, match, propose, write);
        form.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setWidthFull();
        return form;
    }

    private void startNew() {
        editing = null;
        formTitle.setText(getTranslation("interview.add"));
        save.setText(getTranslation("interview.add"));
        date.clear();
        time.setValue(LocalTime.of(10, 0));
        zone.setValue(ViewerTime.zone().getId());
        format.setValue(InterviewFormat.VIDEO);
        interviewers.clear();
        notes.clear();
    }

    private void edit(JobInterview interview) {
        editing = interview;
        formTitle.setText(getTranslation("interview.edit", interview.getRound()));
        save.setText(getTranslation("action.save"));
        LocalDateTime local = LocalDateTime.ofInstant(interview.getStartsAt(), interview.getTimeZone());
        date.setValue(local.toLocalDate());
        time.setValue(local.toLocalTime());
        if (!SessionCalendarView.zones().contains(interview.getTimeZone().getId())) {
            List<String> zones = new ArrayList<>(SessionCalendarView.zones());
            zones.add(interview.getTimeZone().getId());
            zone.setItems(zones);
        }
        zone.setValue(interview.getTimeZone().getId());
        format.setValue(interview.getFormat());
        interviewers.setValue(interview.getInterviewers() == null ? "" : interview.getInterviewers());
        notes.setValue(interview.getNotes() == null ? "" : interview.getNotes());
        notes.focus();
    }

    private void save() {
        if (DatePickers.unreadable(date) != null) {
            return; // the picker says why, at the field
        }
        LocalDate day = date.getValue();
        InterviewPlan plan = new InterviewPlan(day == null || time.getValue() == null ? null
                : LocalDateTime.of(day, time.getValue()), zone.getValue(), editing == null ? null : editing.getRound(),
                format.getValue(), interviewers.getValue(), notes.getValue());
        Map<String, HasValidation> fields = Map.of("start", date, "timeZone", zone, "format", format,
                "interviewers", interviewers, "notes", notes);
        JobInterview target = editing;
        UiErrors.attempt(this, fields, () -> target == null ? interviews.schedule(application.getId(), plan)
                : interviews.update(target.getId(), target.getVersion(), plan)).ifPresent(saved -> afterChange());
    }

    private void afterChange() {
        startNew();
        refresh();
        changed.run();
    }
}
