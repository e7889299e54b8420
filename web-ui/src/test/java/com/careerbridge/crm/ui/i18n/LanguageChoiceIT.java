package com.careerbridge.crm.ui.i18n;

import java.util.Locale;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.careerbridge.crm.ui.layout.MainLayout;
import com.careerbridge.crm.ui.login.LoginView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The language chosen with the switch is kept on the account, so the next sign-in starts in it (#20). */
class LanguageChoiceIT extends BrowserlessUiTest {

    @Test
    void theSwitchInTheLayoutStoresTheChoiceOnTheAccount() {
        UserAccount consultant = staff("Yoon", Role.CONSULTANT);
        assertThat(consultant.getLocale().getLanguage()).isEqualTo("en");
        signIn(consultant);
        navigate(DashboardView.class);

        LanguageSwitch languageSwitch = $(LanguageSwitch.class).from($(MainLayout.class).single()).single();
        test(languageSwitch).selectItem(languageSwitch.getItemLabelGenerator().apply(Locale.KOREAN));

        assertThat(accounts.findById(consultant.getId()).orElseThrow().getLocale().getLanguage()).isEqualTo("ko");
    }

    @Test
    void theHtmlLangFollowsTheLanguageShown() {
        UI.getCurrent().getSession().setLocale(Locale.KOREAN);
        UI.getCurrent().setLocale(Locale.KOREAN);
        navigate(LoginView.class);
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(call -> assertThat(call.getInvocation().getExpression()).contains("documentElement.lang"))
                .anySatisfy(call -> assertThat(call.getInvocation().getParameters()).contains("ko"));
    }

    @Test
    void gridsSayInTheLanguageShownThatNothingMatches() {
        signIn(staff("Empty", Role.CONSULTANT));
        navigate(DashboardView.class); // the account's language applies once
        UI.getCurrent().getSession().setLocale(Locale.KOREAN);
        UI.getCurrent().setLocale(Locale.KOREAN);

        navigate(com.careerbridge.crm.ui.mail.SentEmailsView.class);
        assertThat($(com.vaadin.flow.component.grid.Grid.class).single().getEmptyStateText())
                .isEqualTo("조건에 맞는 이메일이 없습니다.");
        navigate(com.careerbridge.crm.ui.guide.GuideLibraryView.class);
        assertThat($(com.vaadin.flow.component.grid.Grid.class).single().getEmptyStateText())
                .isEqualTo("조건에 맞는 역할 가이드가 없습니다.");
    }
}
