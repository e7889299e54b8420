package com.careerbridge.crm.ui.login;

import java.util.Locale;
import java.util.Map;

import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the login view says when the sign-in throttle sent the browser back (security/WebLoginThrottleFilter). */
class LoginViewIT extends GuideUiTestSupport {

    @Test
    void aThrottledSignInIsToldHowManyMinutesToWait() {
        open("throttled", "4");

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Too many failed sign-ins").contains("try again in 4 minute");
    }

    @Test
    void inKoreanToo() {
        UI.getCurrent().getSession().setLocale(Locale.KOREAN);
        UI.getCurrent().setLocale(Locale.KOREAN);
        open("throttled", "2");

        assertThat(texts($(LoginForm.class).single())).contains("2분 후에 다시 시도해 주세요");
    }

    @Test
    void aWrongPasswordKeepsTheUsualMessage() {
        open("error", "");

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Sign-in failed").doesNotContain("Too many");
    }

    private void open(String parameter, String value) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(parameter, value)));
        assertThat($(LoginView.class).single()).isNotNull();
    }

    // the texts the web component shows, as the server sent them to the browser
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
