package com.careerbridge.crm.datarights;

import com.careerbridge.crm.privacy.DataSubject;
import com.careerbridge.crm.privacy.ExportScope;

/**
 * Permission, already checked, to export one candidate's data in one scope. Only {@link CandidateDataExport} issues
 * them, so a front end can check first (and answer a refusal properly) and stream afterwards.
 */
public final class ExportTicket {

    private final DataSubject subject;
    private final ExportScope scope;
    private final long requestedBy;

    ExportTicket(DataSubject subject, ExportScope scope, long requestedBy) {
        this.subject = subject;
        this.scope = scope;
        this.requestedBy = requestedBy;
    }

    public long candidateId() {
        return subject.candidateId();
    }

    public ExportScope scope() {
        return scope;
    }

    DataSubject subject() {
        return subject;
    }

    long requestedBy() {
        return requestedBy;
    }

    /** {@code candidate-123-data.zip}: no name in it, the file may end up in shared download folders. */
    public String fileName() {
        return "candidate-" + subject.candidateId() + "-data.zip";
    }
}
