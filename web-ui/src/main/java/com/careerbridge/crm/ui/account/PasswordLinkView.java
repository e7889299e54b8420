package com.careerbridge.crm.ui.account;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.careerbridge.crm.account.PasswordPolicy;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.ui.i18n.LanguageSwitch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * A page a mailed link leads to, where someone sets a password with the link's single-use token (a reset, a first
 * password after an invitation). Opening it — which link scanners and previews do too — only checks the token; it is
 * used up when the form is sent, and a password the policy refuses leaves it usable.
 *
 * @param <R> why a token cannot be used (its lower-case name completes the {@code <texts>.invalid.} key)
 */
abstract class PasswordLinkView<R extends Enum<R>> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A token that turned out unusable while the form was sent. */
    protected static final class Unusable extends RuntimeException {
        private final Enum<?> reason;

        Unusable(Enum<?> reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }

    final NewPasswordFields fields = new NewPasswordFields(this);
    final Button save = new Button();
    final Paragraph problem = new Paragraph();
    private final Div form = new Div();
    private final String texts;
    private final String doneParameter;
    private String token;

    /**
     * @param texts         prefix of the page's translation keys ({@code .title}, {@code .intro}, {@code .save},
     *                      {@code .invalid.<reason>}); also its CSS class names
     * @param doneParameter the query parameter with which the login page says it worked
     * @param linkText      translation key of the link below the form, to {@code linkTarget}
     */
    PasswordLinkView(String texts, String cssName, String doneParameter, String linkText,
                     Class<? extends Component> linkTarget) {
        this.texts = texts;
        this.doneParameter = doneParameter;
        addClassName(cssName + "-view");
        getElement().setAttribute("role", "main"); // a page outside the main layout is its own main landmark
        setAlignItems(Alignment.STRETCH);
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");

        save.setText(getTranslation(texts + ".save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        form.add(new Paragraph(getTranslation(texts + ".intro", PasswordPolicy.MIN_LENGTH)), fields.password,
                fields.repeat, save);
        problem.addClassName(cssName + "-problem");
        problem.setVisible(false);

        add(new H1(getTranslation("app.name")), new H2(getTranslation(texts + ".title")), form, problem,
                new RouterLink(getTranslation(linkText), linkTarget), new LanguageSwitch());
    }

    /** Why the token cannot be used, if it cannot. */
    protected abstract Optional<R> problemWith(String token);

    /** Sets the password with the token; throws {@link Unusable} or an {@link InvalidValueException}. */
    protected abstract void use(String token, String password);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        problemWith(token).ifPresentOrElse(this::showProblem, () -> {
            form.setVisible(true);
            problem.setVisible(false);
        });
    }

    private void save() {
        if (!fields.matchOrComplain()) {
            return;
        }
        try {
            use(token, fields.password.getValue());
        } catch (InvalidValueException e) {
            fields.show(e);
            return;
        } catch (Unusable e) {
            showProblem(e.reason);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of(doneParameter, ""))));
    }

    private void showProblem(Enum<?> reason) {
        form.setVisible(false);
        problem.setText(getTranslation(texts + ".invalid." + reason.name().toLowerCase(Locale.ROOT)));
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(texts + ".title") + " · " + getTranslation("app.name");
    }
}
