package com.careerbridge.crm.ui.common;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.DatabaseUnavailable;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Turns the services' exceptions into what a user reads: field errors at the fields, everything else in a
 * notification, always translated ({@code error.<reason>}, {@code conflict.*}, {@code not-found.*}, {@code forbidden.*}).
 * The one place that explains an edit conflict ("someone saved first") while the form keeps the user's input.
 */
public final class UiErrors {

    /** Translation key of the "temporarily unavailable" notification. */
    public static final String UNAVAILABLE = "error.database-unavailable";

    private UiErrors() {
    }

    /**
     * Shows the problem. Field violations go to the matching field from {@code fields} (by the field name the service
     * reports); the rest become a notification.
     *
     * @return true when the exception was a user-facing problem that has been shown
     */
    public static boolean show(Component context, RuntimeException exception, Map<String, ? extends HasValidation> fields) {
        if (exception instanceof InvalidValueException invalid) {
            StringBuilder unmatched = new StringBuilder();
            for (InvalidValueException.FieldViolation violation : invalid.violations()) {
                String message = context.getTranslation("error." + violation.reason());
                HasValidation field = fields.get(violation.field());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    unmatched.append(context.getTranslation("field." + violation.field())).append(": ").append(message).append('\n');
                }
            }
            if (!unmatched.isEmpty()) {
                error(unmatched.toString().strip());
            }
            return true;
        }
        if (DatabaseUnavailable.isCause(exception)) {
            unavailable(context);
            return true;
        }
        if (isStaleEdit(exception)) {
            error(context.getTranslation(ConflictException.STALE));
            return true;
        }
        if (exception instanceof DomainException domain) {
            error(context.getTranslation(domain.code()));
            return true;
        }
        return false;
    }

    public static boolean show(Component context, RuntimeException exception) {
        return show(context, exception, Map.of());
    }

    /** Someone else saved the same thing first (our version check, or Hibernate's at flush). */
    public static boolean isStaleEdit(RuntimeException exception) {
        return (exception instanceof ConflictException conflict && conflict.isStale())
                || exception instanceof OptimisticLockingFailureException;
    }

    /** Runs a service call and shows any user-facing problem; other exceptions propagate to the error view. */
    public static <T> Optional<T> attempt(Component context, Map<String, ? extends HasValidation> fields,
                                                    Supplier<T> action) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            return Optional.ofNullable(action.get());
        } catch (InvalidValueException | ConflictException | NotFoundException | ForbiddenException
                 | OptimisticLockingFailureException e) {
            show(context, e, fields);
            return Optional.empty();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            unavailable(context);
            return Optional.empty();
        }
    }

    /**
     * PostgreSQL is stopped or restarting: nothing was saved, the form keeps its input, and the user may simply try
     * again in a few seconds — a notification, never the error page.
     */
    public static void unavailable(Component context) {
        error(context.getTranslation(UNAVAILABLE));
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
