package com.careerbridge.crm.notification;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import com.careerbridge.crm.branding.Brand;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.Office;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Turns a template name, a language and a model into a mail's subject, HTML and plain text. Templates are files under
 * {@code mail/} on the classpath (see {@link MailTemplate}); every template sees the model's components plus
 * {@code recipientName}, {@code consultancyName} (the brand's name in the mail's language), {@code logoUrl} (the
 * absolute address of the brand's logo, or null without one), {@code baseUrl}, {@code unsubscribeUrl} (may be null) and
 * {@code fmt} ({@link MailFormats} for the reader's language and zone). The brand is read when the mail is rendered,
 * that is when it is sent: a renamed consultancy signs the mails still waiting in the outbox with its new name.
 */
@Component
public class MailRenderer {

    static final String SUBJECT_PREFIX = "Subject:";

    private final TemplateEngine engine;
    private final MailSettings settings;
    private final Office office;
    private final Supplier<Brand> brand;

    @Autowired
    MailRenderer(MailSettings settings, Office office, ConsultancyBrand brand) {
        this(settings, office, brand::current);
    }

    MailRenderer(MailSettings settings, Office office, Supplier<Brand> brand) {
        this.settings = settings;
        this.office = office;
        this.brand = brand;
        this.engine = new TemplateEngine();
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailRenderer.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** Renders one of the known mails. */
    public RenderedMail render(MailModel model, String recipientName, Locale locale, ZoneId zone, URI unsubscribeUrl) {
        RenderedMail mail = render(MailTemplate.forModel(model).templateName(), model, recipientName, locale, zone,
                unsubscribeUrl);
        return model instanceof CarriesInvitation carrier && carrier.invitation() != null
                ? mail.with(carrier.invitation()) : mail;
    }

    /**
     * Renders {@code mail/<templateName>/<language>.html} and {@code .txt}. The model is a record (its components
     * become variables) or a map of variables.
     *
     * @throws org.thymeleaf.exceptions.TemplateProcessingException when the template is missing or fails
     */
    public RenderedMail render(String templateName, Object model, String recipientName, Locale locale, ZoneId zone,
                               URI unsubscribeUrl) {
        Objects.requireNonNull(model, "model");
        MailLanguage language = MailLanguage.of(locale);
        Context context = new Context(language.locale());
        context.setVariable("recipientName", recipientName == null || recipientName.isBlank() ? null : recipientName);
        Brand current = brand.get();
        String consultancyName = current.name(language == MailLanguage.KO ? Language.KO : Language.EN);
        context.setVariable("consultancyName", consultancyName);
        context.setVariable("logoUrl", current.hasLogo() ? settings.link(current.logoPath()).toString() : null);
        context.setVariable("baseUrl", settings.baseUrl().toString());
        context.setVariable("unsubscribeUrl", unsubscribeUrl == null ? null : unsubscribeUrl.toString());
        context.setVariable("fmt", MailFormats.of(language.locale(), zone, office.timeZone()));
        variablesOf(model).forEach(context::setVariable);

        String base = templateName + "/" + language.code();
        String html = engine.process(base + ".html", context);
        String textWithSubject = engine.process(base + ".txt", context);
        return splitSubject(base, html, textWithSubject, consultancyName);
    }

    private static RenderedMail splitSubject(String template, String html, String textWithSubject, String sender) {
        String normalized = textWithSubject.replace("\r\n", "\n").stripLeading();
        int endOfLine = normalized.indexOf('\n');
        if (!normalized.startsWith(SUBJECT_PREFIX) || endOfLine < 0) {
            throw new IllegalStateException("Mail template " + template + ".txt must start with a Subject: line");
        }
        String subject = normalized.substring(SUBJECT_PREFIX.length(), endOfLine).strip();
        if (subject.isEmpty()) {
            throw new IllegalStateException("Mail template " + template + ".txt has an empty subject");
        }
        // Conditional blocks in text templates leave empty lines behind; one blank line between paragraphs is enough.
        String body = normalized.substring(endOfLine + 1).replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
        return new RenderedMail(subject, html, body.strip() + "\n", sender);
    }

    private static Map<String, Object> variablesOf(Object model) {
        if (model instanceof Map<?, ?> map) {
            Map<String, Object> variables = new java.util.HashMap<>();
            map.forEach((key, value) -> variables.put(String.valueOf(key), value));
            return variables;
        }
        if (!model.getClass().isRecord()) {
            throw new IllegalArgumentException("A mail model is a record or a map, not " + model.getClass().getName());
        }
        Map<String, Object> variables = new java.util.HashMap<>();
        for (RecordComponent component : model.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                variables.put(component.getName(), component.getAccessor().invoke(model));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of the mail model", e);
            }
        }
        return variables;
    }
}
