package com.careerbridge.crm.roleguide;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.CurrentActor;
import com.careerbridge.crm.roleguide.RoleGuideEvents.GuideVersionPublished;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.ForOtherFeatures;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Versions;
import com.careerbridge.crm.shared.Violations;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guide library: staff write drafts, publish them as immutable versions, and read any version. Candidates read
 * guides only through their assignments (see the assignment feature), never through here.
 */
@Service
@Transactional
public class RoleGuideService {

    private final RoleGuideRepository guides;
    private final RoleGuideVersionRepository versions;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoleGuideService(RoleGuideRepository guides, RoleGuideVersionRepository versions, EntityManager entityManager,
                     CurrentActor currentActor, ApplicationEventPublisher events, Clock clock) {
        this.guides = guides;
        this.versions = versions;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /** Every guide with its newest published title and draft, in two statements whatever the library's size. */
    @Transactional(readOnly = true)
    public List<GuideSummary> library() {
        requireStaff();
        List<RoleGuide> all = guides.findAll();
        Map<Long, List<RoleGuideVersion>> current = entityManager.createQuery("""
                        select v from RoleGuideVersion v, RoleGuide g
                        where g.id = v.guideId and (v.status = :draft or v.number = g.latestPublished)""",
                        RoleGuideVersion.class)
                .setParameter("draft", GuideVersionStatus.DRAFT)
                .getResultList().stream()
                .collect(Collectors.groupingBy(RoleGuideVersion::getGuideId));
        return all.stream()
                .map(guide -> summarize(guide, current.getOrDefault(guide.getId(), List.of())))
                .sorted(Comparator.comparing(GuideSummary::titleEn, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static GuideSummary summarize(RoleGuide guide, List<RoleGuideVersion> current) {
        Optional<RoleGuideVersion> published = current.stream().filter(RoleGuideVersion::isPublished).findFirst();
        Optional<RoleGuideVersion> draft = current.stream().filter(v -> !v.isPublished()).findFirst();
        RoleGuideVersion shown = published.orElseGet(draft::orElseThrow);
        return new GuideSummary(guide.getId(), guide.getSlug(), guide.isBuiltIn(),
                shown.getContent().title().in(Language.KO),
                shown.getContent().title().in(Language.EN),
                guide.getLatestPublished(), published.map(RoleGuideVersion::getId).orElse(null),
                draft.map(RoleGuideVersion::getId).orElse(null), shown.getUpdatedAt());
    }

    @Transactional(readOnly = true)
    public RoleGuide guide(long guideId) {
        requireStaff();
        return guides.findById(guideId).orElseThrow(RoleGuideService::notFound);
    }

    @Transactional(readOnly = true)
    public RoleGuideVersion version(long versionId) {
        requireStaff();
        return versions.findById(versionId).orElseThrow(RoleGuideService::notFound);
    }

    /** The newest published version of a guide. */
    @Transactional(readOnly = true)
    public RoleGuideVersion latestPublished(long guideId) {
        requireStaff();
        return latestPublishedVersion(guideId);
    }

    /**
     * A published version of a guide, by its number, or the newest when {@code number} is null; "not found" for a
     * draft, a number that does not exist and a guide never published.
     */
    @Transactional(readOnly = true)
    public RoleGuideVersion publishedVersion(long guideId, Integer number) {
        requireStaff();
        RoleGuide guide = guides.findById(guideId).orElseThrow(RoleGuideService::notFound);
        Integer wanted = number != null ? number : guide.getLatestPublished();
        if (wanted == null) {
            throw notFound();
        }
        return versions.findByGuideIdAndNumber(guideId, wanted).filter(RoleGuideVersion::isPublished)
                .orElseThrow(RoleGuideService::notFound);
    }

    @Transactional(readOnly = true)
    public List<RoleGuideVersion> history(long guideId) {
        requireStaff();
        return versions.findByGuideIdOrderByNumberDesc(guideId);
    }

    /** Starts a new guide as a draft (version 1). */
    public RoleGuideVersion create(GuideContent content) {
        Actor actor = requireStaff();
        GuideContent keyed = checkShape(content);
        RoleGuide guide = guides.save(new RoleGuide(uniqueSlug(keyed), false, actor.authorId(), clock.instant()));
        return versions.save(new RoleGuideVersion(guide.getId(), 1, keyed, clock.instant()));
    }

    /** The guide's draft: the existing one, or a new one copied from the newest published version. */
    public RoleGuideVersion draft(long guideId) {
        requireStaff();
        RoleGuide guide = guides.findById(guideId).orElseThrow(RoleGuideService::notFound);
        return versions.findByGuideIdAndStatus(guideId, GuideVersionStatus.DRAFT).orElseGet(() -> {
            RoleGuideVersion base = latestPublishedVersion(guide.getId());
            return versions.save(new RoleGuideVersion(guideId, versions.maxNumber(guideId) + 1, base.getContent(), clock.instant()));
        });
    }

    public RoleGuideVersion saveDraft(long versionId, long expectedVersion, GuideContent content) {
        requireStaff();
        RoleGuideVersion draft = versions.findById(versionId).orElseThrow(RoleGuideService::notFound);
        Versions.require(draft, expectedVersion);
        draft.edit(checkShape(content), clock.instant());
        return draft;
    }

    /** Freezes the draft as the guide's newest version. Needs both languages everywhere and a checklist. */
    public RoleGuideVersion publish(long versionId, long expectedVersion) {
        Actor actor = requireStaff();
        RoleGuideVersion draft = versions.findById(versionId).orElseThrow(RoleGuideService::notFound);
        Versions.require(draft, expectedVersion);
        return publish(draft, actor);
    }

    /**
     * The editor's "Publish": the content on screen becomes the next version, in one transaction. A refused publish
     * changes nothing — not even the draft, so a field emptied by mistake is not stored for the next person.
     */
    public RoleGuideVersion publish(long versionId, long expectedVersion, GuideContent content) {
        Actor actor = requireStaff();
        RoleGuideVersion draft = versions.findById(versionId).orElseThrow(RoleGuideService::notFound);
        Versions.require(draft, expectedVersion);
        if (draft.isPublished()) {
            throw new ConflictException("conflict.guide-version-published");
        }
        draft.edit(checkShape(content), clock.instant());
        return publish(draft, actor);
    }

    private RoleGuideVersion publish(RoleGuideVersion draft, Actor actor) {
        if (draft.isPublished()) {
            throw new ConflictException("conflict.guide-version-published");
        }
        Violations violations = new Violations();
        draft.getContent().checkShape(violations);
        draft.getContent().checkComplete(violations);
        checkLinks(draft.getContent(), violations);
        violations.throwIfAny();
        draft.publish(actor.authorId(), clock.instant());
        RoleGuide guide = guides.findById(draft.getGuideId()).orElseThrow();
        guide.published(draft.getNumber());
        events.publishEvent(new GuideVersionPublished(guide.getId(), draft.getId(), draft.getNumber(), actor.authorId()));
        return draft;
    }

    public void discardDraft(long versionId, long expectedVersion) {
        requireStaff();
        RoleGuideVersion draft = versions.findById(versionId).orElseThrow(RoleGuideService::notFound);
        Versions.require(draft, expectedVersion);
        if (draft.isPublished()) {
            throw new ConflictException("conflict.guide-version-published");
        }
        RoleGuide guide = guides.findById(draft.getGuideId()).orElseThrow();
        versions.delete(draft);
        if (guide.getLatestPublished() == null) {
            guides.delete(guide);
        }
    }

    /** Slug → guide id for the look-alike links of a version. */
    @Transactional(readOnly = true)
    public Map<String, Long> guideIdsBySlug(Collection<String> slugs) {
        return guides.findBySlugIn(slugs).stream().collect(Collectors.toMap(RoleGuide::getSlug, RoleGuide::getId));
    }

    // --- for other features (assignment, target roles, readiness), which check access themselves ---

    /** Versions by id, in one statement; for features that already decided the caller may read them. */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public Map<Long, RoleGuideVersion> versionsById(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return versions.findByIdIn(versionIds).stream().collect(Collectors.toMap(RoleGuideVersion::getId, Function.identity()));
    }

    /**
     * Number and titles of versions by id, with their guide's newest published number, in one statement that leaves
     * the content alone; for features that already decided the caller may read them.
     */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public Map<Long, VersionHeading> headings(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("""
                        select new com.careerbridge.crm.roleguide.VersionHeading(v.id, v.guideId, v.number,
                               g.latestPublished, v.titleKo, v.titleEn)
                        from RoleGuideVersion v join RoleGuide g on g.id = v.guideId
                        where v.id in :ids""", VersionHeading.class)
                .setParameter("ids", versionIds)
                .getResultStream()
                .collect(Collectors.toMap(VersionHeading::versionId, Function.identity()));
    }

    /** Guides by id, in one statement; for features that already decided the caller may read them. */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public Map<Long, RoleGuide> guidesById(Collection<Long> guideIds) {
        if (guideIds.isEmpty()) {
            return Map.of();
        }
        return guides.findAllById(guideIds).stream().collect(Collectors.toMap(RoleGuide::getId, Function.identity()));
    }

    /**
     * The title of each guide's newest published version (guide id → title), in one statement; for features that
     * already decided the caller may know these guides (a candidate's own target roles).
     */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public Map<Long, com.careerbridge.crm.shared.LocalizedText> publishedTitles(Collection<Long> guideIds) {
        if (guideIds.isEmpty()) {
            return Map.of();
        }
        // The title columns only: the versions' content (the whole guide as JSON) is not read for a name.
        return entityManager.createQuery("""
                        select v.guideId, v.titleKo, v.titleEn from RoleGuideVersion v, RoleGuide g
                        where g.id = v.guideId and v.number = g.latestPublished and g.id in :ids""", Object[].class)
                .setParameter("ids", guideIds)
                .getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0],
                        row -> com.careerbridge.crm.shared.LocalizedText.of((String) row[1], (String) row[2]),
                        (a, b) -> a));
    }

    /** A guide's newest published version ({@code null}: never published) and other versions asked for by id. */
    public record LatestAndVersions(RoleGuideVersion latest, Map<Long, RoleGuideVersion> byId) {
    }

    /**
     * The guide's newest published version and the versions with these ids, in one statement; for features that
     * already decided the caller may read them (an application's interviews: the questions to match to, and the
     * versions earlier questions were matched in, which are usually the same one).
     */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public LatestAndVersions latestPublishedAnd(long guideId, Collection<Long> versionIds) {
        var query = entityManager.createQuery("""
                        select v, g.latestPublished from RoleGuideVersion v join RoleGuide g on g.id = v.guideId
                        where (g.id = :guideId and v.number = g.latestPublished)"""
                        + (versionIds.isEmpty() ? "" : " or v.id in :ids"), Object[].class)
                .setParameter("guideId", guideId);
        if (!versionIds.isEmpty()) {
            query.setParameter("ids", versionIds);
        }
        RoleGuideVersion latest = null;
        Map<Long, RoleGuideVersion> byId = new java.util.HashMap<>();
        for (Object[] row : query.getResultList()) {
            RoleGuideVersion version = (RoleGuideVersion) row[0];
            byId.put(version.getId(), version);
            Integer latestPublished = (Integer) row[1];
            if (version.getGuideId() == guideId && latestPublished != null && version.getNumber() == latestPublished) {
                latest = version;
            }
        }
        return new LatestAndVersions(latest, byId);
    }

    @Transactional(readOnly = true)
    @ForOtherFeatures
    public RoleGuideVersion latestPublishedVersion(long guideId) {
        RoleGuide guide = guides.findById(guideId).orElseThrow(RoleGuideService::notFound);
        if (guide.getLatestPublished() == null) {
            throw new ConflictException("conflict.guide-not-published");
        }
        return versions.findByGuideIdAndNumber(guideId, guide.getLatestPublished()).orElseThrow();
    }

    /** Creates a built-in guide, published as version 1. Used by the seeder. */
    RoleGuideVersion createBuiltIn(String slug, GuideContent content) {
        RoleGuide guide = guides.save(new RoleGuide(slug, true, null, clock.instant()));
        RoleGuideVersion version = versions.save(new RoleGuideVersion(guide.getId(), 1, withKeys(content), clock.instant()));
        version.publish(null, clock.instant());
        guide.published(1);
        return version;
    }

    boolean slugExists(String slug) {
        return guides.existsBySlug(slug);
    }

    /** Checks a draft's shape after giving new checklist items their keys; returns the keyed content. */
    private static GuideContent checkShape(GuideContent content) {
        Violations violations = new Violations();
        if (content == null) {
            violations.add("content", "required").throwIfAny();
        }
        GuideContent keyed = withKeys(content);
        keyed.checkShape(violations);
        if (keyed.title().isEmpty()) {
            violations.add("title", "required");
        }
        violations.throwIfAny();
        return keyed;
    }

    private void checkLinks(GuideContent content, Violations violations) {
        List<String> slugs = content.lookAlikes().stream()
                .map(GuideContent.LookAlike::guide).filter(slug -> slug != null && !slug.isBlank()).toList();
        if (!slugs.isEmpty() && guideIdsBySlug(slugs).size() < slugs.stream().distinct().count()) {
            violations.add("lookAlikes", "unknown-guide");
        }
    }

    /** Gives every checklist item without a key the next free one. */
    private static GuideContent withKeys(GuideContent content) {
        GuideContent working = content;
        List<GuideContent.ChecklistItem> items = new ArrayList<>(content.checklist());
        for (int i = 0; i < items.size(); i++) {
            GuideContent.ChecklistItem item = items.get(i);
            if (item.key() == null || item.key().isBlank()) {
                items.set(i, new GuideContent.ChecklistItem(working.nextChecklistKey(), item.kind(), item.text()));
                working = working.withChecklist(items);
            }
        }
        return working;
    }

    private String uniqueSlug(GuideContent content) {
        String base = content.title().en().isEmpty() ? "guide" : content.title().en();
        base = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "guide";
        }
        base = base.length() > RoleGuide.SLUG_MAX - 6 ? base.substring(0, RoleGuide.SLUG_MAX - 6) : base;
        String slug = base;
        for (int n = 2; guides.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private Actor requireStaff() {
        Actor actor = currentActor.get();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        return actor;
    }

    static NotFoundException notFound() {
        return new NotFoundException("guide");
    }
}
