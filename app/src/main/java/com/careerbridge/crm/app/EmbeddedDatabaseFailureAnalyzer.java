package com.careerbridge.crm.app;

import com.careerbridge.crm.shared.database.EmbeddedDatabaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The embedded PostgreSQL could not start: its exception already says why and what to do. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
        return new FailureAnalysis("The embedded PostgreSQL could not be started.", cause.getMessage(), cause);
    }
}
