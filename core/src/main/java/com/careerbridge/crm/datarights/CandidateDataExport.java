package com.careerbridge.crm.datarights;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.CurrentActor;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.privacy.DataSubject;
import com.careerbridge.crm.privacy.DataTable;
import com.careerbridge.crm.privacy.ExportScope;
import com.careerbridge.crm.shared.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * A candidate's data as one ZIP. Who may ask: an administrator, for any candidate (complete copy, staff notes
 * included); the candidate, for themselves only (their own copy, without staff-only notes). Consultants may not: an
 * export is a legal request the consultancy answers centrally, and a consultant already sees their caseload in the
 * product. Another candidate's id is "not found", as everywhere.
 *
 * <p>Use: {@link #authorize} or {@link #authorizeOwn} first (refusals are exceptions the front ends turn into a
 * message before any byte is sent), then {@link #write}.
 */
@Service
public class CandidateDataExport {

    private final CandidateService candidates;
    private final CurrentActor currentActor;
    private final ExportCollector collector;
    private final Clock clock;

    CandidateDataExport(CandidateService candidates, CurrentActor currentActor, ExportCollector collector, Clock clock) {
        this.candidates = candidates;
        this.currentActor = currentActor;
        this.collector = collector;
        this.clock = clock;
    }

    /** Permission to export the given candidate, or a refusal (not found, forbidden). */
    public ExportTicket authorize(long candidateId) {
        Actor actor = currentActor.get();
        if (actor.isCandidate()) {
            Candidate self = candidates.mine();
            if (self.getId() != candidateId) {
                throw CandidateAccess.notFound();
            }
            return ticket(self, ExportScope.OWN, actor);
        }
        Candidate candidate = candidates.get(candidateId);
        if (!actor.isAdmin() || actor.isSystem()) {
            throw new ForbiddenException("admin-only");
        }
        return ticket(candidate, ExportScope.COMPLETE, actor);
    }

    /** Permission for the signed-in candidate to export their own data. */
    public ExportTicket authorizeOwn() {
        Actor actor = currentActor.get();
        return ticket(candidates.mine(), ExportScope.OWN, actor);
    }

    /** Reads everything (recording the export) and streams the ZIP onto {@code target}, which stays open. */
    public void write(ExportTicket ticket, OutputStream target) throws IOException {
        List<DataTable> tables = collector.collect(ticket);
        ExportArchive.write(ticket.candidateId(), ticket.scope(), clock.instant(), tables, target);
    }

    private static ExportTicket ticket(Candidate candidate, ExportScope scope, Actor actor) {
        return new ExportTicket(new DataSubject(candidate.getId(), candidate.getUserId()), scope, actor.userId());
    }
}
