package com.careerbridge.crm.ui.application;

import java.util.List;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.application.ApplicationForm;
import com.careerbridge.crm.application.ApplicationSource;
import com.careerbridge.crm.application.ApplicationStage;
import com.careerbridge.crm.application.JobApplications;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The outcomes report as a consultant sees it: their caseload's applications per role, blanks where too few. */
class OutcomesViewIT extends BrowserlessUiTest {

    @Autowired RoleGuideService guides;
    @Autowired TargetRoleService targetRoles;
    @Autowired JobApplications applications;

    @Test
    void aConsultantSeesTheirApplicationsPerRoleWithoutRatesFromTooFewOfThem() {
        signIn(staff("Outcome", Role.CONSULTANT));
        Candidate candidate = candidate("Sent One");
        GuideSummary sales = guides.library().stream().filter(g -> g.slug().equals("sales")).findFirst().orElseThrow();
        TargetRole role = targetRoles.add(candidate.getId(), sales.guideId(),
                new TargetRoleForm(1, List.of(), TargetRoleStatus.APPLYING));
        applications.create(candidate.getId(), role.getId(), ApplicationStage.APPLIED, new ApplicationForm("Acme",
                "Sales Manager", null, null, ApplicationSource.REFERRAL, null, null, null, null));

        OutcomesView view = navigate("outcomes", OutcomesView.class);

        assertThat(view.rows()).singleElement().satisfies(row -> {
            assertThat(row.guideId()).isEqualTo(sales.guideId());
            assertThat(row.applied()).isEqualTo(1);
            assertThat(row.offerRate()).isNull();
        });
        assertThat(test(view.consultants).getCellText(0, 0)).startsWith("Outcome");
        assertThat(test(view.consultants).getCellText(0, 1)).isEqualTo("1");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("0");
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("– (0)");
        assertThat($(Paragraph.class).from(view).single().getText()).contains("fewer than 5 applications");

        assertThat(view.export.getChildren()).singleElement().isInstanceOfSatisfying(Button.class,
                look -> assertThat(look.getText()).isEqualTo("Download CSV"));
        assertThat(view.export.getHref()).as("a download link").isNotBlank();
        assertThat(view.chart.isVisible()).isTrue();
        assertThat(view.chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(view.chart.getElement().getAttribute("aria-label"))
                .endsWith(": 1 application, 0 interviews, 0 offers, 0 accepted.");
        assertThat(view.chart.json()).contains("{\"label\":\"Applied\",\"readiness\":false,\"values\":[1]}",
                "{\"label\":\"Readiness at application: offer\",\"readiness\":true,\"values\":[null]}");

        view.from.setValue(view.to.getValue().plusDays(1));
        assertThat(view.to.isInvalid()).as("from after until: said at the field").isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("This value is out of range.");
    }
}
