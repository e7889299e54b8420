package com.careerbridge.crm.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.EnqueueResult;
import com.careerbridge.crm.notification.MailRecipient;
import com.careerbridge.crm.notification.MailRenderer;
import com.careerbridge.crm.notification.MailTemplate;
import com.careerbridge.crm.notification.OutboundMail;
import com.careerbridge.crm.notification.Outbox;
import com.careerbridge.crm.notification.RenderedMail;
import com.careerbridge.crm.notification.UnsubscribeTokens;
import com.careerbridge.crm.notification.WeeklyDigestMail;
import com.careerbridge.crm.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly progress digest: planned for every candidate who asked for it, on their weekday and local time
 * ({@link #planDue()}, run by the scheduler), previewed and sent on demand by their consultant.
 */
@Service
public class DigestService {

    /** How long after a digest "send now" is refused: a second click would only repeat the same mail. */
    public static final Duration SEND_NOW_PAUSE = Duration.ofMinutes(10);

    /** Consenting candidates read per page when looking for due digests. */
    static final int SCAN_PAGE = 500;
    /** Due candidates whose digests are built together (one set of bulk loads). */
    static final int BUILD_BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    private final CandidateService candidates;
    private final CandidateAccess access;
    private final DigestBuilder builder;
    private final Outbox outbox;
    private final MailRenderer renderer;
    private final UnsubscribeTokens unsubscribeTokens;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final Clock clock;

    DigestService(CandidateService candidates, CandidateAccess access, DigestBuilder builder, Outbox outbox,
                  MailRenderer renderer, UnsubscribeTokens unsubscribeTokens, PlatformTransactionManager transactions,
                  Clock clock) {
        this.candidates = candidates;
        this.access = access;
        this.builder = builder;
        this.outbox = outbox;
        this.renderer = renderer;
        this.unsubscribeTokens = unsubscribeTokens;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Plans this week's digest for every consenting candidate whose weekday and local time have come and who has none
     * for this ISO week yet. Safe to run any number of times and on several instances at once: the outbox key
     * {@code digest:<candidateId>:<isoWeek>} is unique, so a second plan of the same digest changes nothing.
     *
     * @return how many digests were planned by this run
     */
    public int planDue() {
        return SystemWork.call(() -> {
            Instant now = clock.instant();
            int planned = 0;
            long afterId = 0;
            while (true) {
                List<Candidate> page = candidates.withProgressEmailsAfter(afterId, SCAN_PAGE);
                if (page.isEmpty()) {
                    break;
                }
                afterId = page.getLast().getId();
                Map<Long, DigestWeek> due = new LinkedHashMap<>();
                for (Candidate candidate : page) {
                    try {
                        DigestWeek week = DigestWeek.of(now, candidate.getTimeZone(), candidate.getDigestDayOfWeek(),
                                candidate.getDigestLocalTime());
                        if (week.dueAt(now)) {
                            due.put(candidate.getId(), week);
                        }
                    } catch (RuntimeException e) {
                        // A stored zone this JVM does not know must not hold back everyone else's digest.
                        log.warn("Digest schedule of candidate {} cannot be computed: {}", candidate.getId(), e.toString());
                    }
                }
                Set<String> done = outbox.plannedKeys(due.entrySet().stream()
                        .map(e -> e.getValue().key(e.getKey())).toList());
                List<Candidate> owed = page.stream()
                        .filter(c -> due.containsKey(c.getId()) && !done.contains(due.get(c.getId()).key(c.getId())))
                        .toList();
                for (int from = 0; from < owed.size(); from += BUILD_BATCH) {
                    planned += planBatch(owed.subList(from, Math.min(owed.size(), from + BUILD_BATCH)), due, now);
                }
                if (page.size() < SCAN_PAGE) {
                    break;
                }
            }
            if (planned > 0) {
                log.info("Weekly digests planned: {}", planned);
            }
            return planned;
        });
    }

    private int planBatch(List<Candidate> batch, Map<Long, DigestWeek> weeks, Instant now) {
        Map<Long, WeeklyDigestMail> digests;
        try {
            digests = readOnly.execute(status -> builder.build(batch, outbox.latestDue(MailTemplate.WEEKLY_DIGEST,
                    batch.stream().map(Candidate::getId).toList()), now));
        } catch (RuntimeException e) {
            log.warn("Digests of {} candidates could not be built this run; the next run tries again", batch.size(), e);
            return 0;
        }
        int planned = 0;
        for (Candidate candidate : batch) {
            WeeklyDigestMail digest = digests.get(candidate.getId());
            if (digest == null) {
                continue;
            }
            try {
                EnqueueResult result = writing.execute(status -> outbox.enqueue(OutboundMail.now(
                        weeks.get(candidate.getId()).key(candidate.getId()), recipient(candidate), digest, now)));
                if (result != null && !result.duplicate()) {
                    planned++;
                }
            } catch (RuntimeException e) {
                log.warn("Digest of candidate {} could not be planned; the others go on", candidate.getId(), e);
            }
        }
        return planned;
    }

    /** The candidate's next digest as it would look if built now (staff responsible for the candidate only). */
    @Transactional(readOnly = true)
    public DigestPreview preview(long candidateId) {
        Candidate candidate = access.managed(candidateId);
        WeeklyDigestMail digest = buildOne(candidate);
        RenderedMail rendered = renderer.render(digest, candidate.getFullName(),
                candidate.getPreferredLanguage().locale(), candidate.getTimeZone(),
                unsubscribeTokens.link(candidate.getId()));
        return new DigestPreview(candidateId, rendered.subject(), rendered.html(), rendered.text(), digest);
    }

    /**
     * Sends the candidate's digest now, in addition to the weekly one (its key {@code digest-manual:<id>:<millis>} does
     * not take the week's place). Refused for a candidate who has not asked for progress e-mails (the send would be
     * skipped anyway), and within {@link #SEND_NOW_PAUSE} of the last digest (a second click would only repeat it).
     *
     * @return the outbox id of the planned mail
     */
    @Transactional
    public long sendNow(long candidateId) {
        Candidate candidate = access.managed(candidateId);
        if (!candidate.isProgressEmailsEnabled()) {
            throw new ConflictException("conflict.progress-emails-off");
        }
        Instant now = clock.instant();
        Instant latest = outbox.latestDue(MailTemplate.WEEKLY_DIGEST, List.of(candidateId)).get(candidateId);
        if (latest != null && !latest.isAfter(now) && latest.isAfter(now.minus(SEND_NOW_PAUSE))) {
            // a digest went out moments ago (sent now, or the week's): another click would only repeat it
            throw new ConflictException("conflict.digest-just-sent");
        }
        WeeklyDigestMail digest = buildOne(candidate);
        EnqueueResult result = outbox.enqueue(OutboundMail.now("digest-manual:" + candidateId + ":" + now.toEpochMilli(),
                recipient(candidate), digest, now));
        if (result.duplicate()) {
            throw new ConflictException("conflict.digest-just-sent");
        }
        return result.outboxId();
    }

    private WeeklyDigestMail buildOne(Candidate candidate) {
        Instant now = clock.instant();
        Map<Long, Instant> since = outbox.latestDue(MailTemplate.WEEKLY_DIGEST, List.of(candidate.getId()));
        WeeklyDigestMail digest = builder.build(List.of(candidate), since, now).get(candidate.getId());
        if (digest == null) {
            throw new IllegalStateException("The digest of candidate " + candidate.getId() + " could not be built");
        }
        return digest;
    }

    static MailRecipient recipient(Candidate candidate) {
        return MailRecipient.candidate(candidate.getId(), candidate.getEmail().value(), candidate.getFullName(),
                candidate.getPreferredLanguage().locale(), candidate.getTimeZone());
    }
}
