package com.careerbridge.crm.notification;

import java.util.ArrayList;
import java.util.List;

import com.careerbridge.crm.privacy.CandidateErasing;
import com.careerbridge.crm.privacy.DataSubject;
import com.careerbridge.crm.privacy.DataTable;
import com.careerbridge.crm.privacy.DataTables;
import com.careerbridge.crm.privacy.ExportScope;
import com.careerbridge.crm.privacy.PersonalDataSection;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails to the candidate (as a candidate and through their login) in an export: when, which kind, to which address,
 * the subject and what became of each — not the bodies, which are our templates around data the export already has.
 * On erasure whatever is still to be sent to them is withdrawn and every copy of their address, name and message
 * content is wiped ({@link Outbox#forgetRecipient}); mail to others that mentions them (a consultant's copy, say) loses
 * its content too, and is not sent if it was still waiting.
 */
@Component
@Order(70)
class OutboxPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;

    OutboxPersonalData(JdbcTemplate jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        return List.of(DataTables.query(jdbc, "emails", """
                select created_at, due_at, sent_at, template, status, recipient_address, locale, subject
                from mail_outbox
                where (recipient_kind = 'CANDIDATE' and recipient_id = ?) or (recipient_kind = 'USER' and recipient_id = ?)
                order by created_at, id""", subject.candidateId(), subject.accountId() == null ? -1 : subject.accountId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CandidateErasing event) {
        outbox.forgetRecipient(RecipientKind.CANDIDATE, event.candidateId());
        if (event.accountId() != null) {
            outbox.forgetRecipient(RecipientKind.USER, event.accountId());
        }
        List<String> identifiers = new ArrayList<>();
        for (String identifier : new String[] {event.fullName(), event.email(), event.phone()}) {
            if (identifier != null && !identifier.isBlank()) {
                identifiers.add(identifier.toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (String identifier : identifiers) {
            String mentions = """
                    (strpos(lower(coalesce(subject, '')), ?) > 0 or strpos(lower(coalesce(body_text, '')), ?) > 0
                     or strpos(lower(coalesce(body_html, '')), ?) > 0 or strpos(lower(model::text), ?) > 0
                     or strpos(lower(coalesce(recipient_name, '')), ?) > 0
                     or strpos(lower(coalesce(recipient_address, '')), ?) > 0)""";
            Object[] args = {identifier, identifier, identifier, identifier, identifier, identifier};
            jdbc.update("update mail_outbox set status = 'SKIPPED', last_error = 'subject-erased' "
                    + "where status in ('PENDING', 'FAILED') and " + mentions, args);
            Object[] withAddress = new Object[args.length + 1];
            withAddress[0] = identifier;
            System.arraycopy(args, 0, withAddress, 1, args.length);
            jdbc.update("update mail_outbox set model = '{}'::jsonb, subject = null, body_html = null, body_text = null, "
                    + "recipient_name = null, recipient_address = case when strpos(lower(coalesce(recipient_address, '')), ?) > 0 "
                    + "then null else recipient_address end where status <> 'SENDING' and " + mentions, withAddress);
        }
    }
}
