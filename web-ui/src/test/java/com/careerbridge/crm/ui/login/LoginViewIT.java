package com.careerbridge.crm.ui.login;

import java.util.Locale;
import java.util.Map;

import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
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

        assertThat(texts($(LoginForm.class).single())).contains("2분 후에 다시 시도해 주세요")
                // the field messages of the web component itself (#20)
                .contains("이메일 주소를 입력해 주세요").contains("비밀번호를 입력해 주세요");
    }

    @Test
    void theEmailOfAFailedSignInIsTypedBackIntoTheForm() {
        // what security/SignInEvents leaves in the HTTP session when a password was wrong
        VaadinSession.getCurrent().getSession().setAttribute(LoginView.FAILED_EMAIL_ATTRIBUTE, "kim.minji@example.com");
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        open("error", "");

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("vaadinLoginUsername"))
                .map(js -> js.getInvocation().getParameters().toString()).toList())
                .singleElement().asString().contains("kim.minji@example.com");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(LoginView.FAILED_EMAIL_ATTRIBUTE))
                .as("read once").isNull();

        open("logout", "");
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("vaadinLoginUsername"))).isEmpty();
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
