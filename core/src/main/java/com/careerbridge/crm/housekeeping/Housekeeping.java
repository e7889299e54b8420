package com.careerbridge.crm.housekeeping;

import java.time.Clock;
import java.time.Duration;

import com.careerbridge.crm.account.ApiTokenService;
import com.careerbridge.crm.account.PasswordLinks;
import com.careerbridge.crm.sync.Tombstones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One clean-up pass: API tokens a day past their expiry (with stale sign-in failure counters) and sync tombstones
 * older than the retention. Every step is an idempotent {@code delete ... where <older than>}, so two instances running
 * it at the same moment only delete the same rows once between them; no lock is needed.
 */
@Component
public class Housekeeping {

    /** What one pass removed. */
    public record Report(int apiTokens, int passwordLinks, int tombstones) {
    }

    private final ApiTokenService apiTokens;
    private final Tombstones tombstones;
    private final PasswordLinks passwordLinks;
    private final Clock clock;
    private final Duration tombstoneRetention;

    Housekeeping(ApiTokenService apiTokens, PasswordLinks passwordLinks, Tombstones tombstones, Clock clock,
                 // Longer than the API's delta-sync window (90 days): a client may ask that far back and must still
                 // learn what left its lists.
                 @Value("${careerbridge.housekeeping.tombstone-retention:91d}") Duration tombstoneRetention) {
        this.apiTokens = apiTokens;
        this.passwordLinks = passwordLinks;
        this.tombstones = tombstones;
        this.clock = clock;
        this.tombstoneRetention = tombstoneRetention;
    }

    public Report run() {
        int tokens = apiTokens.purgeExpired();
        int links = passwordLinks.purgeExpired();
        int removed = tombstones.purgeOlderThan(clock.instant().minus(tombstoneRetention));
        return new Report(tokens, links, removed);
    }
}
