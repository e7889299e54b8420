package com.careerbridge.crm.ui.candidate;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The candidate page's "Notes" tab: the consultant's private notes. Someone else's newer save is shown as a conflict
 * above the field, which keeps what was typed.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class NotesTab extends VerticalLayout {

    final TextArea notes = new TextArea();
    final Div conflict = new Div();
    private final CandidateService candidates;
    private Supplier<Candidate> current = () -> null;
    private Consumer<Candidate> saved = candidate -> { };

    NotesTab(CandidateService candidates) {
        this.candidates = candidates;
    }

    /** {@code current}: the candidate as last read or saved on the page; {@code saved}: gets the record after a save. */
    void bind(Supplier<Candidate> current, Consumer<Candidate> saved) {
        this.current = current;
        this.saved = saved;
    }

    void show(Candidate candidate) {
        removeAll();
        notes.setLabel(getTranslation("candidate.notes.label"));
        notes.setHelperText(getTranslation("candidate.notes.help"));
        notes.setMaxLength(Candidate.NOTES_MAX);
        notes.setWidthFull();
        notes.setMinHeight("12rem");
        notes.setValue(candidate.getStaffNotes() == null ? "" : candidate.getStaffNotes());
        conflict.addClassName("form-conflict");
        conflict.setVisible(false);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(conflict, notes, save);
    }

    void save() {
        String text = notes.getValue();
        notes.setInvalid(false);
        Candidate candidate = current.get();
        try {
            candidates.replaceStaffNotes(candidate.getId(), candidate.getVersion(), text);
            Candidate reloaded = candidates.get(candidate.getId());
            conflict.setVisible(false);
            UiErrors.success(getTranslation("candidate.notes.saved"));
            saved.accept(reloaded);
        } catch (InvalidValueException | ConflictException | NotFoundException | OptimisticLockingFailureException e) {
            conflict.setText(getTranslation(ConflictException.STALE));
            conflict.setVisible(UiErrors.isStaleEdit(e));
            UiErrors.show(this, e, Map.of("staffNotes", notes));
        }
    }
}
