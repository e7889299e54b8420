package com.careerbridge.crm.notification;

import java.time.Clock;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the unsubscribe endpoint calls (GET shows a confirmation page, POST with {@code List-Unsubscribe=One-Click}
 * unsubscribes at once: link scanners follow GETs). Verifies the token and announces the opt-out; who stores it is the
 * candidate feature's business.
 */
@Service
public class Unsubscriptions {

    private final UnsubscribeTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Unsubscriptions(UnsubscribeTokens tokens, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /** @return the candidate who was unsubscribed, or empty when the token is not genuine (nothing happens then) */
    @Transactional
    public OptionalLong unsubscribe(String token) {
        OptionalLong candidateId = tokens.verify(token);
        candidateId.ifPresent(id -> events.publishEvent(new ProgressEmailsUnsubscribed(id, clock.instant())));
        return candidateId;
    }
}
