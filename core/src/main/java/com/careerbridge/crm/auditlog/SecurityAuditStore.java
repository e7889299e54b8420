package com.careerbridge.crm.auditlog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the security_audit table. Inserts and the erasure scrub are the only writes; there is no delete. */
@Repository
class SecurityAuditStore {

    private final JdbcClient jdbc;

    SecurityAuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewEntry(Instant occurredAt, Long actorId, String actorRole, AuditAction action, AuditOutcome outcome,
                    AuditSubject subjectType, Long subjectId, String clientAddress, String userAgent,
                    AuditDetails details) {
    }

    void insert(NewEntry entry) {
        jdbc.sql("""
                        insert into security_audit (occurred_at, actor_id, actor_role, action, outcome, subject_type,
                                                    subject_id, client_address, user_agent, details)
                        values (:at, :actorId, :actorRole, :action, :outcome, :subjectType, :subjectId, :address,
                                :userAgent, cast(:details as jsonb))
                        """)
                .param("at", Timestamp.from(entry.occurredAt()))
                .param("actorId", entry.actorId())
                .param("actorRole", entry.actorRole())
                .param("action", entry.action().name())
                .param("outcome", entry.outcome().name())
                .param("subjectType", entry.subjectType() == null ? null : entry.subjectType().name())
                .param("subjectId", entry.subjectId())
                .param("address", entry.clientAddress())
                .param("userAgent", entry.userAgent())
                .param("details", entry.details().toJson())
                .update();
    }

    List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        return where.bind(jdbc.sql("select * from security_audit" + where.sql
                        + " order by occurred_at desc, id desc offset :offset limit :limit"))
                .param("offset", offset)
                .param("limit", limit)
                .query(SecurityAuditStore::entry)
                .list();
    }

    long count(AuditFilter filter) {
        Where where = where(filter);
        return where.bind(jdbc.sql("select count(*) from security_audit" + where.sql)).query(Long.class).single();
    }

    /**
     * Removes what could identify an erased person: the addresses and browsers of their own sign-ins and of attempts
     * on their account, and (should one ever slip past {@link AuditDetails}) any details mentioning their data.
     */
    int scrub(Long accountId, List<String> identifyingValues) {
        int changed = 0;
        if (accountId != null) {
            changed += jdbc.sql("""
                            update security_audit set client_address = null, user_agent = null
                            where (actor_id = :account or (subject_type = 'ACCOUNT' and subject_id = :account))
                              and (client_address is not null or user_agent is not null)
                            """)
                    .param("account", accountId)
                    .update();
        }
        for (String value : identifyingValues) {
            if (value != null && value.strip().length() >= 3) {
                changed += jdbc.sql("""
                                update security_audit set details = '{}'::jsonb
                                where strpos(lower(details::text), lower(:value)) > 0
                                   or strpos(lower(coalesce(user_agent, '')), lower(:value)) > 0
                                """)
                        .param("value", value.strip())
                        .update();
            }
        }
        return changed;
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        String subjectType = row.getString("subject_type");
        return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
                row.getObject("actor_id", Long.class), row.getString("actor_role"),
                AuditAction.valueOf(row.getString("action")), AuditOutcome.valueOf(row.getString("outcome")),
                subjectType == null ? null : AuditSubject.valueOf(subjectType), row.getObject("subject_id", Long.class),
                row.getString("client_address"), row.getString("user_agent"), row.getString("details"));
    }

    private static Where where(AuditFilter filter) {
        Where where = new Where();
        if (filter.action() != null) {
            where.add("action = :action", "action", filter.action().name());
        }
        if (filter.outcome() != null) {
            where.add("outcome = :outcome", "outcome", filter.outcome().name());
        }
        if (filter.actorId() != null) {
            where.add("actor_id = :actorId", "actorId", filter.actorId());
        }
        if (filter.candidateId() != null) {
            where.add("subject_type = 'CANDIDATE' and subject_id = :candidateId", "candidateId", filter.candidateId());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from", "from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to", "to", Timestamp.from(filter.to()));
        }
        if (filter.addressPrefix() != null) {
            // LIKE wildcards typed into the filter are taken literally.
            String literal = filter.addressPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.add("client_address like :address", "address", literal + "%");
        }
        return where;
    }

    private static final class Where {
        private String sql = "";
        private final List<Object[]> params = new ArrayList<>();

        void add(String condition, String name, Object value) {
            sql += (sql.isEmpty() ? " where " : " and ") + "(" + condition + ")";
            params.add(new Object[] {name, value});
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            JdbcClient.StatementSpec bound = statement;
            for (Object[] param : params) {
                bound = bound.param((String) param[0], param[1]);
            }
            return bound;
        }
    }
}
