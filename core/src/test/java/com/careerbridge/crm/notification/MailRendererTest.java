package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;

import com.careerbridge.crm.branding.Brand;
import com.careerbridge.crm.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.careerbridge.crm.notification.MailFixtures.CONSULTANCY;
import static com.careerbridge.crm.notification.MailFixtures.SEOUL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailRendererTest {

    private static final URI UNSUBSCRIBE = URI.create("https://crm.careerbridge.test/unsubscribe?token=7.abc");

    private final MailRenderer renderer = new MailRenderer(MailFixtures.settings(), com.careerbridge.crm.shared.Office.DEFAULT,
            MailFixtures::brand);

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void every_template_renders_in_korean_and_english_with_subject_footer_and_both_bodies(MailTemplate template) {
        MailModel model = MailFixtures.sampleOf(template);
        for (Locale locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            RenderedMail mail = renderer.render(model, "박서연", locale, SEOUL, UNSUBSCRIBE);

            assertThat(mail.subject()).startsWith("[" + CONSULTANCY + "] ").doesNotContain("\n").doesNotContain("${");
            assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("박서연").contains(CONSULTANCY)
                    .contains(UNSUBSCRIBE.toString()).doesNotContainPattern("\\sth:").doesNotContain("${");
            assertThat(mail.text()).contains("박서연").contains(CONSULTANCY).contains(UNSUBSCRIBE.toString())
                    .doesNotContain("[(").doesNotContain("${").doesNotContain("\n\n\n").doesNotStartWith("Subject:");
        }
        RenderedMail korean = renderer.render(model, "박서연", Locale.KOREAN, SEOUL, UNSUBSCRIBE);
        RenderedMail english = renderer.render(model, "박서연", Locale.ENGLISH, SEOUL, UNSUBSCRIBE);
        assertThat(korean.subject()).isNotEqualTo(english.subject());
        assertThat(korean.text()).contains("안녕하세요, 박서연님.").contains("이 메일은 " + CONSULTANCY + "에서 보냈습니다.");
        assertThat(english.text()).contains("Hello 박서연,").contains("This e-mail was sent by " + CONSULTANCY + ".");
    }

    @Test
    void the_digest_words_application_stages_and_interview_formats_in_the_readers_language() {
        MailModel digest = MailFixtures.sampleOf(MailTemplate.WEEKLY_DIGEST);
        RenderedMail english = renderer.render(digest, "Jane Doe", Locale.ENGLISH, SEOUL, null);
        RenderedMail korean = renderer.render(digest, "박서연", Locale.KOREAN, SEOUL, null);

        assertThat(english.text()).contains("JOB APPLICATIONS THAT MOVED", "- Hanbit Medical, Account Manager: offer received",
                "Daehan Pharma, round 2, on site");
        assertThat(english.html()).contains("offer received").contains("on site").doesNotContain("ON_SITE");
        assertThat(korean.text()).contains("- Hanbit Medical, Account Manager: 오퍼 받음", "Daehan Pharma 2차, 대면");
        assertThat(korean.html()).contains("오퍼 받음").doesNotContain("OFFER<");
    }

    @Test
    void session_reminder_shows_the_start_in_the_readers_language_and_zone() {
        RenderedMail korean = renderer.render(MailFixtures.reminder(), "박서연", Locale.KOREAN, SEOUL, null);
        RenderedMail english = renderer.render(MailFixtures.reminder(), "Jane Doe", Locale.ENGLISH, SEOUL, null);

        assertThat(korean.subject()).isEqualTo("[" + CONSULTANCY + "] 코칭 세션 알림: 2026년 11월 30일 (월) 오후 3:00");
        assertThat(korean.text()).contains("일시: 2026년 11월 30일 (월) 오후 3:00").contains("소요 시간: 60분")
                .contains("장소: 강남 오피스 3층").contains("김민지 컨설턴트와의 코칭 세션이 곧 시작됩니다.")
                .contains("세션 보기: https://crm.careerbridge.test/portal/sessions/42");
        assertThat(korean.html()).contains("2026년 11월 30일 (월) 오후 3:00")
                .contains("href=\"https://crm.careerbridge.test/portal/sessions/42\"");
        assertThat(english.subject())
                .isEqualTo("[" + CONSULTANCY + "] Reminder: coaching session on Mon, 30 Nov 2026, 3:00 PM KST");
        assertThat(english.text()).contains("When: Mon, 30 Nov 2026, 3:00 PM KST").contains("Duration: 60 minutes")
                .contains("Hello Jane Doe,");

        RenderedMail newYork = renderer.render(MailFixtures.reminder(), "Jane Doe", Locale.ENGLISH,
                ZoneId.of("America/New_York"), null);
        assertThat(newYork.text()).contains("When: Mon, 30 Nov 2026, 1:00 AM EST");
    }

    @Test
    void without_an_unsubscribe_link_the_footer_offers_none_and_optional_parts_disappear() {
        SessionMovedMail moved = (SessionMovedMail) MailFixtures.sampleOf(MailTemplate.SESSION_MOVED);
        RenderedMail mail = renderer.render(moved, null, Locale.KOREAN, SEOUL, null);

        assertThat(mail.text()).startsWith("안녕하세요.").doesNotContain("수신 거부").doesNotContain("장소:")
                .contains("변경 전: 2026년 11월 30일 (월) 오후 3:00").contains("변경 후: 2026년 12월 1일 (화) 오후 3:00");
        assertThat(mail.html()).doesNotContain("수신 거부").doesNotContain("장소");
    }

    @Test
    void names_from_users_are_escaped_in_html_and_left_readable_in_text() {
        RenderedMail mail = renderer.render(MailFixtures.reminder(), "<b>Kim</b> & Co", Locale.ENGLISH, SEOUL, null);

        assertThat(mail.html()).contains("&lt;b&gt;Kim&lt;/b&gt; &amp; Co").doesNotContain("<b>Kim</b>");
        assertThat(mail.text()).contains("Hello <b>Kim</b> & Co,");
    }

    @Test
    void other_languages_read_english() {
        RenderedMail mail = renderer.render(MailFixtures.reminder(), "Jean", Locale.FRENCH, SEOUL, null);

        assertThat(mail.subject()).contains("Reminder: coaching session");
    }

    @Test
    void a_missing_template_is_an_error_not_an_empty_mail() {
        assertThatThrownBy(() -> renderer.render("no-such-mail", MailFixtures.reminder(), "Jane", Locale.ENGLISH,
                SEOUL, null)).isInstanceOf(RuntimeException.class).hasMessageContaining("no-such-mail");
    }

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void every_mail_names_the_consultancy_as_branded_in_its_language_and_shows_the_logo_in_html_only(MailTemplate template) {
        Brand brand = new Brand(LocalizedText.of("브릿지 커리어 컨설팅", "Bridge Career Consulting"), "image/png", 7);
        MailRenderer branded = new MailRenderer(MailFixtures.settings(), com.careerbridge.crm.shared.Office.DEFAULT,
                () -> brand);
        MailModel model = MailFixtures.sampleOf(template);

        RenderedMail korean = branded.render(model, "박서연", Locale.KOREAN, SEOUL, UNSUBSCRIBE);
        RenderedMail english = branded.render(model, "Jane Doe", Locale.ENGLISH, SEOUL, UNSUBSCRIBE);

        String logo = "<img src=\"" + MailFixtures.BASE_URL + "/api/v1/brand/logo?v=7\" alt=\"";
        assertThat(korean.subject()).startsWith("[브릿지 커리어 컨설팅] ");
        assertThat(korean.senderName()).isEqualTo("브릿지 커리어 컨설팅");
        assertThat(korean.html()).contains(logo + "브릿지 커리어 컨설팅\" height=\"40\"")
                .contains("이 메일은 <span>브릿지 커리어 컨설팅</span>에서 보냈습니다.")
                .doesNotContain("CareerBridge");
        assertThat(korean.text()).contains("이 메일은 브릿지 커리어 컨설팅에서 보냈습니다.").doesNotContain("<img")
                .doesNotContain("/api/v1/brand/logo");
        assertThat(english.subject()).startsWith("[Bridge Career Consulting] ");
        assertThat(english.senderName()).isEqualTo("Bridge Career Consulting");
        assertThat(english.html()).contains(logo + "Bridge Career Consulting\" height=\"40\"")
                .doesNotContain("CareerBridge");
        assertThat(english.text()).contains("This e-mail was sent by Bridge Career Consulting.").doesNotContain("<img");
    }

    @Test
    void without_a_logo_no_image_is_shown() {
        RenderedMail mail = renderer.render(MailFixtures.reminder(), "Jane Doe", Locale.ENGLISH, SEOUL, null);

        assertThat(mail.html()).doesNotContain("<img").doesNotContain("/api/v1/brand/logo");
        assertThat(mail.senderName()).isEqualTo(CONSULTANCY);
    }

    @Test
    void a_name_with_markup_is_escaped_in_the_alternative_text() {
        Brand brand = new Brand(LocalizedText.of("\"><script>x</script>", "A \"B\" & C"), "image/jpeg", 3);
        MailRenderer branded = new MailRenderer(MailFixtures.settings(), com.careerbridge.crm.shared.Office.DEFAULT,
                () -> brand);

        RenderedMail mail = branded.render(MailFixtures.reminder(), "Jane Doe", Locale.ENGLISH, SEOUL, null);

        assertThat(mail.html()).contains("alt=\"A &quot;B&quot; &amp; C\"").doesNotContain("<script>");
    }
}
