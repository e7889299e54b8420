package com.careerbridge.crm.ui.booking;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.careerbridge.crm.booking.BookingRules;
import com.careerbridge.crm.shared.InvalidValueException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/** How far ahead and how densely the consultant can be booked, and the time zone their times are read in. */
class RulesForm extends FormLayout {

    final IntegerField noticeHours = new IntegerField();
    final IntegerField horizonDays = new IntegerField();
    final IntegerField maxPerDay = new IntegerField();
    final IntegerField granularity = new IntegerField();
    final ComboBox<String> zone = new ComboBox<>();
    private BookingRules shown;

    RulesForm() {
        addClassName("booking-rules");
        noticeHours.setLabel(getTranslation("availability.rules.notice"));
        noticeHours.setHelperText(getTranslation("availability.rules.notice-help"));
        noticeHours.setMin(0);
        noticeHours.setMax(BookingRules.MAX_HORIZON_DAYS * 24);
        horizonDays.setLabel(getTranslation("availability.rules.horizon"));
        horizonDays.setHelperText(getTranslation("availability.rules.horizon-help"));
        horizonDays.setMin(1);
        horizonDays.setMax(BookingRules.MAX_HORIZON_DAYS);
        maxPerDay.setLabel(getTranslation("availability.rules.max-per-day"));
        maxPerDay.setHelperText(getTranslation("availability.rules.max-per-day-help"));
        maxPerDay.setMin(1);
        maxPerDay.setMax(BookingRules.MAX_SESSIONS_PER_DAY);
        granularity.setLabel(getTranslation("availability.rules.granularity"));
        granularity.setHelperText(getTranslation("availability.rules.granularity-help"));
        granularity.setMin(BookingRules.MIN_GRANULARITY);
        granularity.setMax(BookingRules.MAX_GRANULARITY);
        granularity.setStep(5);
        granularity.setStepButtonsVisible(true);
        zone.setLabel(getTranslation("availability.time-zone"));
        zone.setHelperText(getTranslation("availability.time-zone-help"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
        zone.setAllowCustomValue(false);
        for (HasValidation field : fields().values()) {
            field.setManualValidation(true);
        }
        add(zone, noticeHours, horizonDays, maxPerDay, granularity);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    void show(BookingRules rules, ZoneId timeZone) {
        shown = rules;
        noticeHours.setValue((int) rules.minimumNotice().toHours());
        horizonDays.setValue(rules.horizonDays());
        maxPerDay.setValue(rules.maxSessionsPerDay() == null || rules.maxSessionsPerDay() == 0 ? null
                : rules.maxSessionsPerDay());
        granularity.setValue(rules.granularityMinutes());
        zone.setValue(timeZone.getId());
    }

    /** The rules as entered; an empty field (but the daily maximum) is refused under the service's field name. */
    BookingRules rules() {
        Duration notice = Duration.ofHours(required(noticeHours, "minimumNotice"));
        if (shown != null && noticeHours.getValue() == shown.minimumNotice().toHours()) {
            notice = shown.minimumNotice(); // a notice set in minutes elsewhere stays exact when the hours were not touched
        }
        return new BookingRules(notice, required(horizonDays, "horizonDays"), maxPerDay.getValue(),
                required(granularity, "granularityMinutes"));
    }

    ZoneId timeZone() {
        if (zone.getValue() == null) {
            throw new InvalidValueException("timeZone", "required");
        }
        return ZoneId.of(zone.getValue());
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("timeZone", zone);
        fields.put("minimumNotice", noticeHours);
        fields.put("horizonDays", horizonDays);
        fields.put("maxSessionsPerDay", maxPerDay);
        fields.put("granularityMinutes", granularity);
        return fields;
    }

    private static int required(IntegerField field, String name) {
        if (field.getValue() == null) {
            throw new InvalidValueException(name, "required");
        }
        return field.getValue();
    }
}
