package com.careerbridge.crm.ui.login;

import java.util.List;
import java.util.Optional;

import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.ui.branding.BrandMark;
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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for everyone: staff and candidates use the same form; the role decides where they land. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * HTTP session attribute with the e-mail of the last failed sign-in (security/SignInEvents puts it there): the
     * form is a real page post, so without it the address would be gone after every wrong password (#20). Kept in the
     * session, not the address, so that it never lands in a proxy's access log; read once.
     */
    public static final String FAILED_EMAIL_ATTRIBUTE = LoginView.class.getName() + ".failedEmail";

    private final LoginForm form = new LoginForm();
    private final ConsultancyBrand consultancy;
    private final H1 brand;
    private final Paragraph notice = new Paragraph();

    public LoginView(ConsultancyBrand consultancy) {
        this.consultancy = consultancy;
        addClassName("login-view");
        getElement().setAttribute("role", "main"); // a page outside the main layout is its own main landmark
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        // the consultancy's logo and name (the page title keeps the product's)
        brand = BrandMark.heading(consultancy, "login-brand");
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
        texts.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        BrandMark.refresh(brand, consultancy); // Vaadin may show this view again without making a new one
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        String failedEmail = takeFailedEmail();
        if (parameters.containsKey("error") || parameters.containsKey("throttled")) {
            keepEmail(failedEmail);
        }
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

    private static String takeFailedEmail() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session == null) {
            return null;
        }
        Object email = session.getAttribute(FAILED_EMAIL_ATTRIBUTE);
        session.removeAttribute(FAILED_EMAIL_ATTRIBUTE);
        return email instanceof String text && !text.isBlank() ? text : null;
    }

    /** Puts the e-mail back into the form's field once the web component has drawn it, and the cursor on the password. */
    private void keepEmail(String email) {
        if (email == null) {
            return;
        }
        form.getElement().setProperty("noAutofocus", true);
        form.getElement().executeJs("""
                const form = this;
                customElements.whenDefined('vaadin-login-form')
                    .then(() => form.updateComplete)
                    .then(() => new Promise(requestAnimationFrame))
                    .then(() => {
                        const email = form.querySelector('#vaadinLoginUsername');
                        if (email && !email.value) { email.value = $0; }
                        const password = form.querySelector('#vaadinLoginPassword');
                        if (password) { password.focus(); }
                    });""", email);
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
