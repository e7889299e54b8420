package com.careerbridge.crm.booking;

import java.time.Clock;
import java.util.List;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.CurrentActor;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultancy's session types: staff read them all, an admin defines and archives them (each change with the
 * version its author saw, and in the security audit log). Candidates see the ones offered to them through
 * {@link Booking#offeredTypes()}.
 */
@Service
@Transactional
public class SessionTypes {

    private final SessionTypeRepository types;
    private final CurrentActor currentActor;
    private final RoleGuideService guides;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionTypes(SessionTypeRepository types, CurrentActor currentActor, RoleGuideService guides,
                 ApplicationEventPublisher events, Clock clock) {
        this.types = types;
        this.currentActor = currentActor;
        this.guides = guides;
        this.events = events;
        this.clock = clock;
    }

    /** Every type, archived ones last, for staff. */
    @Transactional(readOnly = true)
    public List<SessionType> all() {
        requireStaff();
        return types.findAllOrdered();
    }

    @Transactional(readOnly = true)
    public SessionType get(long typeId) {
        requireStaff();
        return types.findById(typeId).orElseThrow(SessionTypes::notFound);
    }

    public SessionType create(SessionTypeForm form) {
        Actor admin = requireAdmin();
        check(form);
        SessionType type = types.saveAndFlush(new SessionType(form, clock.instant()));
        events.publishEvent(new BookingEvents.SessionTypeChanged(admin.userId(), type.getId(), "created"));
        return type;
    }

    public SessionType update(long typeId, long expectedVersion, SessionTypeForm form) {
        Actor admin = requireAdmin();
        SessionType type = types.findById(typeId).orElseThrow(SessionTypes::notFound);
        Versions.require(type, expectedVersion);
        check(form);
        type.apply(form, clock.instant());
        types.flush();
        events.publishEvent(new BookingEvents.SessionTypeChanged(admin.userId(), type.getId(), "updated"));
        return type;
    }

    /** Archives a type (no longer offered; booked sessions keep it) or brings it back. */
    public SessionType archive(long typeId, long expectedVersion, boolean archived) {
        Actor admin = requireAdmin();
        SessionType type = types.findById(typeId).orElseThrow(SessionTypes::notFound);
        Versions.require(type, expectedVersion);
        type.archive(archived, clock.instant());
        types.flush();
        events.publishEvent(new BookingEvents.SessionTypeChanged(admin.userId(), type.getId(),
                archived ? "archived" : "restored"));
        return type;
    }

    private void check(SessionTypeForm form) {
        if (form == null) {
            throw new InvalidValueException("nameKo", "required");
        }
        form.validate();
        // Checked here rather than left to the foreign key, whose violation would be an internal error.
        if (form.roleGuideId() != null && guides.guidesById(List.of(form.roleGuideId())).isEmpty()) {
            throw new InvalidValueException("roleGuideId", "unknown-guide");
        }
    }

    private Actor requireStaff() {
        Actor actor = currentActor.get();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        return actor;
    }

    private Actor requireAdmin() {
        Actor actor = currentActor.get();
        if (!actor.isAdmin()) {
            throw new ForbiddenException("admin-only");
        }
        return actor;
    }

    static NotFoundException notFound() {
        return new NotFoundException("session-type");
    }
}
