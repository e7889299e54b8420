package com.careerbridge.crm.ui.mail;

import com.careerbridge.crm.ui.common.WorkIndicator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.digest.DigestService;
import com.careerbridge.crm.notification.MailDispatcher;
import com.careerbridge.crm.notification.OutboxEntry;
import com.careerbridge.crm.notification.UnsubscribeTokens;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.ui.candidate.CandidateView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import com.careerbridge.crm.ui.layout.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail screens: "Sent e-mails" for staff (only their own candidates' mail, filters, the rendered mail in a
 * dialog), the e-mail panel on the candidate page and the unsubscribe page a mail's footer links to.
 */
class MailViewsIT extends BrowserlessUiTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired SessionService sessions;
    @Autowired MailDispatcher dispatcher;
    @Autowired UnsubscribeTokens unsubscribeTokens;
    @Autowired DigestService digests;

    @Test
    void aConsultantSeesOnlyMailToTheirOwnCandidatesAndCanFilterIt() {
        UserAccount other = staff("Other", Role.CONSULTANT);
        signIn(other);
        Candidate theirs = candidate("Their Candidate");
        scheduleSession(theirs);
        UserAccount mina = staff("Mina", Role.CONSULTANT);
        signIn(mina);
        Candidate mine = candidate("My Candidate");
        scheduleSession(mine);

        navigate(SentEmailsView.class);
        OutboxGrid grid = $(OutboxGrid.class).single();

        assertThat(recipients(grid)).containsOnly(mine.getEmail().value()).isNotEmpty();
        test(filter("Status")).selectItem("Sent");
        assertThat(test(grid).size()).isZero();
        test(filter("Status")).selectItem("Planned");
        assertThat(recipients(grid)).containsOnly(mine.getEmail().value()).isNotEmpty();
        test(filter("Kind")).selectItem("Weekly progress digest");
        assertThat(test(grid).size()).isZero();
        test(filter("Kind")).selectItem("Session reminder");
        assertThat(test(grid).size()).isPositive();

        signIn(staff("Admin", Role.ADMIN));
        navigate(SentEmailsView.class);
        assertThat(recipients($(OutboxGrid.class).single()))
                .contains(mine.getEmail().value(), theirs.getEmail().value());
    }

    @Test
    void theViewSaysWhenLinksInMailsLeadToThisMachineOnly() {
        signIn(staff("Links", Role.CONSULTANT));
        navigate(SentEmailsView.class);
        // the tests run with the default base URL, http://localhost:8080
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("base-url-warning").single().getText())
                .contains("http://localhost:8080", "careerbridge.mail.base-url");
    }

    @Test
    void clickingAMailShowsItAsItWasWrittenInASandboxedFrame() {
        signIn(staff("Reader", Role.CONSULTANT));
        Candidate candidate = withProgressEmails(candidate("Digest Reader"));
        long outboxId = digests.sendNow(candidate.getId());
        dispatcher.dispatchDue(); // no SMTP server in tests: the mail is written and kept as CAPTURED

        navigate(SentEmailsView.class);
        OutboxGrid grid = $(OutboxGrid.class).single();
        int row = rowOf(grid, outboxId);
        assertThat(test(grid).getCellText(row, 0)).isEqualTo("Captured (no mail server)");
        test(grid).clickRow(row);

        MailDetailDialog dialog = $(MailDetailDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isNotBlank().isNotEqualTo("(not written yet)");
        IFrame frame = $(IFrame.class).from(dialog).single();
        assertThat(frame.getSrcdoc().orElseThrow()).contains(candidate.getFullName());
        assertThat(frame.getSandbox().orElseThrow()).containsExactly(IFrame.SandboxType.RESTRICT_ALL);
    }

    @Autowired com.careerbridge.crm.invitation.InvitationService invitations;

    @Test
    void theConsultantSeesTheInvitationWasSentButNotTheLinkInIt() {
        signIn(staff("Inviter", Role.CONSULTANT));
        Candidate candidate = candidate("Invited Reader");
        invitations.invite(candidate.getId());
        dispatcher.dispatchDue(); // captured: the content is kept, with the set-password link in it

        navigate(SentEmailsView.class);
        OutboxGrid grid = $(OutboxGrid.class).single();
        assertThat(recipients(grid)).contains(candidate.getEmail().value());
        test(grid).clickRow(recipients(grid).indexOf(candidate.getEmail().value()));

        MailDetailDialog dialog = $(MailDetailDialog.class).single();
        assertThat($(Paragraph.class).from(dialog).all()).extracting(Paragraph::getText)
                .contains("This e-mail contains a link that sets the candidate's password, so only the candidate sees "
                        + "its content. If it did not arrive, send the invitation again.");
        assertThat($(IFrame.class).from(dialog).all()).isEmpty();
    }

    @Test
    void aPlannedMailShowsThatItIsNotWrittenYet() {
        signIn(staff("Planner", Role.CONSULTANT));
        Candidate candidate = candidate("Planned Mail");
        scheduleSession(candidate);

        navigate(SentEmailsView.class);
        test($(OutboxGrid.class).single()).clickRow(0);

        MailDetailDialog dialog = $(MailDetailDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("(not written yet)");
        assertThat($(Paragraph.class).from(dialog).all()).extracting(Paragraph::getText)
                .contains("This e-mail has not been written yet: it is written when it is sent.");
        assertThat($(IFrame.class).from(dialog).all()).isEmpty();
    }

    @Test
    void candidatesCannotOpenTheSentMail() {
        signIn(staff("Owner", Role.CONSULTANT));
        Candidate candidate = candidate("Curious Candidate");
        String temporary = "temporary-password-1";
        UserAccount login = candidateService.createLogin(candidate.getId(), temporary);
        SystemWork.run(() -> accounts.changePassword(login.getId(), temporary, PASSWORD));
        signIn(login);

        assertThat(navigate("emails", AccessDeniedView.class)).isNotNull();
    }

    @Test
    void theCandidatePageListsTheirMailAndSendsADigestOnlyWhenTheyAgreed() {
        signIn(staff("Panel", Role.CONSULTANT));
        Candidate quiet = candidate("Quiet Candidate");
        scheduleSession(quiet);

        CandidateEmailsPanel panel = emailsTab(navigate("candidates/" + quiet.getId(), CandidateView.class));
        OutboxGrid grid = $(OutboxGrid.class).from(panel).single();
        assertThat(recipients(grid)).containsOnly(quiet.getEmail().value()).isNotEmpty();

        test($(Button.class).from(panel).withText("Send digest now").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(notificationTexts()).contains("This candidate has not agreed to receive progress e-mails.");

        Candidate willing = withProgressEmails(candidate("Willing Candidate"));
        CandidateEmailsPanel willingPanel = emailsTab(navigate("candidates/" + willing.getId(), CandidateView.class));
        OutboxGrid willingGrid = $(OutboxGrid.class).from(willingPanel).single();
        int before = test(willingGrid).size();

        test($(Button.class).from(willingPanel).withText("Preview next digest").single()).click();
        WorkIndicator preparing = $(WorkIndicator.class).from(willingPanel).single();
        assertThat(preparing.getElement().getTextRecursively()).isEqualTo("Preparing the preview…");
        awaitWork(preparing);
        assertThat($(MailDetailDialog.class).single().getHeaderTitle()).isNotBlank();
        $(MailDetailDialog.class).single().close();

        test($(Button.class).from(willingPanel).withText("Send digest now").single()).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(notificationTexts()).contains("The digest is on its way.");
        assertThat(test(willingGrid).size()).isEqualTo(before + 1);
        assertThat(IntStream.range(0, test(willingGrid).size()).mapToObj(i -> test(willingGrid).getCellText(i, 1)))
                .contains("Weekly progress digest");
    }

    @Test
    void aGenuineLinkAsksFirstThenUnsubscribes() {
        signIn(staff("Sender", Role.CONSULTANT));
        Candidate candidate = withProgressEmails(candidate("Leaving Candidate"));
        SecurityContextHolder.clearContext();

        UnsubscribeView view = openUnsubscribe(unsubscribeTokens.issue(candidate.getId()));
        assertThat(message(view)).isEqualTo(
                "Do you want to stop receiving progress e-mails? Session reminders will continue.");
        assertThat(candidateService.byIdsUnchecked(List.of(candidate.getId())).getFirst().isProgressEmailsEnabled())
                .as("opening the page (link scanners do) changes nothing").isTrue();

        test(confirm(view)).click();

        assertThat(message(view)).isEqualTo("You will no longer receive progress e-mails.");
        assertThat(visibleButtons(view)).isEmpty();
        assertThat(candidateService.byIdsUnchecked(List.of(candidate.getId())).getFirst().isProgressEmailsEnabled())
                .isFalse();
    }

    @Test
    void aForgedOrAlteredLinkIsRefusedWithoutAButton() {
        signIn(staff("Forger", Role.CONSULTANT));
        Candidate candidate = withProgressEmails(candidate("Targeted Candidate"));
        SecurityContextHolder.clearContext();
        String genuine = unsubscribeTokens.issue(candidate.getId());

        String anotherCandidatesId = (candidate.getId() + 1) + genuine.substring(genuine.indexOf('.'));
        for (String token : List.of(candidate.getId() + ".AAAA", anotherCandidatesId, "", "garbage")) {
            UnsubscribeView view = openUnsubscribe(token);
            assertThat(message(view)).as(token)
                    .isEqualTo("This unsubscribe link is not valid. Please use the link from your most recent e-mail.");
            assertThat(visibleButtons(view)).isEmpty();
        }
        assertThat(candidateService.byIdsUnchecked(List.of(candidate.getId())).getFirst().isProgressEmailsEnabled())
                .isTrue();
    }

    @Test
    void usingTheLinkAgainAfterUnsubscribingIsHarmless() {
        signIn(staff("Twice", Role.CONSULTANT));
        Candidate candidate = withProgressEmails(candidate("Twice Candidate"));
        SecurityContextHolder.clearContext();
        String token = unsubscribeTokens.issue(candidate.getId());
        test(confirm(openUnsubscribe(token))).click();

        UnsubscribeView again = openUnsubscribe(token);
        test(confirm(again)).click();

        assertThat(message(again)).isEqualTo("You will no longer receive progress e-mails.");
        assertThat(notificationTexts()).isEmpty();
        assertThat(candidateService.byIdsUnchecked(List.of(candidate.getId())).getFirst().isProgressEmailsEnabled())
                .isFalse();
    }

    private CandidateEmailsPanel emailsTab(CandidateView page) {
        Tab tab = $(Tab.class).from(page).withText("E-mails").single();
        $(TabSheet.class).from(page).single().setSelectedTab(tab);
        return $(CandidateEmailsPanel.class).from(page).single();
    }

    private UnsubscribeView openUnsubscribe(String token) {
        UI.getCurrent().navigate(UnsubscribeView.class, QueryParameters.of("token", token));
        return (UnsubscribeView) getCurrentView();
    }

    private String message(UnsubscribeView view) {
        return $(Paragraph.class).from(view).single().getText();
    }

    private List<Button> visibleButtons(UnsubscribeView view) {
        return $(Button.class).from(view).all();
    }

    private Button confirm(UnsubscribeView view) {
        return $(Button.class).from(view).withText("Unsubscribe").single();
    }

    private Candidate withProgressEmails(Candidate candidate) {
        return candidateService.changeEmailPreferences(candidate.getId(), candidate.getVersion(), true, DayOfWeek.MONDAY,
                LocalTime.of(9, 0));
    }

    private void scheduleSession(Candidate candidate) {
        var start = LocalDate.now(SEOUL).plusDays(3).atTime(10, 0);
        sessions.schedule(candidate.getId(), new SessionPlan(start, start.plusHours(1), "Asia/Seoul", SessionMode.ONLINE,
                null, null));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> filter(String label) {
        return $(ComboBox.class).all().stream().filter(box -> label.equals(box.getLabel())).findFirst()
                .orElseThrow();
    }

    private List<String> recipients(OutboxGrid grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i))
                .map(OutboxEntry::recipientAddress).toList();
    }

    private int rowOf(OutboxGrid grid, long outboxId) {
        return IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).id() == outboxId).findFirst()
                .orElseThrow();
    }
}
