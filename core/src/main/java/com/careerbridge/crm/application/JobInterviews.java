package com.careerbridge.crm.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.application.ApplicationEvents.InterviewRemoved;
import com.careerbridge.crm.application.ApplicationEvents.InterviewScheduled;
import com.careerbridge.crm.application.ApplicationEvents.QuestionProposed;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Versions;
import com.careerbridge.crm.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interviews of an application and the questions asked in them, through the same door as the application (the
 * candidate and the staff responsible for them; others: "not found"). A question can be matched to one of the guide's
 * interview questions or proposed for the guide; staff take proposals into the guide's draft or dismiss them. Every
 * change counts as a change of the application (its {@code updatedAt}), so that delta sync of the applications tells a
 * client whose interviews to fetch again.
 */
@Service
@Transactional
public class JobInterviews {

    private final JobApplications applications;
    private final JobInterviewRepository interviews;
    private final InterviewQuestionRepository questions;
    private final CandidateAccess access;
    private final RoleGuideService guides;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JobInterviews(JobApplications applications, JobInterviewRepository interviews, InterviewQuestionRepository questions,
                  CandidateAccess access, RoleGuideService guides, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.interviews = interviews;
        this.questions = questions;
        this.access = access;
        this.guides = guides;
        this.events = events;
        this.clock = clock;
    }

    /** An interview with the questions asked in it, in the order they were written down. */
    public record InterviewWithQuestions(JobInterview interview, List<AskedQuestion> questions) {
    }

    /** A question as asked, with the guide's wording when it was matched to one of the guide's questions. */
    public record AskedQuestion(InterviewQuestion question, LocalizedText matched) {
    }

    /** The guide's interview questions a question can be matched to: its newest published version's. */
    public record GuideQuestions(long guideId, Long versionId, List<LocalizedText> questions) {
    }

    /**
     * A question to write down: what was asked, and either the place of the guide question it matches (in
     * {@link #guideQuestions}) or whether to propose it for the guide.
     */
    public record QuestionEntry(String asked, Integer guideQuestion, boolean propose) {
    }

    /** A proposed question waiting for staff, without who asked it: the guide library is the consultancy's. */
    public record Proposal(long questionId, long guideId, String asked, InterviewFormat format, int round,
                           Instant proposedAt) {
    }

    /** An application's interviews and the guide's questions to match to, as the interviews screen shows them. */
    public record ApplicationInterviews(List<InterviewWithQuestions> interviews, GuideQuestions guideQuestions) {
    }

    /** An application's interviews, by start, each with its questions. */
    @Transactional(readOnly = true)
    public List<InterviewWithQuestions> ofApplication(long applicationId) {
        return forApplication(applicationId).interviews();
    }

    /**
     * An application's interviews, by start, each with its questions, and the guide's questions to match to — in two
     * statements: the application with its candidate, interviews and questions, then the guide's newest published
     * version with the versions earlier questions were matched in. The door is the same as everywhere
     * ({@link JobApplications#visible}); it finds the application and its candidate already read.
     */
    @Transactional(readOnly = true)
    public ApplicationInterviews forApplication(long applicationId) {
        List<Object[]> rows = interviews.findWithCandidateAndQuestions(applicationId);
        JobApplication application = applications.visible(applicationId);
        Map<Long, JobInterview> found = new LinkedHashMap<>();
        Map<Long, List<InterviewQuestion>> byInterview = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (row[2] instanceof JobInterview interview) {
                found.putIfAbsent(interview.getId(), interview);
                List<InterviewQuestion> asked = byInterview.computeIfAbsent(interview.getId(), i -> new ArrayList<>());
                if (row[3] instanceof InterviewQuestion question) {
                    asked.add(question);
                }
            }
        }
        Set<Long> versionIds = matchedVersionIds(byInterview.values());
        RoleGuideService.LatestAndVersions versions = guides.latestPublishedAnd(application.getGuideId(), versionIds);
        RoleGuideVersion latest = versions.latest();
        GuideQuestions offered = latest == null ? new GuideQuestions(application.getGuideId(), null, List.of())
                : new GuideQuestions(application.getGuideId(), latest.getId(), latest.getContent().interviewQuestions());
        return new ApplicationInterviews(withMatches(found.values(), byInterview, versions.byId()), offered);
    }

    /**
     * One interview with its questions: the interview, its application and candidate and its questions in one
     * statement, the door then finds them already read (#19); the versions of the guide matched questions were matched
     * in, when there are any, in a second.
     */
    @Transactional(readOnly = true)
    public InterviewWithQuestions get(long interviewId) {
        List<Object[]> rows = interviews.findWithApplicationAndQuestions(interviewId);
        JobInterview interview = visible(interviewId);
        List<InterviewQuestion> asked = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[3] instanceof InterviewQuestion question) {
                asked.add(question);
            }
        }
        Map<Long, List<InterviewQuestion>> byInterview = Map.of(interview.getId(), asked);
        Set<Long> versionIds = matchedVersionIds(byInterview.values());
        return withMatches(List.of(interview), byInterview,
                versionIds.isEmpty() ? Map.of() : guides.versionsById(versionIds)).getFirst();
    }

    @Transactional(readOnly = true)
    public GuideQuestions guideQuestions(long applicationId) {
        JobApplication application = applications.visible(applicationId);
        return guideQuestionsOf(application.getGuideId());
    }

    /**
     * A new interview. An application that was sent and is still open takes interviews; the first one moves an
     * application that is applied or in screening to interviewing (recorded like any move, with readiness).
     */
    public JobInterview schedule(long applicationId, InterviewPlan plan) {
        JobApplication application = applications.visible(applicationId);
        Instant startsAt = plan.validate();
        ApplicationStage stage = application.getStage();
        if (!stage.isOpen() || stage == ApplicationStage.SAVED) {
            throw new ConflictException("conflict.interview-application-not-open");
        }
        int round = plan.round() != null ? plan.round() : nextRound(applicationId);
        Instant now = clock.instant();
        Long actorId = access.actor().authorId();
        JobInterview interview = interviews.save(new JobInterview(applicationId, round, plan, startsAt, actorId, now));
        application.touched(now);
        if (stage == ApplicationStage.APPLIED || stage == ApplicationStage.SCREENING) {
            applications.advance(application, ApplicationStage.INTERVIEWING);
        }
        events.publishEvent(new InterviewScheduled(application.getCandidateId(), actorId, interview.getId(),
                applicationId, round, interview.getFormat()));
        return interview;
    }

    /** Changes the plan or the notes (a closed application's interviews too: notes are often written afterwards). */
    public JobInterview update(long interviewId, long expectedVersion, InterviewPlan plan) {
        JobInterview interview = visible(interviewId);
        Versions.require(interview, expectedVersion);
        Instant startsAt = plan.validate();
        interview.plan(plan, plan.round() != null ? plan.round() : interview.getRound(), startsAt, clock.instant());
        applications.visible(interview.getApplicationId()).touched(clock.instant());
        return interview;
    }

    public void remove(long interviewId, long expectedVersion) {
        JobInterview interview = visible(interviewId);
        Versions.require(interview, expectedVersion);
        JobApplication application = applications.visible(interview.getApplicationId());
        long candidateId = application.getCandidateId();
        interviews.delete(interview);
        application.touched(clock.instant());
        events.publishEvent(new InterviewRemoved(candidateId, access.actor().authorId(), interview.getId(),
                interview.getApplicationId(), interview.getRound()));
    }

    /** Writes down a question asked in the interview. */
    public InterviewQuestion ask(long interviewId, QuestionEntry entry) {
        JobInterview interview = visible(interviewId);
        JobApplication application = applications.visible(interview.getApplicationId());
        String asked = InterviewPlan.strip(entry.asked());
        Violations violations = new Violations().required("asked", asked)
                .maxLength("asked", asked, InterviewQuestion.ASKED_MAX).noControlCharacters("asked", asked);
        if (entry.guideQuestion() != null && entry.propose()) {
            violations.add("propose", "invalid"); // a question the guide has is not proposed again
        }
        violations.throwIfAny();
        Long versionId = null;
        if (entry.guideQuestion() != null) {
            GuideQuestions offered = guideQuestionsOf(application.getGuideId());
            if (offered.versionId() == null || entry.guideQuestion() < 0
                    || entry.guideQuestion() >= offered.questions().size()) {
                new Violations().add("guideQuestion", "invalid").throwIfAny();
            }
            versionId = offered.versionId();
        }
        Long actorId = access.actor().authorId();
        InterviewQuestion question = questions.save(new InterviewQuestion(interviewId, asked, versionId,
                entry.guideQuestion(), entry.propose(), actorId, clock.instant()));
        application.touched(clock.instant());
        if (entry.propose()) {
            events.publishEvent(new QuestionProposed(application.getCandidateId(), actorId, question.getId(),
                    application.getGuideId()));
        }
        return question;
    }

    public void removeQuestion(long questionId) {
        InterviewQuestion question = questions.findById(questionId).orElseThrow(JobInterviews::questionNotFound);
        JobInterview interview;
        try {
            interview = visible(question.getInterviewId());
        } catch (NotFoundException e) {
            throw questionNotFound();
        }
        questions.delete(question);
        applications.visible(interview.getApplicationId()).touched(clock.instant());
    }

    /** Proposed questions waiting for a decision, for one guide (staff), oldest first. */
    @Transactional(readOnly = true)
    public List<Proposal> proposals(long guideId) {
        requireStaff();
        return questions.findProposals(guideId);
    }

    /** How many proposals wait, per guide (staff), for the guide library. */
    @Transactional(readOnly = true)
    public Map<Long, Long> proposalCounts() {
        requireStaff();
        return questions.countProposalsByGuide().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /**
     * Takes a proposed question into the guide's draft (made from the newest published version if there is none), in
     * both languages as staff word it; it reaches candidates when the draft is published.
     */
    public void accept(long questionId, LocalizedText wording) {
        Actor actor = requireStaff();
        new Violations().required("ko", wording == null ? null : blankToNull(wording.ko()))
                .required("en", wording == null ? null : blankToNull(wording.en()))
                .maxLength("ko", wording == null ? null : wording.ko(), InterviewQuestion.ASKED_MAX)
                .maxLength("en", wording == null ? null : wording.en(), InterviewQuestion.ASKED_MAX)
                .throwIfAny();
        InterviewQuestion question = proposed(questionId);
        long guideId = guideOf(question);
        RoleGuideVersion draft = guides.draft(guideId);
        GuideContent content = draft.getContent();
        List<LocalizedText> asked = new ArrayList<>(content.interviewQuestions());
        asked.add(LocalizedText.of(wording.ko().strip(), wording.en().strip()));
        guides.saveDraft(draft.getId(), draft.getVersion(), new GuideContent(content.title(), content.definition(),
                content.duties(), content.lookAlikes(), content.skills(), content.jdKeywords(), asked,
                content.checklist()));
        question.decide(QuestionProposal.ACCEPTED, actor.authorId(), clock.instant());
    }

    public void dismiss(long questionId) {
        Actor actor = requireStaff();
        proposed(questionId).decide(QuestionProposal.DISMISSED, actor.authorId(), clock.instant());
    }

    private InterviewQuestion proposed(long questionId) {
        return questions.findById(questionId).filter(question -> question.getProposal() != null)
                .orElseThrow(JobInterviews::questionNotFound);
    }

    private long guideOf(InterviewQuestion question) {
        return questions.guideIdOf(question.getId()).orElseThrow(JobInterviews::questionNotFound);
    }

    private GuideQuestions guideQuestionsOf(long guideId) {
        try {
            RoleGuideVersion version = guides.latestPublishedVersion(guideId);
            return new GuideQuestions(guideId, version.getId(), version.getContent().interviewQuestions());
        } catch (ConflictException | NotFoundException e) {
            return new GuideQuestions(guideId, null, List.of()); // never published: nothing to match yet
        }
    }

    private int nextRound(long applicationId) {
        int next = interviews.maxRound(applicationId).orElse(0) + 1;
        if (next > InterviewPlan.MAX_ROUND) {
            new Violations().add("round", "invalid").throwIfAny();
        }
        return next;
    }

    private static Set<Long> matchedVersionIds(Collection<List<InterviewQuestion>> asked) {
        return asked.stream().flatMap(List::stream).map(InterviewQuestion::getGuideVersionId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private static List<InterviewWithQuestions> withMatches(Collection<JobInterview> found,
                                                            Map<Long, List<InterviewQuestion>> byInterview,
                                                            Map<Long, RoleGuideVersion> versions) {
        return found.stream().map(interview -> new InterviewWithQuestions(interview,
                byInterview.get(interview.getId()).stream().map(question -> new AskedQuestion(question,
                        matchedText(question, versions))).toList())).toList();
    }

    private static LocalizedText matchedText(InterviewQuestion question, Map<Long, RoleGuideVersion> versions) {
        RoleGuideVersion version = question.getGuideVersionId() == null ? null
                : versions.get(question.getGuideVersionId());
        if (version == null) {
            return null;
        }
        List<LocalizedText> asked = version.getContent().interviewQuestions();
        return question.getGuideQuestion() < asked.size() ? asked.get(question.getGuideQuestion()) : null;
    }

    private JobInterview visible(long interviewId) {
        JobInterview interview = interviews.findById(interviewId).orElseThrow(JobInterviews::notFound);
        try {
            applications.visible(interview.getApplicationId());
        } catch (NotFoundException e) {
            throw notFound();
        }
        return interview;
    }

    private Actor requireStaff() {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        return actor;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("interview");
    }

    private static NotFoundException questionNotFound() {
        return new NotFoundException("question");
    }
}
