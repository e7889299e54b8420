package com.careerbridge.crm.ui.login;

import java.util.Locale;

import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the login view says when the sign-in throttle sent the browser back (security/WebLoginThrottleFilter). */
class LoginViewIT extends GuideUiTestSupport {

    @Test
    void aThrottledSignInIsToldHowManyMinutesToWait() {
        navigate("login?throttled=4", LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Too many failed sign-ins").contains("try again in 4 minute");
    }

    @Test
    void inKoreanToo() {
        UI.getCurrent().getSession().setLocale(Locale.KOREAN);
        UI.getCurrent().setLocale(Locale.KOREAN);
        navigate("login?throttled=2", LoginView.class);

        assertThat(texts($(LoginForm.class).single())).contains("2분 후에 다시 시도해 주세요");
    }

    @Test
    void aWrongPasswordKeepsTheUsualMessage() {
        navigate("login?error", LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Sign-in failed").doesNotContain("Too many");
    }

    // the texts the web component shows, as the server sent them to the browser
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
