package com.careerbridge.crm.ui.auditlog;

import java.util.List;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.auditlog.AuditAction;
import com.careerbridge.crm.auditlog.AuditEntry;
import com.careerbridge.crm.auditlog.AuditFilter;
import com.careerbridge.crm.auditlog.AuditOutcome;
import com.careerbridge.crm.auditlog.SecurityAuditLog;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.ui.candidate.CandidateListView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.careerbridge.crm.ui.layout.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogViewIT extends BrowserlessUiTest {

    @Autowired SecurityAuditLog log;

    @Test
    void anAdminSeesTheLogNewestFirstAndNarrowsItByCandidateActionAndOutcome() {
        UserAccount owner = staff("Owner", Role.CONSULTANT);
        UserAccount nosy = staff("Nosy", Role.CONSULTANT);
        signIn(owner);
        Candidate candidate = candidate("Audited");
        signIn(nosy);
        assertThatThrownBy(() -> candidateService.get(candidate.getId())).isNotNull();
        UserAccount admin = staff("Admin", Role.ADMIN);
        signIn(admin);
        candidateService.reassign(candidate.getId(), candidateService.get(candidate.getId()).getVersion(), nosy.getId());

        AuditLogView view = navigate(AuditLogView.class);
        assertThat(rows(view)).isNotEmpty();

        test(view.candidateId).setValue(candidate.getId().toString());
        List<AuditEntry> forCandidate = rows(view);
        assertThat(forCandidate).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CONSULTANT_CHANGED, AuditAction.ACCESS_DENIED);
        assertThat(view.count.getText()).isEqualTo("2 entries");
        assertThat(test(view.grid).getCellText(1, 1)).startsWith(nosy.getDisplayName()).endsWith("Consultant");
        assertThat(test(view.grid).getCellText(1, 2)).isEqualTo("Access refused");
        assertThat(test(view.grid).getCellText(1, 3)).isEqualTo("Refused");

        test(view.outcome).selectItem("Refused");
        assertThat(rows(view)).singleElement().extracting(AuditEntry::actorId).isEqualTo(nosy.getId());

        test(view.outcome).selectItem("Done");
        test(view.action).selectItem("Consultant changed");
        assertThat(rows(view)).singleElement().extracting(AuditEntry::actorId).isEqualTo(admin.getId());

        test(view.address).setValue("no-such-address");
        assertThat(rows(view)).isEmpty();
        assertThat(view.count.getText()).isEqualTo("0 entries");
    }

    @Test
    void aConsultantCannotOpenTheViewAndTheAttemptIsRecorded() {
        UserAccount consultant = staff("Curious", Role.CONSULTANT);
        signIn(consultant);
        navigate(CandidateListView.class);
        assertThat(navigationLabels()).isNotEmpty().doesNotContain("Audit log");

        assertThat(navigate("admin/audit", AccessDeniedView.class)).isNotNull();

        List<AuditEntry> denials = SystemWork.call(() -> log.page(AuditFilter.all()
                .withActor(consultant.getId()).withOutcome(AuditOutcome.DENIED), 0, 10));
        assertThat(denials).singleElement().satisfies(denial -> {
            assertThat(denial.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(denial.details()).contains("\"route\": \"/admin/audit\"").contains("view-not-allowed");
        });
    }

    @Test
    void theNavigationOffersTheLogToAdminsOnly() {
        signIn(staff("Admin", Role.ADMIN));
        navigate(AuditLogView.class);
        assertThat(navigationLabels()).contains("Audit log");
    }

    private List<String> navigationLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private List<AuditEntry> rows(AuditLogView view) {
        return test(view.grid).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i)).toList();
    }
}
