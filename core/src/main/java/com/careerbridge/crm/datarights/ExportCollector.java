package com.careerbridge.crm.datarights;

import java.util.ArrayList;
import java.util.List;

import com.careerbridge.crm.privacy.CandidateDataExported;
import com.careerbridge.crm.privacy.DataTable;
import com.careerbridge.crm.privacy.PersonalDataSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every feature's part in one repeatable-read transaction (a consistent picture even while the candidate ticks
 * items), and records that the data left. Apart from the streaming, so that no database connection waits for a slow
 * download.
 */
@Component
class ExportCollector {

    private final ObjectProvider<PersonalDataSection> sections;
    private final ApplicationEventPublisher events;

    ExportCollector(ObjectProvider<PersonalDataSection> sections, ApplicationEventPublisher events) {
        this.sections = sections;
        this.events = events;
    }

    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public List<DataTable> collect(ExportTicket ticket) {
        List<DataTable> tables = new ArrayList<>();
        sections.orderedStream().forEach(section -> tables.addAll(section.export(ticket.subject(), ticket.scope())));
        events.publishEvent(new CandidateDataExported(ticket.candidateId(), ticket.requestedBy()));
        return tables;
    }
}
