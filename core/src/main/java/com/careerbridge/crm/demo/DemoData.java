package com.careerbridge.crm.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.Assignment;
import com.careerbridge.crm.assignment.AssignmentItem;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.booking.AvailabilityException;
import com.careerbridge.crm.booking.Availabilities;
import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.BookingRules;
import com.careerbridge.crm.booking.ConsultantAvailability;
import com.careerbridge.crm.booking.SessionType;
import com.careerbridge.crm.booking.SessionTypeForm;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.booking.TimeOfDayRange;
import com.careerbridge.crm.booking.WeeklyAvailability;
import com.careerbridge.crm.branding.Brand;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionOutcome;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.application.ApplicationForm;
import com.careerbridge.crm.application.ApplicationSource;
import com.careerbridge.crm.application.ApplicationStage;
import com.careerbridge.crm.application.JobApplication;
import com.careerbridge.crm.application.JobApplications;
import com.careerbridge.crm.application.InterviewFormat;
import com.careerbridge.crm.application.InterviewPlan;
import com.careerbridge.crm.application.JobInterview;
import com.careerbridge.crm.application.JobInterviews;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the demo consultancy through the real services (so it obeys every rule): its name and logo, two consultants, thirty candidates
 * across the pipeline, target roles with assigned guides and checklist progress, past sessions with summaries and
 * mock-interview ratings, upcoming sessions, and the candidates with a login talking with their consultants and
 * handing in documents ({@link DemoConversations}). Deterministic (fixed seed) apart from the passwords, which are random.
 */
@Component
public class DemoData {

    static final String DEMO_DOMAIN = "careerbridge.example";
    static final String DEMO_NAME_KO = "브릿지 커리어 컨설팅";
    static final String DEMO_NAME_EN = "Bridge Career Consulting";
    static final String DEMO_LOGO = "/demo/brand-logo.png";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    // The demo consultancy and its candidates are in Seoul: demo data, not the office setting.
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static final String[][] PEOPLE = {
            {"김서연", "seoyeon.kim"}, {"이준호", "junho.lee"}, {"박지민", "jimin.park"}, {"최유나", "yuna.choi"},
            {"정민재", "minjae.jung"}, {"강하은", "haeun.kang"}, {"조현우", "hyunwoo.cho"}, {"윤서준", "seojun.yoon"},
            {"장예린", "yerin.jang"}, {"임도현", "dohyun.lim"}, {"한지우", "jiwoo.han"}, {"오승민", "seungmin.oh"},
            {"서다은", "daeun.seo"}, {"신우진", "woojin.shin"}, {"권나연", "nayeon.kwon"}, {"황태윤", "taeyoon.hwang"},
            {"안소희", "sohee.ahn"}, {"송민호", "minho.song"}, {"전하린", "harin.jeon"}, {"홍준서", "junseo.hong"},
            {"Emily Clarke", "emily.clarke"}, {"Daniel Moore", "daniel.moore"}, {"Sophie Turner", "sophie.turner"},
            {"배수아", "sua.bae"}, {"문건우", "gunwoo.moon"}, {"유채원", "chaewon.yoo"}, {"남궁현", "hyun.namgung"},
            {"Liam Becker", "liam.becker"}, {"노은비", "eunbi.noh"}, {"구태민", "taemin.koo"}};
    private static final String[] COMPANIES = {"삼성전자", "LG생활건강", "CJ제일제당", "아모레퍼시픽", "현대모비스",
            "Oracle Korea", "P&G Korea", "Nestlé Korea", "3M Korea", "Henkel Korea"};
    private static final String[] TITLES = {"영업 사원", "마케팅 인턴", "고객지원 담당", "데이터 분석 인턴", "교육 코디네이터",
            "Sales Associate", "Key Account Coordinator"};
    private static final String[] TARGET_COMPANIES = {"Salesforce", "Google Korea", "L'Oréal Korea", "Siemens Healthineers",
            "Microsoft Korea", "Unilever Korea", "Bayer Korea", "AWS Korea", "Philips Korea", "Danone Korea"};
    private static final PipelineStatus[] STATUSES = {
            PipelineStatus.LEAD, PipelineStatus.ACTIVE, PipelineStatus.ACTIVE, PipelineStatus.ACTIVE,
            PipelineStatus.INTERVIEWING, PipelineStatus.INTERVIEWING, PipelineStatus.PLACED, PipelineStatus.PAUSED,
            PipelineStatus.ACTIVE, PipelineStatus.CLOSED};

    private final AccountService accounts;
    private final CandidateService candidates;
    private final TargetRoleService targetRoles;
    private final AssignmentService assignments;
    private final SessionService sessions;
    private final JobApplications jobApplications;
    private final JobInterviews interviews;
    private final RoleGuideService guides;
    private final ConsultancyBrand brand;
    private final SessionTypes sessionTypes;
    private final Availabilities availabilities;
    private final Booking booking;
    private final ActingAs actingAs;
    private final DemoConversations talk;
    private final TransactionTemplate transaction;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;
    private final Clock clock;

    DemoData(AccountService accounts, CandidateService candidates, TargetRoleService targetRoles,
             AssignmentService assignments, SessionService sessions, JobApplications jobApplications,
             JobInterviews interviews, RoleGuideService guides, ConsultancyBrand brand, SessionTypes sessionTypes,
             Availabilities availabilities, Booking booking, ActingAs actingAs, DemoConversations talk,
             TransactionTemplate transaction, Clock clock) {
        this.talk = talk;
        this.sessionTypes = sessionTypes;
        this.availabilities = availabilities;
        this.booking = booking;
        this.accounts = accounts;
        this.candidates = candidates;
        this.targetRoles = targetRoles;
        this.assignments = assignments;
        this.sessions = sessions;
        this.jobApplications = jobApplications;
        this.interviews = interviews;
        this.guides = guides;
        this.brand = brand;
        this.actingAs = actingAs;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Whether the demo consultancy is already there (its first consultant exists). */
    public boolean isLoaded() {
        return accounts.findByEmail(new EmailAddress("jihyun.park@" + DEMO_DOMAIN)).isPresent();
    }

    /** Loads the demo consultancy in one transaction and returns the logins (e-mail → password). */
    public Map<String, String> load() {
        Map<String, String> logins = transaction.execute(status -> SystemWork.call(this::build));
        log.info("Loaded the demo consultancy: 2 consultants, {} candidates", PEOPLE.length);
        return logins;
    }

    private Map<String, String> build() {
        Random random = new Random(20261127L);
        Map<String, String> logins = new LinkedHashMap<>();
        nameTheConsultancy();
        UserAccount jihyun = consultant("박지현", "jihyun.park", Locale.KOREAN, logins);
        UserAccount daniel = consultant("Daniel Cho", "daniel.cho", Locale.ENGLISH, logins);
        List<GuideSummary> library = guides.library();
        Map<Long, int[]> slots = new LinkedHashMap<>();
        List<Long> people = new ArrayList<>();

        for (int i = 0; i < PEOPLE.length; i++) {
            UserAccount consultant = i % 3 == 2 ? daniel : jihyun;
            boolean english = PEOPLE[i][0].matches("[A-Za-z ]+");
            Candidate candidate = candidates.create(new CandidateForm(PEOPLE[i][0],
                    PEOPLE[i][1] + "@" + DEMO_DOMAIN, "+82 10-" + (2000 + i * 37) + "-" + (1000 + i * 113),
                    english ? Language.EN : Language.KO, english && i % 2 == 0 ? "Europe/Berlin" : "Asia/Seoul",
                    CareerStage.values()[i % CareerStage.values().length], COMPANIES[i % COMPANIES.length],
                    TITLES[i % TITLES.length], List.of(i % 2 == 0 ? "foreign-company" : "b2b", "2026")),
                    consultant.getId());
            people.add(candidate.getId());
            int index = i;
            actingAs.run(consultant.getId(), () -> populate(candidate, index, consultant, library, random, slots, logins));
        }
        booking(jihyun, daniel, library);
        entityManager.flush(); // see populate: the talk reads and ticks the checklists as a new request would
        talk.load(new DemoConversations.Pair(people.get(1), loginOf(1), jihyun.getId()),
                new DemoConversations.Pair(people.get(2), loginOf(2), daniel.getId()),
                new DemoConversations.Pair(people.get(3), loginOf(3), jihyun.getId()));
        return logins;
    }

    /**
     * Self-service booking: three session types (two offered to candidates), both consultants' bookable hours, a
     * session a candidate booked themselves, and one the candidate called off too late.
     */
    private void booking(UserAccount jihyun, UserAccount daniel, List<GuideSummary> library) {
        Long accountManagerGuide = library.stream().filter(g -> g.slug().equals("account-manager")).findFirst()
                .map(GuideSummary::guideId).orElse(null);
        SessionType mock = sessionTypes.create(new SessionTypeForm(
                LocalizedText.of("모의 면접 — 어카운트 매니저", "Mock interview — Account Manager"), 60, SessionMode.ONLINE,
                "https://meet.careerbridge.example/mock", 0, 15, true, 1440, accountManagerGuide));
        SessionType cvReview = sessionTypes.create(new SessionTypeForm(LocalizedText.of("이력서 리뷰", "CV review"), 30,
                SessionMode.ONLINE, "https://meet.careerbridge.example/cv", 0, 0, true, 720, null));
        sessionTypes.create(new SessionTypeForm(LocalizedText.of("커리어 전략 상담", "Career strategy consultation"), 90,
                SessionMode.IN_PERSON, "커리어브릿지 강남 상담실 1", 15, 15, false, 2880, null));

        LocalDate today = LocalDate.now(clock.withZone(SEOUL));
        LocalDate nextWednesday = today.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).plusWeeks(1);
        WeeklyAvailability jihyunWeek = WeeklyAvailability.none(SEOUL);
        for (DayOfWeek day : java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            jihyunWeek = jihyunWeek.with(day, TimeOfDayRange.of("10:00", "12:30"), TimeOfDayRange.of("14:00", "18:00"));
        }
        jihyunWeek = jihyunWeek.with(DayOfWeek.THURSDAY, TimeOfDayRange.of("10:00", "12:30"),
                TimeOfDayRange.of("14:00", "18:00"), TimeOfDayRange.of("19:00", "21:00"));
        ConsultantAvailability jihyunHours = new ConsultantAvailability(jihyunWeek,
                List.of(AvailabilityException.unavailable(nextWednesday)));
        availabilities.save(jihyun.getId(), 0, jihyunHours, new BookingRules(Duration.ofHours(24), 30, 5, 30));
        WeeklyAvailability danielWeek = WeeklyAvailability.none(SEOUL);
        for (DayOfWeek day : java.util.EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY)) {
            danielWeek = danielWeek.with(day, TimeOfDayRange.of("09:00", "13:00"));
        }
        availabilities.save(daniel.getId(), 0, ConsultantAvailability.of(danielWeek),
                new BookingRules(Duration.ofHours(12), 21, null, 30));

        // 이준호 books a mock interview for a few days ahead; 최유나 books a CV review and calls it off on the day.
        long junho = loginOf(1);
        actingAs.run(junho, () -> {
            Slot first = booking.slots(mock.getId(), today.plusDays(3), today.plusDays(10), SEOUL).slots().getFirst();
            booking.book(mock.getId(), first.start(), "어카운트 매니저 1차 면접 대비: 고객 갈등 사례 질문을 연습하고 싶어요.");
        });
        long yuna = loginOf(3);
        CandidateSessionView late = actingAs.call(yuna, () -> {
            Slot first = booking.slots(cvReview.getId(), today.plusDays(2), today.plusDays(9), SEOUL).slots().getFirst();
            return booking.book(cvReview.getId(), first.start(), null);
        });
        entityManager.flush();
        actingAs.run(jihyun.getId(), () -> sessions.cancel(late.id(), late.version(),
                "당일 오전에 취소 연락을 받았습니다.", true));
    }

    private long loginOf(int person) {
        return accounts.findByEmail(new EmailAddress(PEOPLE[person][1] + "@" + DEMO_DOMAIN))
                .map(UserAccount::getId).orElseThrow();
    }

    /** Its own name in both languages and a small logo (an arch bridge), as an admin would set them. */
    private void nameTheConsultancy() {
        Brand named = brand.rename(brand.current().version(), LocalizedText.of(DEMO_NAME_KO, DEMO_NAME_EN));
        try (var logo = DemoData.class.getResourceAsStream(DEMO_LOGO)) {
            if (logo == null) {
                throw new IllegalStateException(DEMO_LOGO + " is missing from the classpath");
            }
            brand.replaceLogo(named.version(), logo.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void populate(Candidate candidate, int index, UserAccount consultant, List<GuideSummary> library,
                          Random random, Map<Long, int[]> slots, Map<String, String> logins) {
        PipelineStatus target = STATUSES[index % STATUSES.length];
        moveTo(candidate, target);
        if (target == PipelineStatus.LEAD) {
            return;
        }
        boolean withLogin = index >= 1 && index <= 3;
        Long userId = null;
        if (withLogin) {
            String password = AccountService.randomPassword();
            userId = candidates.createLogin(candidate.getId(), password).getId();
            logins.put(candidate.getEmail().value(), password);
        }
        // The whole demo is one transaction: the login's link is still unflushed, and the locking read inside the
        // change flushes it (version + 1) before comparing — so read the version after flushing, as a new request would.
        entityManager.flush();
        candidates.changeEmailPreferences(candidate.getId(), candidates.get(candidate.getId()).getVersion(),
                index % 4 != 3, DayOfWeek.MONDAY, LocalTime.of(9, 0));

        int roleCount = 1 + index % 2;
        List<Long> guideIds = new ArrayList<>();
        List<Long> roleIds = new ArrayList<>();
        for (int r = 0; r < roleCount; r++) {
            GuideSummary guide = library.get((index + r * 2) % library.size());
            guideIds.add(guide.guideId());
            roleIds.add(targetRoles.add(candidate.getId(), guide.guideId(), new TargetRoleForm(r + 1,
                    List.of(TARGET_COMPANIES[(index + r) % TARGET_COMPANIES.length]),
                    target == PipelineStatus.INTERVIEWING ? TargetRoleStatus.APPLYING
                            : target == PipelineStatus.PLACED ? TargetRoleStatus.OFFER : TargetRoleStatus.PREPARING)).getId());
            LocalDate due = LocalDate.now(clock).plusDays(3 + random.nextInt(25) - (index % 5 == 0 ? 20 : 0));
            assignments.assign(guide.guideId(), List.of(candidate.getId()), due.isBefore(LocalDate.now(clock)) ? null : due,
                    r == 0 ? "이번 주 안에 가이드를 읽고 체크리스트를 시작해 보세요." : "Read this before our next session.");
        }

        List<Assignment> held = assignments.withItemsForCandidates(List.of(candidate.getId()));
        int progress = switch (target) {
            case PLACED -> 6;
            case INTERVIEWING -> 4;
            case ACTIVE, PAUSED -> 1 + random.nextInt(3);
            default -> 0;
        };
        for (Assignment assignment : held) {
            List<String> keys = assignment.getItems().stream().map(AssignmentItem::getItemKey).toList();
            int verified = Math.min(progress / 2, keys.size());
            for (int k = 0; k < verified; k++) {
                Assignment fresh = assignments.withItemsForCandidates(List.of(candidate.getId())).stream()
                        .filter(a -> a.getId().equals(assignment.getId())).findFirst().orElseThrow();
                assignments.verifyItem(assignment.getId(), fresh.getVersion(), keys.get(k), true);
            }
            if (userId != null) {
                long assignmentId = assignment.getId();
                int ticks = Math.min(progress, keys.size());
                actingAs.run(userId, () -> {
                    assignments.open(assignmentId);
                    for (int k = verified; k < ticks; k++) {
                        assignments.markItem(assignmentId, keys.get(k), true);
                    }
                });
            }
        }

        int[] slot = slots.computeIfAbsent(consultant.getId(), id -> new int[] {0});
        int pastSessions = target == PipelineStatus.ACTIVE ? 1 : 2;
        for (int s = 0; s < pastSessions; s++) {
            LocalDateTime start = nextSlot(slot, -35);
            CoachingSession session = sessions.schedule(candidate.getId(), plan(start, index + s));
            Integer rating = s == pastSessions - 1 && target != PipelineStatus.PAUSED ? 2 + random.nextInt(4) : null;
            sessions.complete(session.getId(), session.getVersion(), new SessionOutcome(
                    "자기소개가 길어지는 편. 숫자로 성과를 말하는 연습 필요.",
                    "오늘은 지원 직무의 핵심 역량을 정리했습니다. 다음 세션 전까지 경험 사례 3가지를 STAR 형식으로 준비해 주세요.",
                    List.of(new SessionOutcome.NewActionItem(null, "경험 사례 3가지를 STAR 형식으로 정리하기",
                                    LocalDate.now(clock).plusDays(s == 0 ? -3 : 5)),
                            new SessionOutcome.NewActionItem(null, "목표 회사 JD 두 개 분석하기", LocalDate.now(clock).plusDays(7))),
                    rating, rating == null ? null : guideIds.getFirst()));
        }
        if (target == PipelineStatus.ACTIVE || target == PipelineStatus.INTERVIEWING) {
            LocalDateTime start = nextSlot(slot, 1);
            sessions.schedule(candidate.getId(), plan(start, index));
        }
        applications(candidate, index, target, roleIds.getFirst());
    }

    /** A board worth looking at: postings saved and sent, interviews under way, offers, and the ones that ended. */
    private void applications(Candidate candidate, int index, PipelineStatus target, long roleId) {
        List<ApplicationStage> path = switch (target) {
            case PLACED -> List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEWING, ApplicationStage.OFFER,
                    ApplicationStage.ACCEPTED);
            case INTERVIEWING -> List.of(ApplicationStage.INTERVIEWING);
            case ACTIVE -> index % 2 == 0 ? List.of() : List.of(ApplicationStage.SCREENING);
            default -> null;
        };
        if (path == null) {
            return;
        }
        String company = TARGET_COMPANIES[index % TARGET_COMPANIES.length];
        JobApplication main = jobApplications.create(candidate.getId(), roleId, ApplicationStage.APPLIED,
                posting(company, index, ApplicationSource.values()[index % ApplicationSource.values().length]));
        for (ApplicationStage next : path) {
            if (next == ApplicationStage.INTERVIEWING) {
                firstRound(main, index); // the first interview moves the application to interviewing
                if (target == PipelineStatus.INTERVIEWING) {
                    nextRound(main, index);
                }
                main = jobApplications.get(main.getId()).application();
                continue;
            }
            main = jobApplications.move(main.getId(), main.getVersion(), next);
        }
        jobApplications.create(candidate.getId(), roleId, ApplicationStage.SAVED,
                posting(TARGET_COMPANIES[(index + 3) % TARGET_COMPANIES.length], index + 1, ApplicationSource.JOB_BOARD));
        if (target == PipelineStatus.INTERVIEWING) {
            JobApplication ended = jobApplications.create(candidate.getId(), roleId, ApplicationStage.APPLIED,
                    posting(TARGET_COMPANIES[(index + 5) % TARGET_COMPANIES.length], index + 2,
                            ApplicationSource.HEADHUNTER));
            jobApplications.move(ended.getId(), ended.getVersion(), ApplicationStage.REJECTED);
        }
    }

    /** A round that took place last week, with notes and the questions asked: one from the guide, one proposed. */
    private void firstRound(JobApplication application, int index) {
        LocalDateTime past = LocalDate.now(clock.withZone(SEOUL)).minusDays(7 + index % 5).atTime(10 + index % 6, 0);
        JobInterview round = interviews.schedule(application.getId(), new InterviewPlan(past, SEOUL.getId(), 1,
                index % 2 == 0 ? InterviewFormat.VIDEO : InterviewFormat.PHONE, "Hiring manager",
                "Asked a lot about how I plan my quarter; I used the 30-60-90 plan from the guide."));
        if (!interviews.guideQuestions(application.getId()).questions().isEmpty()) {
            interviews.ask(round.getId(), new JobInterviews.QuestionEntry(
                    "Tell me about an account you grew and how.", 0, false));
        }
        interviews.ask(round.getId(), new JobInterviews.QuestionEntry(
                "How would you handle a distributor who misses the quarter's target?", null, index % 3 != 2));
    }

    /** The next round, coming up this week (the consultant's applications view lists it). */
    private void nextRound(JobApplication application, int index) {
        LocalDateTime soon = LocalDate.now(clock.withZone(SEOUL)).plusDays(1 + index % 5).atTime(14 + index % 4, 0);
        interviews.schedule(application.getId(), new InterviewPlan(soon, SEOUL.getId(), 2, InterviewFormat.ON_SITE,
                "Sales director, country manager", null));
    }

    private static ApplicationForm posting(String company, int index, ApplicationSource source) {
        String slug = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
        return new ApplicationForm(company, index % 2 == 0 ? "Account Manager" : "Sales Analyst",
                "https://careers.example/" + slug + "/" + (1000 + index), index % 3 == 0 ? "Seoul" : "Seoul (hybrid)",
                source, null, index % 4 == 0 ? 55_000_000 : null, index % 4 == 0 ? 70_000_000 : null,
                index % 4 == 0 ? "KRW" : null);
    }

    private void moveTo(Candidate candidate, PipelineStatus target) {
        List<PipelineStatus> path = switch (target) {
            case LEAD -> List.of();
            case ACTIVE -> List.of(PipelineStatus.ACTIVE);
            case INTERVIEWING -> List.of(PipelineStatus.ACTIVE, PipelineStatus.INTERVIEWING);
            case PLACED -> List.of(PipelineStatus.ACTIVE, PipelineStatus.INTERVIEWING, PipelineStatus.PLACED);
            case PAUSED -> List.of(PipelineStatus.ACTIVE, PipelineStatus.PAUSED);
            case CLOSED -> List.of(PipelineStatus.ACTIVE, PipelineStatus.CLOSED);
        };
        for (PipelineStatus step : path) {
            entityManager.flush(); // see populate: versions are read as a new request would see them
            Candidate current = candidates.get(candidate.getId());
            candidates.changeStatus(current.getId(), current.getVersion(), step);
        }
    }

    /** Consecutive free hours in the consultant's calendar, on working days from {@code fromDays} after today (Seoul). */
    private LocalDateTime nextSlot(int[] counter, int fromDays) {
        int n = counter[0]++;
        int[] hours = {10, 11, 14, 15, 16};
        LocalDate day = LocalDate.now(clock.withZone(SEOUL)).plusDays(fromDays);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        for (int workingDays = n / hours.length; workingDays > 0; workingDays--) {
            day = day.plusDays(day.getDayOfWeek() == DayOfWeek.SATURDAY ? 2 : 1);
        }
        return day.atTime(hours[n % hours.length], 0);
    }

    private static SessionPlan plan(LocalDateTime start, int variant) {
        SessionMode mode = SessionMode.values()[variant % SessionMode.values().length];
        String location = switch (mode) {
            case ONLINE -> "https://meet.careerbridge.example/room-" + (100 + variant);
            case IN_PERSON -> "커리어브릿지 강남 상담실 " + (1 + variant % 3);
            case PHONE -> null;
        };
        return new SessionPlan(start, start.plusHours(1), "Asia/Seoul", mode, location, "지원 직무 준비 점검과 모의 면접");
    }

    private UserAccount consultant(String name, String local, Locale locale, Map<String, String> logins) {
        String password = AccountService.randomPassword();
        UserAccount account = accounts.create(new EmailAddress(local + "@" + DEMO_DOMAIN), name, Role.CONSULTANT, locale, password);
        logins.put(account.getEmail().value(), password);
        return account;
    }

    /** Writes the demo logins next to the embedded database, readable by the owner only. */
    static void writeLoginsFile(Path file, Map<String, String> logins) throws IOException {
        StringBuilder text = new StringBuilder("# CareerBridge CRM demo logins (random passwords, created on first start)\n");
        logins.forEach((email, password) -> text.append(email).append('\t').append(password).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the file keeps the directory's default permissions
        }
    }
}
