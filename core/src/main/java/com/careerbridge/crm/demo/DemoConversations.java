package com.careerbridge.crm.demo;

import java.util.List;
import java.util.Optional;

import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.assignment.Assignment;
import com.careerbridge.crm.assignment.AssignmentItem;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.assignment.ItemState;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.DocumentLinks;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.documents.NewDocument;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.messaging.MessageReference;
import com.careerbridge.crm.roleguide.ChecklistKind;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TitledTargetRole;
import org.springframework.stereotype.Component;

/**
 * The demo's talk and paperwork: the three candidates with a portal login write with their consultants and hand in
 * documents, each person in their own language (박지민 writes to her English-speaking consultant in English, as
 * practice for foreign companies). Everything goes through the doors the web UI and the app use — {@link Conversations}
 * and {@link CandidateDocuments}, signed in as the person who does it — so summaries, read marks, quotas, previews,
 * ticked checklist items, timeline entries and the message notices are what they would be after real use.
 * <p>
 * When it ends, 박지현's inbox has 이준호's conversation unread and waiting for her, 최유나's answered; Daniel Cho has
 * 박지민's question waiting; 최유나 and no one else has an unread answer in the portal. The doors stamp messages and
 * files with the clock's "now" and take no other time, so the exchanges read as a conversation of the last minutes
 * (like the demo's timeline entries, which are "now" too).
 */
@Component
class DemoConversations {

    /** A candidate with a portal login and their consultant. */
    record Pair(long candidateId, long candidateUserId, long consultantUserId) {
    }

    private final Conversations conversations;
    private final CandidateDocuments documents;
    private final TargetRoleService targetRoles;
    private final AssignmentService assignments;
    private final ActingAs actingAs;

    DemoConversations(Conversations conversations, CandidateDocuments documents, TargetRoleService targetRoles,
                      AssignmentService assignments, ActingAs actingAs) {
        this.conversations = conversations;
        this.documents = documents;
        this.targetRoles = targetRoles;
        this.assignments = assignments;
        this.actingAs = actingAs;
    }

    void load(Pair junho, Pair jimin, Pair yuna) {
        cvReturnedAndRevised(junho);
        firstCvInEnglish(jimin);
        exercisesHandedIn(yuna);
    }

    /** 이준호 ↔ 박지현: CV v1, her comment and edited v2, his v3; a cover letter that ticks a checklist item. */
    private void cvReturnedAndRevised(Pair pair) {
        TitledTargetRole role = roles(pair).getFirst();
        String company = firstCompany(role);
        DocumentView cv = asCandidate(pair, () -> documents.uploadMine(new NewDocument(DocumentKind.CV,
                        "영문 이력서 — " + role.title(Language.KO), new DocumentLinks(role.role().getId(), null, null)),
                "CV_JunhoLee_v1.pdf", DemoFiles.pdf(junhoCv(false, false))));
        asCandidate(pair, () -> conversations.sendMine("""
                컨설턴트님, 안녕하세요. 지난 세션에서 말씀하신 영문 이력서 초안을 올렸습니다.
                %s 지원 전에 어떤 부분부터 고치면 좋을지 봐주실 수 있을까요?""".formatted(company),
                MessageReference.document(cv.id())));

        DocumentView edited = asConsultant(pair, () -> {
            documents.comment(cv.latest().id(), """
                    프로필의 '성실', '열정적' 같은 표현은 면접관이 기억하지 못해요. 하고 싶은 일을 한 줄로 말하고, \
                    인턴 경험마다 숫자를 하나씩(행사 규모, 데이터 건수, 결과) 넣어 보세요. 예시로 고친 v2를 올려 둘게요.""");
            return documents.uploadVersion(cv.id(), cv.version(), "CV_JunhoLee_v2_edited.pdf",
                    DemoFiles.pdf(junhoCv(true, false)));
        });
        asConsultant(pair, () -> conversations.send(pair.candidateId(), """
                준호 씨, 초안 잘 받았어요. v1에 코멘트를 남기고 경력 항목을 숫자 중심으로 고친 v2를 올려 두었어요.
                세 번째 항목은 비워 두었으니 직접 채워 보세요. 면접에서 가장 자신 있게 말할 수 있는 경험이 될 거예요.""",
                MessageReference.document(cv.id())));

        Optional<AssignmentItem> item = openItem(pair.candidateId(), role, ChecklistKind.DOCUMENT, ChecklistKind.PRACTISE);
        Long assignmentId = item.map(i -> assignmentOf(pair.candidateId(), role).getId()).orElse(null);
        DocumentView letter = asCandidate(pair, () -> {
            documents.comment(edited.latest().id(), "예시 감사합니다! 세 번째 항목은 제가 만든 주간 판매 리포트로 채워 볼게요.");
            documents.uploadVersion(cv.id(), edited.version(), "CV_JunhoLee_v3.pdf", DemoFiles.pdf(junhoCv(true, true)));
            conversations.sendMine("""
                    v2 보고 세 번째 항목을 주간 판매 리포트 경험으로 채워서 v3로 올렸습니다.
                    숫자로 쓰니까 훨씬 설득력이 있네요!""", MessageReference.document(cv.id()));
            return documents.uploadMine(new NewDocument(DocumentKind.COVER_LETTER,
                            "자기소개서 — " + company + " " + role.title(Language.KO),
                            new DocumentLinks(role.role().getId(), assignmentId, item.map(AssignmentItem::getItemKey)
                                    .orElse(null))),
                    "자기소개서_이준호.txt", DemoFiles.text(junhoCoverLetter(company, role.title(Language.KO))));
        });
        MessageReference about = assignmentId == null ? MessageReference.document(letter.id())
                : MessageReference.checklistItem(assignmentId, letter.itemKey());
        asCandidate(pair, () -> conversations.sendMine("""
                그리고 체크리스트의 이 항목에 맞춰 자기소개서도 제출했어요.
                다음 주 모의 면접 전에 여쭤보고 싶은 게 있는데, 고객 갈등 사례는 STAR 중 어느 부분을 가장 길게 말하는 게 좋을까요?""",
                about));
    }

    /** 박지민 ↔ Daniel Cho, in English: her first CV, his comment, and her question about a checklist item. */
    private void firstCvInEnglish(Pair pair) {
        TitledTargetRole role = roles(pair).getFirst();
        asConsultant(pair, () -> conversations.send(pair.candidateId(), """
                Hi Jimin, thanks for a good session. For your %s applications, could you upload your current CV \
                here? Then we can go through it line by line next time.""".formatted(role.title(Language.EN)), null));
        DocumentView cv = asCandidate(pair, () -> {
            DocumentView uploaded = documents.uploadMine(new NewDocument(DocumentKind.CV, "CV — Jimin Park (English)",
                    new DocumentLinks(role.role().getId(), null, null)), "Jimin_Park_CV.pdf", DemoFiles.pdf(
                    "# Jimin Park", "Seoul, Korea  |  jimin.park@careerbridge.example", "",
                    "# Profile", "Customer support specialist moving into sales analysis. Comfortable with Excel and",
                    "customer data; curious about why numbers move.", "",
                    "# Experience", "Customer Support, consumer goods company, Seoul (2024 - now)",
                    "- Answered customer questions by phone and e-mail",
                    "- Made a monthly Excel report of the most common complaints", "",
                    "# Education", "B.A. Statistics, 2024", "",
                    "# Skills", "Excel (pivot tables), basic SQL, English (business level)"));
            conversations.sendMine("""
                    Hi Daniel! I uploaded it. I'm writing to you in English on purpose: it's good practice for \
                    the interviews at foreign companies.""", MessageReference.document(uploaded.id()));
            return uploaded;
        });
        asConsultant(pair, () -> {
            documents.comment(cv.latest().id(), """
                    Lead with the tools and what they showed: "Built a monthly complaints report in Excel (pivot \
                    tables) that cut repeat tickets by ...%". One result per line, and move Skills above Education.""");
            conversations.send(pair.candidateId(), """
                    Great idea, and your English reads well. I left a comment on the CV: lead with the analysis \
                    tools you used, and give every line a result.""", MessageReference.document(cv.id()));
        });
        Optional<AssignmentItem> item = openItem(pair.candidateId(), role, ChecklistKind.PRACTISE,
                ChecklistKind.DOCUMENT);
        MessageReference about = item.map(i -> MessageReference.checklistItem(
                assignmentOf(pair.candidateId(), role).getId(), i.getItemKey())).orElse(null);
        asCandidate(pair, () -> conversations.sendMine("""
                I'd like to start on this checklist item this week. Which public sales dataset would you \
                recommend? And is Excel enough, or should I try Tableau?""", about));
    }

    /** 최유나 ↔ 박지현: after the CV review she called off, her STAR answers and a portfolio piece; answered. */
    private void exercisesHandedIn(Pair pair) {
        List<TitledTargetRole> roles = roles(pair);
        TitledTargetRole role = roles.getLast();
        asConsultant(pair, () -> conversations.send(pair.candidateId(), """
                유나 씨, 이력서 리뷰는 취소된 걸로 확인했어요. 지난 세션에서 정리하기로 한 STAR 사례 3가지를 \
                먼저 올려 주시면 다음 세션 전에 읽어 볼게요.""", null));
        Optional<AssignmentItem> item = openItem(pair.candidateId(), role, ChecklistKind.PRACTISE,
                ChecklistKind.DOCUMENT);
        Long assignmentId = item.map(i -> assignmentOf(pair.candidateId(), role).getId()).orElse(null);
        DocumentView star = asCandidate(pair, () -> {
            DocumentView answers = documents.uploadMine(new NewDocument(DocumentKind.EXERCISE_ANSWER,
                    "STAR 경험 사례 3가지", DocumentLinks.NONE), "STAR_사례_최유나.txt", DemoFiles.text(yunaStar()));
            documents.uploadMine(new NewDocument(DocumentKind.PORTFOLIO, "캠페인 결과 보고서 — " + role.title(Language.KO),
                    new DocumentLinks(role.role().getId(), assignmentId, item.map(AssignmentItem::getItemKey)
                            .orElse(null))), "Campaign_Results_Yuna_Choi.pdf", DemoFiles.pdf(
                    "# Campaign results report (practice)", "Client: a mid-size skincare brand (imaginary)",
                    "Campaign: spring sampling programme in 40 drugstores, 6 weeks", "",
                    "# Results", "- 12,000 samples handed out; 9.5% bought the full-size product within 30 days",
                    "- Sell-through in the 40 stores +18% against the 40 stores without sampling",
                    "- Cost per new buyer: KRW 7,400 (target: KRW 9,000)", "",
                    "# What we learned", "- Weekend sampling converted twice as well as weekdays",
                    "- Store staff briefings mattered more than the display", "",
                    "# Proposal for the autumn campaign", "Keep the 40 stores, add 20, sample on weekends only,",
                    "and brief store staff in week 1. Expected: +15% sell-through at the same budget."));
            conversations.sendMine("""
                    네, 갑자기 회사 일정이 생겨서 취소하게 됐어요. 죄송합니다.
                    STAR 사례 3가지 올렸고, %s 체크리스트에 있는 캠페인 결과 보고서도 포트폴리오로 만들어 봤어요."""
                    .formatted(role.title(Language.KO)), MessageReference.document(answers.id()));
            return answers;
        });
        asConsultant(pair, () -> conversations.send(pair.candidateId(), """
                사례 잘 읽었어요. 두 번째 사례는 결과가 숫자로 끝나서 아주 좋아요. 첫 번째는 상황 설명을 두 문장으로 \
                줄여 보세요. 보고서는 다음 세션에서 같이 봐요. 편하실 때 이력서 리뷰를 다시 예약해 주세요.""",
                MessageReference.document(star.id())));
    }

    /** His CV as he wrote it (v1), as his consultant returned it (v2, one line left for him), and his v3. */
    private static String[] junhoCv(boolean edited, boolean ownResult) {
        List<String> lines = new java.util.ArrayList<>(List.of("# Junho Lee",
                "Seoul, Korea  |  junho.lee@careerbridge.example", "", "# Profile"));
        if (edited) {
            lines.add("Marketing intern moving into B2B sales: launch events, customer data and weekly sales reporting.");
        } else {
            lines.add("I am a hard-working and passionate person with good communication skills and a lot of");
            lines.add("experience in many different projects during my internship and at university.");
        }
        lines.addAll(List.of("", "# Experience", "Marketing Intern, consumer goods company, Seoul (2025 - 2026)"));
        if (edited) {
            lines.add("- Ran 6 product launch events for 1,200 retail partners; 38% joined the follow-up programme");
            lines.add("- Cleaned and segmented 4,500 customer records for the sales team's Q3 campaign");
            lines.add(ownResult ? "- Built the weekly sell-through report used by 3 regional sales managers (4 hours to 1)"
                    : "- [Your own result here: what changed because of your work?]");
        } else {
            lines.addAll(List.of("- Helped with product launch events", "- Supported the sales team with customer data",
                    "- Made weekly reports"));
        }
        lines.addAll(List.of("", "# Education", "B.A. Business Administration, 2025"));
        return lines.toArray(String[]::new);
    }

    private static String junhoCoverLetter(String company, String role) {
        return """
                자기소개서 — %s %s 직무

                1. 지원 동기
                고객의 문제를 숫자로 이해하고 해결하는 영업을 하고 싶습니다. 인턴으로 일하며 리테일 파트너 1,200곳을 대상으로
                제품 출시 행사 6회를 운영했고, 참가 파트너의 38%%가 후속 프로그램에 참여했습니다.

                2. 직무 역량
                영업팀의 3분기 캠페인을 위해 고객 데이터 4,500건을 정리하고 세분화했습니다. 또 지역 영업 관리자 3명이
                매주 쓰는 판매 리포트를 만들어 준비 시간을 4시간에서 1시간으로 줄였습니다.

                3. 입사 후 포부
                첫해에는 담당 고객사의 구매 패턴을 데이터로 정리해, 재구매 시점을 먼저 제안하는 영업 담당자가 되겠습니다.
                """.formatted(company, role);
    }

    private static String yunaStar() {
        return """
                STAR 경험 사례 3가지 — 최유나

                사례 1. 거래처 이탈 위기
                S: 3년 거래한 대리점이 경쟁사로 옮기겠다고 통보했습니다. 납기 지연이 두 달 연속 있었고, 담당자가 자주 바뀌어 불만이 쌓여 있었습니다.
                T: 한 달 안에 재계약 의사를 되돌리는 것이 목표였습니다.
                A: 지연 원인을 물류팀과 함께 정리해 개선 일정을 문서로 드리고, 주 1회 정기 통화를 제안했습니다.
                R: 재계약에 성공했고 다음 분기 주문량이 12% 늘었습니다.

                사례 2. 월간 실적 리포트 자동화
                S: 팀이 매월 엑셀 실적표를 손으로 합치느라 이틀을 썼습니다.
                T: 마감 일정을 줄이는 것이 과제였습니다.
                A: 피벗 테이블과 XLOOKUP으로 템플릿을 만들고 사용법을 팀에 공유했습니다.
                R: 작업 시간이 이틀에서 반나절로 줄었고, 오류 보고가 0건이 되었습니다.

                사례 3. 신제품 매장 교육
                S: 신제품 출시 직후 매장 직원들이 제품 차이를 설명하지 못했습니다.
                T: 2주 안에 15개 매장 교육을 마쳐야 했습니다.
                A: 10분짜리 교육 자료와 질의응답 카드를 만들어 매장을 돌며 교육했습니다.
                R: 교육 후 4주간 신제품 판매가 목표 대비 108%를 기록했습니다.
                """;
    }

    private List<TitledTargetRole> roles(Pair pair) {
        return asConsultant(pair, () -> targetRoles.forCandidateWithTitles(pair.candidateId()));
    }

    private static String firstCompany(TitledTargetRole role) {
        List<String> companies = role.role().getTargetCompanies();
        return companies.isEmpty() ? role.title(Language.KO) : companies.getFirst();
    }

    private Assignment assignmentOf(long candidateId, TitledTargetRole role) {
        return assignments.withItemsForCandidates(List.of(candidateId)).stream()
                .filter(a -> a.getGuideId() == role.role().getGuideId()).findFirst().orElseThrow();
    }

    /** The first item the candidate has not ticked yet, of the first kind that has one: handing in will tick it. */
    private Optional<AssignmentItem> openItem(long candidateId, TitledTargetRole role, ChecklistKind... kinds) {
        List<AssignmentItem> open = assignmentOf(candidateId, role).getItems().stream()
                .filter(i -> i.getState() == ItemState.OPEN).toList();
        for (ChecklistKind kind : kinds) {
            Optional<AssignmentItem> item = open.stream().filter(i -> i.getKind() == kind).findFirst();
            if (item.isPresent()) {
                return item;
            }
        }
        return open.stream().findFirst();
    }

    private <T> T asCandidate(Pair pair, java.util.function.Supplier<T> work) {
        return actingAs.call(pair.candidateUserId(), work);
    }

    private <T> T asConsultant(Pair pair, java.util.function.Supplier<T> work) {
        return actingAs.call(pair.consultantUserId(), work);
    }

    private void asConsultant(Pair pair, Runnable work) {
        actingAs.run(pair.consultantUserId(), work);
    }
}
