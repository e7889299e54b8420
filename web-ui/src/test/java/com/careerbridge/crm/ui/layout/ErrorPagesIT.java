package com.careerbridge.crm.ui.layout;

import java.util.Locale;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A mistyped address and a page one's role does not open are explained, in the user's language, inside the layout (#20). */
class ErrorPagesIT extends GuideUiTestSupport {

    @Test
    void aMistypedAddressShowsTheTranslatedNotFoundPageInsideTheLayout() {
        signIn(newStaff(Role.CONSULTANT, "Lost Consultant"));

        NotFoundView page = navigate("candidatez", NotFoundView.class);

        assertThat(page.title.getText()).isEqualTo("Page not found");
        assertThat(page.explanation.getText()).contains("/candidatez");
        assertThat($(SideNav.class).exists()).as("the navigation stays").isTrue();
        RouterLink back = $(RouterLink.class).withText("Back to the start page").single();
        assertThat(back.getHref()).isEmpty();
    }

    @Test
    void inKorean() {
        signIn(newStaff(Role.CONSULTANT, "Korean Consultant"));
        navigate("", com.careerbridge.crm.ui.dashboard.DashboardView.class); // the account's language applies once
        UI.getCurrent().getSession().setLocale(Locale.KOREAN);
        UI.getCurrent().setLocale(Locale.KOREAN);

        NotFoundView page = navigate("no/such/page", NotFoundView.class);

        assertThat(page.title.getText()).isEqualTo("페이지를 찾을 수 없습니다");
        assertThat(page.back.getText()).isEqualTo("시작 화면으로 돌아가기");
    }

    @Test
    void aCandidateOpeningAStaffPageIsToldItIsNotAllowed() {
        signIn(newStaff(Role.CONSULTANT, "Their Consultant"));
        Candidate candidate = newCandidate("Curious Candidate");
        signIn(giveLogin(candidate));

        navigate("candidates", AccessDeniedView.class);

        assertThat($(H2.class).withText("Not allowed").exists()).isTrue();
        assertThat($(SideNav.class).exists()).isTrue();
        assertThat($(RouterLink.class).withText("Back to the start page").exists()).isTrue();
    }
}
