package com.careerbridge.crm.ui.portal;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.careerbridge.crm.booking.OfferedType;
import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.booking.SlotTakenException;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/**
 * The booking page's calls into {@code Booking}, with the one refusal the page answers itself: "just taken" comes back
 * with its alternatives instead of as a notification. Every other problem is shown the project's way ({@link UiErrors}).
 */
final class BookingCalls {

    /**
     * What a command ended with: its result, or the slot was just taken, or another conflict (a stale version, the
     * cut-off passed meanwhile) after which the page's list is out of date.
     */
    record Result<T>(T value, SlotTakenException taken, boolean conflict) {

        boolean done() {
            return value != null;
        }
    }

    private BookingCalls() {
    }

    static <T> Result<T> call(Component context, Map<String, ? extends HasValidation> fields, Supplier<T> action) {
        SlotTakenException[] taken = new SlotTakenException[1];
        boolean[] conflict = new boolean[1];
        T value = UiErrors.attempt(context, fields, () -> {
            try {
                return action.get();
            } catch (SlotTakenException e) {
                taken[0] = e;
                return null;
            } catch (ConflictException e) {
                conflict[0] = true;
                throw e;
            }
        }).orElse(null);
        return new Result<>(value, taken[0], conflict[0]);
    }

    /** "Mon, 7 Dec 2026, 10:00 AM – 11:00 AM" in the reader's zone and language. */
    static String when(Slot slot, ZoneId zone, Locale locale) {
        return Formats.dateTime(slot.start(), zone, locale) + " – " + Formats.time(slot.end(), zone, locale);
    }

    /** "Career review · 60 min · Online". */
    static String describe(Component context, Locale locale, OfferedType type) {
        Language language = Language.of(locale);
        return type.name().in(language) + " · " + context.getTranslation("booking.minutes", type.duration().toMinutes())
                + " · " + context.getTranslation("session.mode." + type.mode().name());
    }
}
