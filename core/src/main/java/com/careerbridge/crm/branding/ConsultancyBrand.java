package com.careerbridge.crm.branding;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.CurrentActor;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.shared.Versions;
import com.careerbridge.crm.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The consultancy's name and logo: everyone (even before signing in) reads them, an admin changes them — each change
 * with the version its author saw, and recorded in the security audit log ({@link BrandEvents}).
 * <p>
 * {@link #current()} is read for every page and every e-mail, so it is kept in memory: forgotten when a change here
 * commits, and read again after {@link #FRESH_FOR} at the latest, so that other instances show a change soon too.
 */
@Service
public class ConsultancyBrand {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final ConsultancyProfileRepository profiles;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Bumped whenever a change commits, so that a read which started before it does not keep the old brand. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Remembered remembered;

    private record Remembered(Brand brand, long readAtNanos, long changes) {
    }

    ConsultancyBrand(ConsultancyProfileRepository profiles, CurrentActor currentActor, ApplicationEventPublisher events,
                     Clock clock) {
        this.profiles = profiles;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /** The brand as it is now (at most {@link #FRESH_FOR} old when another instance changed it). Needs no sign-in. */
    public Brand current() {
        Remembered known = remembered;
        long now = System.nanoTime();
        long seenChanges = changes.get();
        if (known != null && known.changes() == seenChanges && now - known.readAtNanos() < FRESH_FOR.toNanos()) {
            return known.brand();
        }
        Brand brand = profiles.findBrand()
                .map(row -> new Brand(LocalizedText.of(row.nameKo(), row.nameEn()), row.logoContentType(),
                        row.version()))
                .orElseThrow(() -> new IllegalStateException("consultancy_brand has no row: is V88 migrated?"));
        if (changes.get() == seenChanges) {
            remembered = new Remembered(brand, now, seenChanges);
        }
        return brand;
    }

    /** The logo's bytes, if there is a logo. Needs no sign-in. */
    @Transactional(readOnly = true)
    public Optional<BrandLogo> logo() {
        return profiles.findLogo();
    }

    /**
     * Names the consultancy in both languages (each required, at most {@link ConsultancyProfile#NAME_MAX} characters,
     * surrounding spaces dropped).
     *
     * @throws ForbiddenException for anyone but an admin
     * @throws com.careerbridge.crm.shared.InvalidValueException at {@code name.ko} / {@code name.en}
     * @throws com.careerbridge.crm.shared.ConflictException when someone changed the brand since
     *         {@code expectedVersion}
     */
    @Transactional
    public Brand rename(long expectedVersion, LocalizedText name) {
        Actor actor = requireAdmin();
        LocalizedText checked = name == null ? LocalizedText.of(null, null) : name;
        Violations violations = new Violations();
        checkName(violations, "name.ko", checked.ko());
        checkName(violations, "name.en", checked.en());
        violations.throwIfAny();
        ConsultancyProfile profile = profile(expectedVersion);
        profile.rename(checked, actor.authorId(), clock.instant());
        Brand brand = saved(profile);
        events.publishEvent(new BrandEvents.ConsultancyRenamed(actor.authorId()));
        return brand;
    }

    /**
     * Replaces the logo with a PNG or JPEG of at most 256 KB and 1024 × 1024 pixels.
     *
     * @throws ForbiddenException for anyone but an admin
     * @throws LogoRefusedException for anything else, saying why
     * @throws com.careerbridge.crm.shared.ConflictException when someone changed the brand since
     *         {@code expectedVersion}
     */
    @Transactional
    public Brand replaceLogo(long expectedVersion, byte[] image) {
        Actor actor = requireAdmin();
        LogoImage.Format format = LogoImage.check(image);
        ConsultancyProfile profile = profile(expectedVersion);
        profile.replaceLogo(image, format.contentType, actor.authorId(), clock.instant());
        Brand brand = saved(profile);
        events.publishEvent(new BrandEvents.LogoReplaced(actor.authorId(), format.code));
        return brand;
    }

    /** Removes the logo; without one, nothing changes (and nothing is recorded). */
    @Transactional
    public Brand removeLogo(long expectedVersion) {
        Actor actor = requireAdmin();
        ConsultancyProfile profile = profile(expectedVersion);
        if (!profile.removeLogo(actor.authorId(), clock.instant())) {
            return profile.brand();
        }
        Brand brand = saved(profile);
        events.publishEvent(new BrandEvents.LogoRemoved(actor.authorId()));
        return brand;
    }

    private ConsultancyProfile profile(long expectedVersion) {
        ConsultancyProfile profile = profiles.findById(ConsultancyProfile.ID)
                .orElseThrow(() -> new IllegalStateException("consultancy_brand has no row: is V88 migrated?"));
        Versions.require(profile, expectedVersion);
        return profile;
    }

    /** Written now, so that the answer carries the new version; remembered brands are dropped once it commits. */
    private Brand saved(ConsultancyProfile profile) {
        Brand brand = profiles.saveAndFlush(profile).brand();
        forgetWhenDone();
        return brand;
    }

    private void forgetWhenDone() {
        changes.incrementAndGet();
        remembered = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                    remembered = null;
                }
            });
        }
    }

    private Actor requireAdmin() {
        Actor actor = currentActor.get();
        if (!actor.isAdmin()) {
            throw new ForbiddenException("admin-only");
        }
        return actor;
    }

    /** One line of text: a line break or another control character has no place in a name. */
    private static void checkName(Violations violations, String field, String name) {
        violations.required(field, name).maxLength(field, name, ConsultancyProfile.NAME_MAX);
        if (name.chars().anyMatch(Character::isISOControl)) {
            violations.add(field, "invalid");
        }
    }
}
