package com.careerbridge.crm.ui.login;

import java.util.List;
import java.util.Optional;

import com.careerbridge.crm.ui.i18n.LanguageSwitch;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for everyone: staff and candidates use the same form; the role decides where they land. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("login-view");
        getElement().setAttribute("role", "main"); // a page outside the main layout is its own main landmark
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        notice.addClassName("login-notice");
        notice.setVisible(false);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(loginTexts());

        // The target is found by its path, not named by class: the account pages (ForgotPasswordView among them) link
        // back here, and naming theirs would make the packages login and account depend on each other.
        RouterLink forgot = new RouterLink();
        forgot.setText(getTranslation("login.forgot-password"));
        RouteConfiguration.forApplicationScope().getRoute("forgot-password").ifPresent(forgot::setRoute);
        forgot.addClassName("login-forgot-password");

        add(brand, tagline, notice, form, forgot, new LanguageSwitch());
    }

    private LoginI18n loginTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        throttledMinutes(parameters.get("throttled")).ifPresent(this::showThrottled);
        if (parameters.containsKey("logout")) {
            showNotice("login.signed-out");
        } else if (parameters.containsKey("password-changed")) {
            showNotice("login.password-changed");
        } else if (parameters.containsKey("password-reset")) {
            showNotice("login.password-reset");
        } else if (parameters.containsKey("password-set")) {
            showNotice("login.password-set");
        }
    }

    // The sign-in throttle (security/WebLoginThrottleFilter) sends the browser back here with the minutes to wait.
    private static Optional<Integer> throttledMinutes(List<String> values) {
        if (values == null || values.isEmpty() || !values.getFirst().matches("[0-9]{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Math.max(1, Integer.parseInt(values.getFirst())));
    }

    private void showThrottled(int minutes) {
        LoginI18n i18n = loginTexts();
        i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", minutes));
        form.setI18n(i18n);
        form.setError(true);
    }

    private void showNotice(String key) {
        notice.setText(getTranslation(key));
        notice.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
