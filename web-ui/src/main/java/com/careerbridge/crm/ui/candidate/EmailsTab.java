package com.careerbridge.crm.ui.candidate;

import java.util.function.Consumer;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.digest.CandidateMails;
import com.careerbridge.crm.digest.DigestService;
import com.careerbridge.crm.ui.mail.CandidateEmailsPanel;
import com.careerbridge.crm.ui.preferences.EmailPreferencesPanel;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The candidate page's "E-mails" tab: the candidate's progress e-mail settings (the panel the portal uses too) and the
 * digest preview, sending and sent mail (its list is paged by its own query).
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class EmailsTab extends VerticalLayout {

    private final CandidateService candidates;
    private final DigestService digests;
    private final CandidateMails mails;
    private Consumer<Candidate> saved = candidate -> { };

    EmailsTab(CandidateService candidates, DigestService digests, CandidateMails mails) {
        this.candidates = candidates;
        this.digests = digests;
        this.mails = mails;
        setPadding(false);
    }

    /** {@code saved}: gets the record after the settings were stored. */
    void bind(Consumer<Candidate> saved) {
        this.saved = saved;
    }

    void show(Candidate candidate) {
        removeAll();
        add(new EmailPreferencesPanel(candidates, candidate, record -> saved.accept(record)),
                new CandidateEmailsPanel(digests, mails, candidate.getId()));
    }
}
