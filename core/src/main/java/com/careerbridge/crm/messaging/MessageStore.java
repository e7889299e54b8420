package com.careerbridge.crm.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.candidate.CandidateVisibility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The messaging tables. Writes and the inbox go through JDBC; a conversation page goes through the entity manager so
 * that the statement count of a page is measured like every other screen's ({@code StatementCountIT}).
 */
@Repository
class MessageStore {

    private static final String MESSAGE_COLUMNS = """
            m.id, m.candidate_id, m.from_candidate, u.display_name, m.author_user_id, m.body, m.reference_kind,
            m.reference_id, m.reference_item_key, m.created_at""";

    private final NamedParameterJdbcTemplate jdbc;

    @PersistenceContext
    private EntityManager entityManager;

    MessageStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(long id, Instant createdAt) {
    }

    /** Stores a message and brings the conversation's summary up to it, in the caller's transaction. */
    Stored insert(long candidateId, Long authorUserId, boolean fromCandidate, String body, MessageReference reference,
                  Instant now) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("candidate", candidateId).addValue("author", authorUserId)
                .addValue("fromCandidate", fromCandidate).addValue("body", body)
                .addValue("kind", reference == null ? null : reference.kind().name())
                .addValue("referenceId", reference == null ? null : reference.id())
                .addValue("itemKey", reference == null ? null : reference.itemKey())
                .addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        Long id = jdbc.queryForObject("""
                insert into message (candidate_id, author_user_id, from_candidate, body, reference_kind, reference_id,
                                     reference_item_key, created_at)
                values (:candidate, :author, :fromCandidate, :body, :kind, :referenceId, :itemKey, :now)
                returning id""", parameters, Long.class);
        parameters.addValue("id", id);
        // Two sends at once both land; the summary keeps the later one whichever transaction writes last.
        jdbc.update("""
                insert into conversation (candidate_id, last_message_id, last_message_at, waiting_for_staff)
                values (:candidate, :id, :now, :fromCandidate)
                on conflict (candidate_id) do update
                set last_message_id = excluded.last_message_id, last_message_at = excluded.last_message_at,
                    waiting_for_staff = excluded.waiting_for_staff
                where conversation.last_message_id < excluded.last_message_id""", parameters);
        return new Stored(id, now);
    }

    /**
     * Moves a participant's read mark forward to {@code upTo}, never past the conversation's last message nor back.
     * Returns the mark now.
     */
    long markRead(long candidateId, long userId, long upTo, Instant now) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("candidate", candidateId).addValue("user", userId).addValue("upTo", upTo)
                .addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        List<Long> mark = jdbc.queryForList("""
                insert into message_read (candidate_id, user_id, last_read_message_id, updated_at)
                select :candidate, :user, least(:upTo, c.last_message_id), :now
                from conversation c where c.candidate_id = :candidate
                on conflict (candidate_id, user_id) do update
                set last_read_message_id = greatest(message_read.last_read_message_id, excluded.last_read_message_id),
                    updated_at = excluded.updated_at
                returning last_read_message_id""", parameters, Long.class);
        return mark.isEmpty() ? 0 : mark.getFirst();
    }

    /** The messages this participant has not read in one conversation (their own never count). */
    long unread(long candidateId, long userId) {
        Long count = jdbc.queryForObject("""
                select count(*) from message m
                where m.candidate_id = :candidate
                  and m.id > coalesce((select r.last_read_message_id from message_read r
                                       where r.candidate_id = :candidate and r.user_id = :user), 0)
                  and m.author_user_id is distinct from :user""",
                new MapSqlParameterSource("candidate", candidateId).addValue("user", userId), Long.class);
        return count == null ? 0 : count;
    }

    /** Messages of one conversation with the viewer's read state beside them: what one read of a conversation needs. */
    record Read(List<ConversationMessage> messages, long lastRead, long unread) {
    }

    /**
     * The viewer's read state (the mark and what is unread after it, their own messages never counting) as one row, and
     * the chosen messages joined to it laterally: one statement whether the conversation has messages or not.
     */
    private static final String READ = """
            select s.last_read, s.unread, p.*
            from (select coalesce(r.last_read_message_id, 0) as last_read,
                         (select count(*) from message x
                          where x.candidate_id = :candidate and x.id > coalesce(r.last_read_message_id, 0)
                            and x.author_user_id is distinct from :viewer) as unread
                  from (select 1) one
                  left join message_read r on r.candidate_id = :candidate and r.user_id = :viewer) s
            left join lateral (select %s
                               from message m left join user_account u on u.id = m.author_user_id
                               where m.candidate_id = :candidate and %s
                               order by m.id %s limit :limit) p on true
            order by p.id %s""";

    /**
     * A page of a conversation, newest first, before a message id (or from the newest), {@code limit + 1} at most, with
     * the viewer's read state. Through the entity manager so that {@code StatementCountIT} counts it like every screen's.
     */
    Read page(long candidateId, Long beforeId, int limit, long viewerUserId) {
        return read(READ.formatted(MESSAGE_COLUMNS, "m.id < :before", "desc", "desc"), candidateId, limit, viewerUserId,
                "before", beforeId == null ? Long.MAX_VALUE : beforeId);
    }

    /** The messages of a conversation written at or after an instant, oldest first, at most {@code limit}, and the state. */
    Read since(long candidateId, Instant since, int limit, long viewerUserId) {
        return read(READ.formatted(MESSAGE_COLUMNS, "m.created_at >= :since", "asc", "asc"), candidateId, limit,
                viewerUserId, "since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
    }

    @SuppressWarnings("unchecked")
    private Read read(String sql, long candidateId, int limit, long viewerUserId, String bound, Object value) {
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter("candidate", candidateId)
                .setParameter("viewer", viewerUserId)
                .setParameter(bound, value)
                .setParameter("limit", limit)
                .getResultList();
        Object[] first = rows.getFirst();
        List<ConversationMessage> messages = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (row[2] != null) {
                messages.add(message(Arrays.copyOfRange(row, 2, row.length), viewerUserId));
            }
        }
        return new Read(messages, ((Number) first[0]).longValue(), ((Number) first[1]).longValue());
    }

    /*
     * Whose unread messages count for a staff member: a consultant reads their own candidates' conversations; an
     * administrator sees every conversation but is the reader of only those of candidates they look after themselves
     * and those they have taken part in (opened or written in, so that they have a read mark) — the consultancy's other
     * conversations are their consultants' to read. Each part is found through its own index (the candidates by
     * consultant, the read marks by person), never by walking every conversation.
     */

    /** The conversations with messages unread for {@code :me}: candidate, name, last message, waiting, read mark. */
    private static final String UNREAD_FOR_ME = """
            select c.candidate_id, k.full_name, c.last_message_at, c.waiting_for_staff,
                   coalesce(r.last_read_message_id, 0) as mark
            from candidate k
            join conversation c on c.candidate_id = k.id
            left join message_read r on r.candidate_id = k.id and r.user_id = :me
            where k.consultant_id = :me and k.erased_at is null
              and c.last_message_id > coalesce(r.last_read_message_id, 0) and /*scope*/ /*waiting*/
            union
            select c.candidate_id, k.full_name, c.last_message_at, c.waiting_for_staff, r.last_read_message_id
            from message_read r
            join conversation c on c.candidate_id = r.candidate_id
            join candidate k on k.id = r.candidate_id
            where r.user_id = :me and k.erased_at is null
              and c.last_message_id > r.last_read_message_id and /*scope*/ /*waiting*/""";

    /**
     * The inbox: first the conversations unread for me, then every other one the actor may see, each part in the same
     * order (waiting for staff, then the newest) — the second part read in that order from its index and cut at the
     * page's end, so that an administrator's first page does not sort the whole consultancy. The unread counts are
     * taken for the page's rows only.
     */
    private static final String INBOX = """
            select p.candidate_id, p.full_name, p.last_message_at, p.waiting_for_staff,
                   case when p.unread_first then
                       (select count(*) from message m
                        where m.candidate_id = p.candidate_id and m.id > p.mark and m.author_user_id is distinct from :me)
                   else 0 end as unread
            from (select u.*, true as unread_first from (""" + UNREAD_FOR_ME + """
                  ) u
                  union all
                  (select c.candidate_id, k.full_name, c.last_message_at, c.waiting_for_staff, 0, false
                   from conversation c
                   join candidate k on k.id = c.candidate_id
                   left join message_read r on r.candidate_id = c.candidate_id and r.user_id = :me
                   where k.erased_at is null and /*scope*/ /*waiting*/
                     and not coalesce((k.consultant_id = :me or r.user_id is not null)
                                      and c.last_message_id > coalesce(r.last_read_message_id, 0), false)
                   order by c.waiting_for_staff desc, c.last_message_at desc, c.candidate_id desc
                   limit :window)) p
            order by p.unread_first desc, p.waiting_for_staff desc, p.last_message_at desc, p.candidate_id desc
            limit :limit offset :offset""";

    /**
     * A consultant's inbox: their own candidates' conversations (a few thousand at most), every one of them theirs to
     * read, sorted whole — cheaper than reading two parts when the candidates are found by consultant first.
     */
    private static final String CONSULTANTS_INBOX = """
            select c.candidate_id, k.full_name, c.last_message_at, c.waiting_for_staff,
                   case when c.last_message_id > coalesce(r.last_read_message_id, 0) then
                       (select count(*) from message m
                        where m.candidate_id = c.candidate_id and m.id > coalesce(r.last_read_message_id, 0)
                          and m.author_user_id is distinct from :me)
                   else 0 end as unread
            from candidate k
            join conversation c on c.candidate_id = k.id
            left join message_read r on r.candidate_id = c.candidate_id and r.user_id = :me
            where k.erased_at is null and k.consultant_id = :me /*waiting*/
            order by (c.last_message_id > coalesce(r.last_read_message_id, 0)) desc, c.waiting_for_staff desc,
                     c.last_message_at desc, c.candidate_id desc
            limit :limit offset :offset""";

    /** One page of the conversations the actor may see, {@code size + 1} rows at most. */
    List<InboxRow> inbox(Actor actor, InboxFilter filter, int page, int size) {
        long offset = (long) page * size;
        MapSqlParameterSource parameters = new MapSqlParameterSource("me", actor.userId())
                .addValue("limit", size + 1).addValue("offset", offset).addValue("window", offset + size + 1);
        String sql = (actor.isConsultant() ? CONSULTANTS_INBOX : INBOX).replace("/*scope*/", CandidateVisibility.sql(actor, "k", parameters::addValue))
                .replace("/*waiting*/", filter == InboxFilter.WAITING_FOR_ME ? "and c.waiting_for_staff" : "");
        return jdbc.query(sql, parameters, (rs, n) -> new InboxRow(rs.getLong(1), rs.getString(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getLong(5), rs.getBoolean(4)));
    }

    /** Every message unread for the actor (see above whose those are), over the conversations they may see. */
    long unreadTotal(Actor actor) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("me", actor.userId());
        Long count = jdbc.queryForObject("select count(*) from (" + UNREAD_FOR_ME.replace("/*scope*/",
                        CandidateVisibility.sql(actor, "k", parameters::addValue)).replace("/*waiting*/", "") + """
                ) u
                join message m on m.candidate_id = u.candidate_id and m.id > u.mark
                where m.author_user_id is distinct from :me""", parameters, Long.class);
        return count == null ? 0 : count;
    }

    private static ConversationMessage message(Object[] row, long viewerUserId) {
        Long author = row[4] == null ? null : ((Number) row[4]).longValue();
        return new ConversationMessage(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                (Boolean) row[2], (String) row[3], author != null && author == viewerUserId, (String) row[5],
                reference((String) row[6], row[7] == null ? null : ((Number) row[7]).longValue(), (String) row[8]),
                instant(row[9]));
    }

    private static ConversationMessage message(ResultSet rs, long viewerUserId) throws SQLException {
        long author = rs.getLong(5);
        boolean hasAuthor = !rs.wasNull();
        long referenceId = rs.getLong(8);
        Long reference = rs.wasNull() ? null : referenceId;
        return new ConversationMessage(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4),
                hasAuthor && author == viewerUserId, rs.getString(6),
                reference(rs.getString(7), reference, rs.getString(9)),
                rs.getObject(10, OffsetDateTime.class).toInstant());
    }

    private static MessageReference reference(String kind, Long id, String itemKey) {
        return kind == null ? null : new MessageReference(MessageReference.Kind.valueOf(kind), id, itemKey);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            case java.time.ZonedDateTime zoned -> zoned.toInstant();
            default -> throw new IllegalStateException("Unexpected time " + value.getClass());
        };
    }
}
