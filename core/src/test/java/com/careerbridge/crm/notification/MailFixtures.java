package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** Sample settings, recipients and models shared by the notification tests. */
final class MailFixtures {

    /** The consultancy's name in the notification tests, the same in both languages. */
    static final String CONSULTANCY = "CareerBridge Coaching";
    static final String BASE_URL = "https://crm.careerbridge.test";
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** Monday 30 November 2026, 15:00 in Seoul. */
    static final Instant SESSION_START = Instant.parse("2026-11-30T06:00:00Z");

    private MailFixtures() {
    }

    static MailSettings settings() {
        return new MailSettings("no-reply@careerbridge.test", null, URI.create(BASE_URL), null, null,
                new MailSettings.Dispatch(false, Duration.ofSeconds(5), 1, 50, Duration.ofMinutes(10),
                        Duration.ofSeconds(60), 8, Duration.ofMinutes(1), Duration.ofHours(2)));
    }

    /** The brand of the notification tests: {@link #CONSULTANCY} in both languages, no logo. */
    static com.careerbridge.crm.branding.Brand brand() {
        return new com.careerbridge.crm.branding.Brand(
                com.careerbridge.crm.shared.LocalizedText.of(CONSULTANCY, CONSULTANCY), null, 1);
    }

    static MailRecipient koreanCandidate(long id, String address) {
        return MailRecipient.candidate(id, address, "박서연", Locale.KOREAN, SEOUL);
    }

    static MailRecipient englishCandidate(long id, String address) {
        return MailRecipient.candidate(id, address, "Jane Doe", Locale.ENGLISH, SEOUL);
    }

    static SessionReminderMail reminder() {
        return new SessionReminderMail("김민지", SESSION_START, 60, "강남 오피스 3층", URI.create(BASE_URL + "/portal/sessions/42"));
    }

    /** One model per template: adding a template without a sample here does not compile. */
    static MailModel sampleOf(MailTemplate template) {
        URI link = URI.create(BASE_URL + "/portal/sessions/42");
        return switch (template) {
            case INVITATION -> new InvitationMail("김민지", URI.create(BASE_URL + "/set-password?token=inv-123"),
                    SESSION_START.plus(Duration.ofDays(7)));
            case PASSWORD_RESET -> new PasswordResetMail(URI.create(BASE_URL + "/reset-password?token=rst-456"),
                    SESSION_START.plus(Duration.ofHours(1)));
            case SESSION_REMINDER -> reminder();
            case SESSION_SCHEDULED -> new SessionScheduledMail("김민지", SESSION_START, 60, "강남 상담실 2", link,
                    new CalendarInvitation("session-7@crm.careerbridge.test", 0, false, SESSION_START,
                            SESSION_START.plus(Duration.ofHours(1)), "강남 상담실 2", link));
            case SESSION_MOVED -> new SessionMovedMail("김민지", SESSION_START, SESSION_START.plus(Duration.ofDays(1)),
                    90, null, link, null);
            case SESSION_CANCELLED -> new SessionCancelledMail("김민지", SESSION_START, "컨설턴트 개인 사정",
                    URI.create(BASE_URL + "/portal/sessions"), null);
            case BOOKING_NOTICE -> new BookingNoticeMail("김민지", "moved", SESSION_START.plus(Duration.ofDays(1)),
                    SESSION_START, 60, "모의 면접 — 어카운트 매니저", "고객 갈등 사례 질문을 연습하고 싶어요.",
                    URI.create(BASE_URL + "/candidates/7"),
                    new CalendarInvitation("session-7@crm.careerbridge.test", 2, false, SESSION_START.plus(Duration.ofDays(1)),
                            SESSION_START.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)), null, link));
            case MESSAGE_NOTICE -> new MessageNoticeMail(java.util.List.of("김민지"), false,
                    URI.create(BASE_URL + "/candidates/7"));
            case OFFER_NEWS -> new OfferNewsMail("김민지", "Hanbit Medical", "Account Manager", true,
                    URI.create(BASE_URL + "/candidates/7"));
            case WEEKLY_DIGEST -> new WeeklyDigestMail(SESSION_START.minus(Duration.ofDays(7)), SESSION_START,
                    java.util.List.of(new WeeklyDigestMail.RoleProgress("Sales Analyst", 42, 58)),
                    java.util.List.of("Account Manager"),
                    java.util.List.of("Rewrite the CV summary"),
                    java.util.List.of(new WeeklyDigestMail.DueItem("Mock interview prep", SESSION_START.plus(Duration.ofDays(3)))),
                    java.util.List.of(new WeeklyDigestMail.DueItem("LinkedIn profile", SESSION_START.minus(Duration.ofDays(2)))),
                    java.util.List.of(new WeeklyDigestMail.UpcomingSession(SESSION_START.plus(Duration.ofDays(2)), 60, "김민지", null)),
                    "Great progress on the CV.", "김민지", SESSION_START.minus(Duration.ofDays(1)), false,
                    URI.create(BASE_URL + "/portal"),
                    java.util.List.of(new WeeklyDigestMail.ApplicationMove("Hanbit Medical", "Account Manager",
                            "OFFER")),
                    java.util.List.of(new WeeklyDigestMail.UpcomingInterview(SESSION_START.plus(Duration.ofDays(1)), 2,
                            "Daehan Pharma", "ON_SITE")));
        };
    }
}
