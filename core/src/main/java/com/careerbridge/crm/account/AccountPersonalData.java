package com.careerbridge.crm.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.privacy.CandidateErasing;
import com.careerbridge.crm.privacy.DataSubject;
import com.careerbridge.crm.privacy.DataTable;
import com.careerbridge.crm.privacy.DataTables;
import com.careerbridge.crm.privacy.ExportScope;
import com.careerbridge.crm.privacy.PersonalDataSection;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's login in an export: the facts (address, name, language, state, dates, sign-ins, invitations), never
 * a password or token hash. On erasure the login is anonymised and disabled rather than deleted — other tables refer to
 * it as the author of ticks and reads, and those facts are statistics — every API sign-in is revoked, open invitations
 * are revoked and the failed-sign-in counters that carry the address are dropped.
 */
@Component
@Order(80)
class AccountPersonalData implements PersonalDataSection {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final UserAccountRepository accounts;
    private final ApiTokenStore tokens;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountPersonalData(JdbcTemplate jdbc, UserAccountRepository accounts, ApiTokenStore tokens,
                        PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        if (subject.accountId() == null) {
            return List.of();
        }
        DataTable login = DataTables.single(jdbc, "login", """
                select id, email, display_name, role, locale, enabled, must_change_password, password_changed_at,
                       created_at
                from user_account where id = ?""", subject.accountId());
        DataTable signIns = DataTables.query(jdbc, "apiSignIns", """
                select created_at, revoked_at, revoke_reason from api_token_family where user_id = ? order by created_at, id""",
                subject.accountId());
        DataTable invitations = DataTables.query(jdbc, "invitations", """
                select created_at, expires_at, used_at, revoked_at from invitation where user_id = ? order by created_at, id""",
                subject.accountId());
        return List.of(login, signIns, invitations);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CandidateErasing event) {
        if (event.accountId() == null) {
            return;
        }
        accounts.findById(event.accountId()).filter(account -> account.getRole() == Role.CANDIDATE).ifPresent(account -> {
            String previousEmail = account.getEmail().value();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            account.erase(passwordEncoder.encode(HexFormat.of().formatHex(secret)), now);
            accounts.flush();
            tokens.revokeAllOf(account.getId(), ApiTokenStore.RevokeReason.ERASED, now);
            jdbc.update("update invitation set revoked_at = ? where user_id = ? and used_at is null and revoked_at is null",
                    now.atOffset(ZoneOffset.UTC), account.getId());
            forgetFailedSignIns(previousEmail);
            if (event.email() != null) {
                forgetFailedSignIns(event.email());
            }
        });
    }

    // The throttle keys by address, and by "client-address address" for the pair counter.
    private void forgetFailedSignIns(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        jdbc.update("delete from login_failure where subject = ? or (scope = 'ACCOUNT_ADDRESS' and right(subject, ?) = ?)",
                address, address.length() + 1, " " + address);
    }
}
