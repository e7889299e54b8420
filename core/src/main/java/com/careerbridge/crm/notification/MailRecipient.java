package com.careerbridge.crm.notification;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Who a message goes to, as the caller knows them when it is planned. The address may be missing or malformed (the
 * message is then skipped with a reason when its turn comes, rather than failing the caller's change).
 *
 * @param kind         whose id this is (a candidate or a user account)
 * @param id           the candidate's or the account's id
 * @param emailAddress where to send it; may be {@code null}
 * @param displayName  how to address the person in the mail
 * @param locale       the language of the mail; Korean for {@code ko}, English for everything else
 * @param timeZone     the zone in which dates and times are shown to this person
 */
public record MailRecipient(RecipientKind kind, long id, String emailAddress, String displayName, Locale locale,
                            ZoneId timeZone) {

    public MailRecipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(timeZone, "timeZone");
    }

    public static MailRecipient candidate(long candidateId, String emailAddress, String displayName, Locale locale,
                                          ZoneId timeZone) {
        return new MailRecipient(RecipientKind.CANDIDATE, candidateId, emailAddress, displayName, locale, timeZone);
    }

    public static MailRecipient user(long userId, String emailAddress, String displayName, Locale locale,
                                     ZoneId timeZone) {
        return new MailRecipient(RecipientKind.USER, userId, emailAddress, displayName, locale, timeZone);
    }

    @Override
    public String toString() {
        // Never the address or the name: recipients end up in log lines.
        return "MailRecipient[" + kind + " " + id + "]";
    }
}
