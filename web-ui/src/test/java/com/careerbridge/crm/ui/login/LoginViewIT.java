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
        assertThat(form.getI18n().getErrorMessage().getTitle()).isEqualTo("Too many failed sign-ins");
        assertThat(form.getI18n().getErrorMessage().getMessage()).contains("4 minute");
    }

    @Test
    void inKoreanToo() {
        UI.getCurrent().getSession().setLocale(Locale.KOREAN);
        UI.getCurrent().setLocale(Locale.KOREAN);
        navigate("login?throttled=2", LoginView.class);

        assertThat($(LoginForm.class).single().getI18n().getErrorMessage().getMessage()).contains("2분 후에");
    }

    @Test
    void aWrongPasswordKeepsTheUsualMessage() {
        navigate("login?error", LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getI18n().getErrorMessage().getTitle()).isEqualTo("Sign-in failed");
    }
}
