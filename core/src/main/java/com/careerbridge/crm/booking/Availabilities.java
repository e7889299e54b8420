package com.careerbridge.crm.booking;

import java.time.Clock;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.CurrentActor;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Office;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultants' bookable time: a consultant reads and changes their own, an admin anyone's. Another consultant's (or a
 * candidate asking) is "not found" / refused like every other record.
 */
@Service
@Transactional
public class Availabilities {

    private final ConsultantScheduleRepository schedules;
    private final CurrentActor currentActor;
    private final AccountService accounts;
    private final Office office;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Availabilities(ConsultantScheduleRepository schedules, CurrentActor currentActor, AccountService accounts,
                   Office office, ApplicationEventPublisher events, Clock clock) {
        this.schedules = schedules;
        this.currentActor = currentActor;
        this.accounts = accounts;
        this.office = office;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in consultant's own. */
    @Transactional(readOnly = true)
    public AvailabilitySetup mine() {
        return of(requireConsultant().userId());
    }

    @Transactional(readOnly = true)
    public AvailabilitySetup of(long consultantId) {
        requireMayEdit(consultantId);
        return schedules.findById(consultantId)
                .map(schedule -> setup(consultantId, schedule))
                .orElseGet(() -> AvailabilitySetup.unconfigured(consultantId, office.timeZone()));
    }

    /**
     * Replaces the consultant's availability and rules; {@code expectedVersion} is the {@link AvailabilitySetup#version()}
     * the editor read ({@link AvailabilitySetup#NEVER_SET_UP} the first time). Sessions already
     * booked stay where they are; only new bookings see the change.
     */
    public AvailabilitySetup save(long consultantId, long expectedVersion, ConsultantAvailability availability,
                                  BookingRules rules) {
        Actor actor = requireMayEdit(consultantId);
        if (availability == null) {
            throw new InvalidValueException("weekly", "required");
        }
        if (rules == null) {
            throw new InvalidValueException("rules", "required");
        }
        ConsultantSchedule schedule = schedules.findById(consultantId).orElse(null);
        if (schedule == null) {
            if (expectedVersion != AvailabilitySetup.NEVER_SET_UP) {
                throw ConflictException.stale();
            }
            schedule = new ConsultantSchedule(consultantId);
            schedule.set(availability, rules, clock.instant());
            try {
                schedule = schedules.saveAndFlush(schedule);
            } catch (DataIntegrityViolationException e) {
                // another editor set it up first, at the same moment
                throw ConflictException.stale();
            }
        } else {
            if (expectedVersion != AvailabilitySetup.versionOf(schedule.getVersion())) {
                throw ConflictException.stale();
            }
            schedule.set(availability, rules, clock.instant());
            schedules.flush();
        }
        events.publishEvent(new BookingEvents.AvailabilityChanged(actor.userId(), consultantId));
        return setup(consultantId, schedule);
    }

    private static AvailabilitySetup setup(long consultantId, ConsultantSchedule schedule) {
        return new AvailabilitySetup(consultantId, AvailabilitySetup.versionOf(schedule.getVersion()), true,
                schedule.availability(), schedule.rules());
    }

    private Actor requireConsultant() {
        Actor actor = currentActor.get();
        if (!actor.isConsultant()) {
            throw new ForbiddenException("consultant-only");
        }
        return actor;
    }

    private Actor requireMayEdit(long consultantId) {
        Actor actor = currentActor.get();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        if (actor.isConsultant() && actor.userId() != consultantId) {
            throw notFound();
        }
        if (actor.isAdmin() && accounts.findById(consultantId).filter(user -> user.getRole() == Role.CONSULTANT).isEmpty()) {
            throw notFound();
        }
        return actor;
    }

    static NotFoundException notFound() {
        return new NotFoundException("consultant");
    }
}
